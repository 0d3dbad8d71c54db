// The board-side helpers run in MicroPython itself (its WebAssembly build): listing, checksums with and without
// hashlib/binascii, atomic writes with verification, ranged reads, deletes.
import { describe, expect, it } from "vitest";
import { PRELUDE, PRELUDE_PROBE, removeTempsSnippet, abortWriteSnippet, deleteSnippet, listSnippet, mkdirSnippet, readSnippet, tempPathFor, isTempPath } from "./snippets";
import { parseCapabilities } from "./file-session";
import { parseListing } from "./board-files";
import { planWriteExecs } from "./write-batches";
import { ReadStream } from "./read-stream";
import { checksum } from "./checksums";
import { startMicroPython, type MicroPythonRunner } from "../../../tests/support/micropython-wasm";

async function board(without: string[] = []): Promise<MicroPythonRunner> {
  const mp = await startMicroPython();
  for (const name of without) mp.withoutModule(name);
  mp.run("import os\ntry:\n os.mkdir('/t')\nexcept OSError:\n pass");
  return mp;
}

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 17 + (i >> 5)) & 255);

async function write(mp: MicroPythonRunner, path: string, data: Uint8Array, base64 = true, algorithm: "sha256" | "crc32" = "sha256") {
  const execs = planWriteExecs([{ path, data, checksum: await checksum(algorithm, data) }], { execChars: 2000, lineBytes: 300, base64, makeParents: true });
  return execs.map((e) => mp.run(e.source)).join("");
}

describe("the helper prelude", () => {
  it("reports what the board can do, and the probe finds the helpers again", async () => {
    const mp = await board();
    expect(mp.run(PRELUDE_PROBE)).toContain("PYCO-NONE");
    const caps = parseCapabilities(mp.run(PRELUDE));
    expect(caps).toEqual({ implementation: "micropython", checksum: "sha256", base64: true, ilistdir: true });
    expect(parseCapabilities(mp.run(PRELUDE_PROBE))).toEqual(caps);
  });

  it("falls back to CRC-32 without hashlib, and to CRC-32 in plain Python and hex without binascii", async () => {
    const data = bytes(3000);
    for (const [without, base64] of [[["hashlib"], true], [["hashlib", "binascii"], false]] as const) {
      const mp = await board([...without]);
      expect(parseCapabilities(mp.run(PRELUDE))).toMatchObject({ checksum: "crc32", base64 });
      await write(mp, "/t/a.bin", data, base64, "crc32");
      expect(mp.run("print(_psum('/t/a.bin'))").trim()).toBe(await checksum("crc32", data));
    }
  });
});

describe("atomic verified writes", () => {
  it("writes through a temp file, prints W once in place, and leaves no temp file", async () => {
    const mp = await board();
    mp.run(PRELUDE);
    const data = bytes(5000);
    expect(await write(mp, "/t/new/deep/x.bin", data)).toBe("W\t/t/new/deep/x.bin\n");
    expect(mp.run("print(_psum('/t/new/deep/x.bin'))").trim()).toBe(await checksum("sha256", data));
    expect(mp.run("print(os.listdir('/t/new/deep'))").trim()).toBe("['x.bin']");
    await write(mp, "/t/new/deep/x.bin", bytes(10, 2));
    expect(mp.run("print(os.stat('/t/new/deep/x.bin')[6])").trim()).toBe("10");
  });

  it("refuses to replace the file when the checksum differs, and removes the temp file", async () => {
    const mp = await board();
    mp.run(PRELUDE);
    await write(mp, "/t/keep.txt", new TextEncoder().encode("old"));
    const [exec] = planWriteExecs([{ path: "/t/keep.txt", data: new TextEncoder().encode("new"), checksum: "sha256:00" }], { execChars: 4000, lineBytes: 300, base64: true, makeParents: true });
    expect(() => mp.run(exec.source)).toThrow(/ValueError: pyco-verify sha256:/);
    expect(mp.run("print(open('/t/keep.txt').read(), os.listdir('/t'))").trim()).toBe("old ['keep.txt']");
  });

  it("cleans up after an interrupted write", async () => {
    const mp = await board();
    mp.run(PRELUDE);
    const [first] = planWriteExecs([{ path: "/t/big.bin", data: bytes(4000), checksum: "sha256:00" }], { execChars: 1500, lineBytes: 300, base64: true, makeParents: true });
    mp.run(first.source);
    expect(mp.run("print(os.listdir('/t'))").trim()).toBe(`['${tempPathFor("/t/big.bin").slice(3)}']`);
    mp.run(abortWriteSnippet([tempPathFor("/t/big.bin")]));
    expect(mp.run("print(os.listdir('/t'))").trim()).toBe("[]");
    mp.run(first.source);
    mp.run("_pf.close()");
    expect(mp.run(removeTempsSnippet("/t"))).toBe(`R\t${tempPathFor("/t/big.bin")}\n`);
    expect(mp.run("print(os.listdir('/t'))").trim()).toBe("[]");
    expect(isTempPath(tempPathFor("/t/big.bin"))).toBe(true);
  });
});

