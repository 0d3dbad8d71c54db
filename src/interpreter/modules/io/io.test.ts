// Tests: StringIO/BytesIO behaviour and open() on an in-memory drive.
import { describe, expect, it } from "vitest";
import { callMethod } from "../../runtime/protocol";
import { isException } from "../../runtime/errors";
import { makeMemoryHost, HostFsError, type HostFileSystem, type FileStat } from "../../runtime/host";
import { PyBytes } from "../../types/bytes";
import { stringIOType, bytesIOType } from "./string-io";
import { openFile } from "./file-io";
import { setModuleHost } from "../host-ref";
import type { PyValue } from "../../runtime/object";

const make = (type: typeof stringIOType, ...args: PyValue[]) => type.slots.new!(type, args, null);

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}(${e.args.map(String).join(",")})`;
    throw e;
  }
  return "no error";
}

/** A drive in memory (files only, flat). */
function memoryDrive(): HostFileSystem & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const need = (p: string) => files.get(p) ?? (() => { throw new HostFsError(2); })();
  return {
    files,
    stat: (p): FileStat | null => (files.has(p) ? { kind: "file", size: files.get(p)!.length, mtime: 0 } : null),
    readFile: (p) => need(p).slice(),
    writeFile: (p, d) => void files.set(p, d.slice()),
    appendFile: (p, d) => {
      const old = files.get(p) ?? new Uint8Array(0);
      const both = new Uint8Array(old.length + d.length);
      both.set(old);
      both.set(d, old.length);
      files.set(p, both);
    },
    listDir: () => [...files.keys()].map((k) => k.slice(1)),
    mkdir: () => undefined,
    remove: (p) => void (files.delete(p) || (() => { throw new HostFsError(2); })()),
    rmdir: () => undefined,
    rename: () => undefined,
  };
}

describe("io.StringIO / io.BytesIO", () => {
  it("reads characters, lines and values", () => {
    const s = make(stringIOType, "héllo\nworld\n");
    expect(callMethod(s, "read", [2])).toBe("hé");
    expect(callMethod(s, "tell", [])).toBe(3);
    expect(callMethod(s, "readline", [])).toBe("llo\n");
    expect(callMethod(s, "write", ["é"])).toBe(2);
    expect(callMethod(s, "getvalue", [])).toBe("héllo\nérld\n");
    expect(errorOf(() => callMethod(s, "seek", [-1]))).toBe("OSError(22)");
    callMethod(s, "close", []);
    expect(errorOf(() => callMethod(s, "read", []))).toBe("ValueError(I/O operation on closed file)");
  });
  it("pads a write past the end of a BytesIO", () => {
    const b = make(bytesIOType, new PyBytes(new TextEncoder().encode("abc")));
    callMethod(b, "seek", [5]);
    callMethod(b, "write", [new PyBytes(Uint8Array.of(0x71))]);
    expect(Array.from((callMethod(b, "getvalue", []) as PyBytes).data)).toEqual([97, 98, 99, 0, 0, 0x71]);
  });
});

describe("open()", () => {
  it("writes through to the drive and reads text and bytes back", () => {
    const host = makeMemoryHost(() => undefined);
    const fs = memoryDrive();
    host.fs = fs;
    setModuleHost(host);
    const f = openFile(["/t.txt", "w"], null);
    callMethod(f, "write", ["aαb\n"]);
    callMethod(f, "write", ["line2\n"]);
    expect(new TextDecoder().decode(fs.files.get("/t.txt"))).toBe("aαb\nline2\n");
    callMethod(f, "close", []);
    const r = openFile(["t.txt"], null);
    expect(callMethod(r, "read", [2])).toBe("aα");
    expect(errorOf(() => callMethod(r, "write", ["x"]))).toBe("OSError(9)");
    const rb = openFile(["/t.txt", "rb"], null);
    expect(Array.from((callMethod(rb, "read", [2]) as PyBytes).data)).toEqual([0x61, 0xce]);
    expect(errorOf(() => openFile(["/missing"], null))).toBe("OSError(2)");
    expect(errorOf(() => openFile(["/t.txt", "x"], null))).toBe("OSError(17)");
    const a = openFile(["/t.txt", "a"], null);
    callMethod(a, "write", ["!"]);
    expect(new TextDecoder().decode(fs.files.get("/t.txt"))).toBe("aαb\nline2\n!");
  });
});
