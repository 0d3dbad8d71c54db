// Every hardware probe (/work/shared/hwprobes) on the interpreter with a simulated board, compared byte for byte
// with what real MicroPython 1.28 / CircuitPython 10.2.1 printed. Probes that differ for a known reason
// outside this package are listed with the reason; every other probe must match.
import { describe, expect, it } from "vitest";
import { listProbes, runProbe, type Flavor, type ProbeResult } from "./probe-runner";

/** Probes that cannot match yet, and why. */
export const KNOWN_DIFFERENCES: Record<string, string> = {};

const FLAVORS: Flavor[] = ["micropython", "circuitpython"];

function firstDifference(r: ProbeResult): string {
  const exp = r.expected.split("\n");
  const got = r.actual.split("\n");
  const i = exp.findIndex((line, n) => line !== got[n]);
  const at = i < 0 ? exp.length : i;
  return `line ${at + 1}: expected ${JSON.stringify(exp[at])}, got ${JSON.stringify(got[at])}`;
}

describe.skipIf(listProbes("micropython").length === 0)("hardware probes", () => {
  const results = new Map<string, ProbeResult>();
  const resultOf = (flavor: Flavor, name: string) => {
    const key = `${flavor}/${name}`;
    if (!results.has(key)) results.set(key, runProbe(flavor, name));
    return results.get(key)!;
  };

  for (const flavor of FLAVORS) {
    for (const name of listProbes(flavor)) {
      const key = `${flavor}/${name}`;
      if (KNOWN_DIFFERENCES[key] !== undefined) continue;
      it(`${key} prints what the board printed`, () => {
        const r = resultOf(flavor, name);
        expect(r.actual).toBe(r.expected);
      });
    }
  }

  it("reports how many probes pass", () => {
    const lines: string[] = [];
    for (const flavor of FLAVORS) {
      const names = listProbes(flavor);
      const passing = names.filter((n) => resultOf(flavor, n).pass);
      lines.push(`${flavor}: ${passing.length}/${names.length} probes pass`);
      for (const n of names.filter((x) => !resultOf(flavor, x).pass)) {
        const key = `${flavor}/${n}`;
        lines.push(`  ${key}: ${KNOWN_DIFFERENCES[key] ?? "UNEXPECTED"} (${firstDifference(resultOf(flavor, n))})`);
      }
    }
    console.log(lines.join("\n"));
    expect(lines.some((l) => l.includes("UNEXPECTED"))).toBe(false);
  });
});
