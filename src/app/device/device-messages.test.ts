// The one message table: every code and file failure has words for people; read-only gets CircuitPython's advice.
import { describe, expect, it } from "vitest";
import { DeviceError, type DeviceErrorCode } from "../../device/device-error";
import { BoardFileError } from "../../device/files";
import { describeProblem, isReadOnly, problemFromError } from "./device-messages";

const CODES: DeviceErrorCode[] = ["not-connected", "disconnected", "timeout", "raw-repl", "busy", "protocol", "permission", "unsupported", "file-system"];

describe("device messages", () => {
  it("has a title and a sentence for every DeviceError code", () => {
    for (const code of CODES) {
      const text = describeProblem(problemFromError(new DeviceError(code, "Could not write /x: the board refused it."), "upload the project"));
      expect(text.title.length, code).toBeGreaterThan(5);
      expect(text.text.length, code).toBeGreaterThan(20);
    }
  });

  it("says what was being done when the board went away, and that files were not half-written", () => {
    const { title, text } = describeProblem(problemFromError(new DeviceError("disconnected", "x"), "upload the project"));
    expect(title).toBe("The board was disconnected");
    expect(text).toContain("upload the project");
    expect(text).toContain("keep their previous version");
  });

  it("explains CircuitPython's read-only drive and what to do", () => {
    const problem = problemFromError(new BoardFileError("read-only", "Could not write /code.py.", "/code.py", "OSError: [Errno 30] Read-only filesystem"), "save code.py to the board");
    expect(isReadOnly(problem)).toBe(true);
    const { title, text } = describeProblem(problem);
    expect(title).toBe("The board's drive is read-only");
    expect(text).toContain("CIRCUITPY");
    expect(text).toContain("storage.remount");
  });

  it("keeps the file layer's own sentence for other file failures, and wraps unknown errors", () => {
    const full = describeProblem(problemFromError(new BoardFileError("not-empty", "Could not delete /lib: the folder is not empty."), "delete /lib"));
    expect(full.text).toBe("Could not delete /lib: the folder is not empty.");
    const odd = describeProblem(problemFromError(new TypeError("boom"), "list the board's files"));
    expect(odd.text).toBe("Pyco could not list the board's files: boom");
  });
});
