// Tracebacks as MicroPython, CircuitPython and the WebAssembly build print them, turned into user-facing errors.
import { describe, expect, it } from "vitest";
import { boardFileError, parseTraceback } from "./board-file-error";

const tb = (last: string) => `Traceback (most recent call last):\r\n  File "<stdin>", line 3, in <module>\r\n  File "<stdin>", line 91, in _po\r\n${last}\r\n`;

describe("board tracebacks", () => {
  it("reads the exception type, message and errno in every firmware's spelling", () => {
    expect(parseTraceback(tb("OSError: [Errno 30] Read-only filesystem"))).toMatchObject({ type: "OSError", errno: 30 });
    expect(parseTraceback(tb("OSError: [Errno 2] ENOENT"))).toMatchObject({ errno: 2 });
    expect(parseTraceback(tb("OSError: 28"))).toMatchObject({ errno: 28 });
    expect(parseTraceback(tb("OSError: ENOSPC"))).toMatchObject({ errno: 28 });
    expect(parseTraceback(tb("MemoryError: memory allocation failed, allocating 4096 bytes"))).toMatchObject({ type: "MemoryError", errno: undefined });
    expect(parseTraceback("")).toBeNull();
  });

  it("explains CircuitPython's read-only drive and how to fix it", () => {
    const e = boardFileError(tb("OSError: [Errno 30] Read-only filesystem"), "write /code.py", "/code.py");
    expect(e.failure).toBe("read-only");
    expect(e.code).toBe("permission");
    expect(e.path).toBe("/code.py");
    expect(e.message).toMatch(/^Could not write \/code\.py\. The board's drive is read-only/);
    expect(e.message).toContain("CIRCUITPY");
    expect(e.message).toContain('storage.remount("/", readonly=False)');
    expect(e.boardMessage).toBe("OSError: [Errno 30] Read-only filesystem");
  });

  it("names each common failure", () => {
    const failureOf = (line: string) => boardFileError(tb(line), "do it").failure;
    expect(failureOf("OSError: [Errno 2] ENOENT")).toBe("not-found");
    expect(failureOf("OSError: [Errno 17] EEXIST")).toBe("exists");
    expect(failureOf("OSError: [Errno 39] ENOTEMPTY")).toBe("not-empty");
    expect(failureOf("OSError: [Errno 28] ENOSPC")).toBe("no-space");
    expect(failureOf("MemoryError: memory allocation failed")).toBe("no-memory");
    expect(failureOf("ValueError: pyco-verify sha256:00")).toBe("verify-failed");
    expect(failureOf("KeyboardInterrupt: ")).toBe("interrupted");
    expect(failureOf("ZeroDivisionError: divide by zero")).toBe("board-error");
    expect(boardFileError(tb("ZeroDivisionError: divide by zero"), "do it").message).toBe("Could not do it: the board raised ZeroDivisionError: divide by zero");
    expect(boardFileError("", "do it").failure).toBe("bad-output");
  });
});
