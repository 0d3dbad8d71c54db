// Packing writes into execs: small files share one exec, large ones span several, every line within the budget.
import { describe, expect, it } from "vitest";
import { planWriteExecs } from "./write-batches";

const limits = { execChars: 2048, lineBytes: 300, base64: true, makeParents: true };
const file = (path: string, n: number) => ({ path, data: Uint8Array.from({ length: n }, (_, i) => (i * 13) & 255), checksum: "sha256:ab" });

describe("planWriteExecs", () => {
  it("puts many small files in one exec, each opened, written and committed in order", () => {
    const execs = planWriteExecs([file("/main.py", 20), file("/lib/a.py", 20), file("/lib/b.py", 0)], limits);
    expect(execs).toHaveLength(1);
    const lines = execs[0].source.trimEnd().split("\n");
    expect(lines[0]).toBe("_po('/.main.py.pyco-tmp')");
    expect(lines[1]).toMatch(/^_w\(/);
    expect(lines[2]).toBe("_pc('/.main.py.pyco-tmp','/main.py','sha256:ab')");
    expect(lines[3]).toBe("_pmd('/lib')");
    expect(lines.slice(-2)).toEqual(["_po('/lib/.b.py.pyco-tmp')", "_pc('/lib/.b.py.pyco-tmp','/lib/b.py','sha256:ab')"]);
    expect(execs[0].touches).toEqual(["/main.py", "/lib/a.py", "/lib/b.py"]);
  });

  it("spreads a large file over execs within the budget and accounts for every byte", () => {
    const execs = planWriteExecs([file("/big.bin", 20000)], limits);
    expect(execs.length).toBeGreaterThan(5);
    for (const e of execs) expect(e.source.length).toBeLessThanOrEqual(limits.execChars);
    expect(execs.reduce((n, e) => n + (e.dataBytes.get("/big.bin") ?? 0), 0)).toBe(20000);
    expect(execs.at(-1)!.source).toContain("_pc(");
  });

  it("keeps lines short for binary data on a board without base64", () => {
    const execs = planWriteExecs([file("/big.bin", 5000)], { ...limits, base64: false });
    for (const line of execs.flatMap((e) => e.source.split("\n"))) expect(line.length).toBeLessThanOrEqual(600);
  });
});
