// The in-memory board drive: files, folders, errors with POSIX numbers, read-only mode, capacity.
import { describe, expect, it } from "vitest";
import { MemoryDrive, type DriveChange } from "./memory-drive";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("MemoryDrive", () => {
  it("loads a project and lists, reads and stats it", () => {
    const drive = new MemoryDrive();
    drive.load([{ path: "code.py", data: bytes("print(1)") }, { path: "lib/neopixel.py", data: bytes("x") }, { path: "lib/empty", kind: "dir" }]);
    expect(drive.listDir("/").sort()).toEqual(["code.py", "lib"]);
    expect(drive.listDir("/lib").sort()).toEqual(["empty", "neopixel.py"]);
    expect(new TextDecoder().decode(drive.readFile("/code.py"))).toBe("print(1)");
    expect(drive.stat("/lib")?.kind).toBe("dir");
    expect(drive.stat("/nope")).toBeNull();
  });

  it("reports changes so they can be saved back, and raises errno errors", () => {
    const drive = new MemoryDrive();
    const changes: DriveChange[] = [];
    drive.onChange((c) => changes.push(c));
    drive.mkdir("/data");
    drive.writeFile("/data/log.txt", bytes("a"));
    drive.appendFile("/data/log.txt", bytes("b"));
    drive.rename("/data", "/logs");
    expect(new TextDecoder().decode(drive.readFile("/logs/log.txt"))).toBe("ab");
    expect(changes.map((c) => c.kind)).toEqual(["mkdir", "write", "write", "rename"]);
    expect(() => drive.readFile("/missing")).toThrow(expect.objectContaining({ errno: 2 }));
    expect(() => drive.mkdir("/logs")).toThrow(expect.objectContaining({ errno: 17 }));
    expect(() => drive.rmdir("/logs")).toThrow(expect.objectContaining({ errno: 39 }));
    expect(() => drive.writeFile("/nodir/x", bytes("x"))).toThrow(expect.objectContaining({ errno: 2 }));
  });

  it("is read-only to code when mounted by the computer (CircuitPython), and has a capacity", () => {
    const ro = new MemoryDrive({ readOnly: true });
    expect(() => ro.writeFile("/x.txt", bytes("x"))).toThrow(expect.objectContaining({ errno: 30 }));
    const small = new MemoryDrive({ capacity: 8192 });
    small.writeFile("/a", bytes("1"));
    small.writeFile("/b", bytes("2"));
    expect(() => small.writeFile("/c", bytes("3"))).toThrow(expect.objectContaining({ errno: 28 }));
    expect(small.usage()).toEqual({ total: 8192, free: 0 });
  });
});