describe("listing, reading, deleting", () => {
  it("lists recursively with sizes and checksums computed on the board", async () => {
    const mp = await board();
    mp.run(PRELUDE);
    await write(mp, "/t/main.py", new TextEncoder().encode("print(1)\n"));
    await write(mp, "/t/lib/u.py", bytes(100));
    mp.run(mkdirSnippet("/t/empty/a", true));
    const entries = parseListing(mp.run(listSnippet("/t", true, true)));
    expect(entries.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "/t/empty", kind: "dir", size: 0 },
      { path: "/t/empty/a", kind: "dir", size: 0 },
      { path: "/t/lib", kind: "dir", size: 0 },
      { path: "/t/lib/u.py", kind: "file", size: 100, checksum: await checksum("sha256", bytes(100)) },
      { path: "/t/main.py", kind: "file", size: 9, checksum: await checksum("sha256", new TextEncoder().encode("print(1)\n")) },
    ]);
    expect(parseListing(mp.run(listSnippet("/t", false, false))).map((e) => e.path).sort()).toEqual(["/t/empty", "/t/lib", "/t/main.py"]);
  });

  it("lists with os.listdir and os.stat where os.ilistdir is missing (CircuitPython)", async () => {
    const mp = await board();
    mp.run("del os.ilistdir");
    expect(parseCapabilities(mp.run(PRELUDE)).ilistdir).toBe(false);
    await write(mp, "/t/lib/a.py", bytes(33));
    expect(parseListing(mp.run(listSnippet("/t", true, true)))).toEqual([
      { path: "/t/lib", kind: "dir", size: 0 },
      { path: "/t/lib/a.py", kind: "file", size: 33, checksum: await checksum("sha256", bytes(33)) },
    ]);
  });

  it("reads ranges back as base64 or hex with the checksum of what was sent", async () => {
    for (const without of [[], ["binascii"]]) {
      const mp = await board(without);
      mp.run(PRELUDE);
      const data = bytes(2000, 3);
      await write(mp, "/t/r.bin", data, without.length === 0, "sha256");
      const stream = new ReadStream();
      stream.push(mp.run(readSnippet([{ path: "/t/r.bin", offset: 0, length: 1000 }, { path: "/t/r.bin", offset: 1000, length: 5000 }], 300)).replace(/\n/g, "\r\n"));
      const [a, b] = stream.finish();
      expect(a.fileSize).toBe(2000);
      expect(a.data).toEqual(data.subarray(0, 1000));
      expect(b.data).toEqual(data.subarray(1000));
      expect(b.checksum).toBe(await checksum("sha256", data.subarray(1000)));
    }
  });

  it("deletes a folder only when asked to recurse", async () => {
    const mp = await board();
    mp.run(PRELUDE);
    await write(mp, "/t/d/e/f.txt", bytes(5));
    expect(() => mp.run(deleteSnippet("/t/d", false))).toThrow(/OSError/);
    mp.run(deleteSnippet("/t/d", true));
    mp.run(deleteSnippet("/t", false));
    expect(mp.run("print('t' in os.listdir('/'))").trim()).toBe("False");
  });
});
