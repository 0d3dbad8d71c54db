// Tests for the program error: which project file and line a traceback means, and when the error is replaced or cleared.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DriveEntry, ProjectMeta } from "../../storage";
import { initialState, setState } from "../state";
import { beginFileRun, clearProgramError, endFileRun, resolveProjectFile, useProgramError, watchProgramErrors, type OutputSource } from "./program-error";

const entry = (path: string, kind: DriveEntry["kind"] = "file"): DriveEntry => ({ path, kind, size: 1, updatedAt: 0 });
const ENTRIES = [entry("code.py"), entry("lib", "dir"), entry("lib/helpers.py")];
const meta = (id: string): ProjectMeta => ({ id, name: id, flavor: "circuitpython", createdAt: 0, updatedAt: 0, revision: 1 });

/** A terminal source the test writes text into. */
function fakeSource(): OutputSource & { print: (text: string) => void } {
  const listeners = new Set<(chunk: Uint8Array) => void>();
  return {
    onData: (l) => (listeners.add(l), () => listeners.delete(l)),
    print: (text) => listeners.forEach((l) => l(new TextEncoder().encode(text))),
  };
}

const traceback = (frames: string[], message: string) =>
  `Traceback (most recent call last):\r\n${frames.map((f) => `  File "${f.split(":")[0]}", line ${f.split(":")[1]}, in <module>\r\n`).join("")}${message}\r\n`;

describe("resolveProjectFile", () => {
  it("finds project files with or without a leading / (any case, as on FAT), never folders or unknown files", () => {
    expect(resolveProjectFile("code.py", ENTRIES)).toBe("code.py");
    expect(resolveProjectFile("/lib/helpers.py", ENTRIES)).toBe("lib/helpers.py");
    expect(resolveProjectFile("./lib/Helpers.py", ENTRIES)).toBe("lib/helpers.py");
    expect(resolveProjectFile("/lib", ENTRIES)).toBeUndefined();
    expect(resolveProjectFile("adafruit_bus_device/i2c_device.py", ENTRIES)).toBeUndefined();
  });
});

describe("watchProgramErrors", () => {
  let source: ReturnType<typeof fakeSource>;
  let stop: () => void;

  beforeEach(() => {
    setState({ ...initialState, project: meta("p1"), entries: ENTRIES });
    source = fakeSource();
    stop = watchProgramErrors("simulator", source);
  });
  afterEach(() => {
    stop();
    clearProgramError();
  });

  it("takes the deepest frame that is a project file, with the exception line", () => {
    source.print(traceback(["code.py:12", "/lib/helpers.py:3", "adafruit_thing.py:80"], "NameError: name 'ledd' isn't defined"));
    expect(useProgramError.getState().error).toEqual({ origin: "simulator", path: "lib/helpers.py", line: 3, message: "NameError: name 'ledd' isn't defined" });
  });

  it("does not count Ctrl-C as a failure, and a newer traceback replaces the last", () => {
    source.print(traceback(["code.py:4"], "ValueError: bad"));
    expect(useProgramError.getState().error?.line).toBe(4);
    source.print(traceback(["code.py:9"], "KeyboardInterrupt: "));
    expect(useProgramError.getState().error).toBeUndefined();
  });

  it("ignores <stdin> (typed at the prompt) in the simulator", () => {
    source.print(traceback(["<stdin>:1"], "NameError: name 'x' isn't defined"));
    expect(useProgramError.getState().error).toBeUndefined();
  });

  it("clears when its file is deleted or renamed", () => {
    source.print(traceback(["/lib/helpers.py:3"], "NameError: x"));
    setState({ entries: [...ENTRIES, entry("notes.txt")] });
    expect(useProgramError.getState().error?.path).toBe("lib/helpers.py");
    setState({ entries: [entry("code.py"), entry("lib", "dir"), entry("lib/blink.py")] });
    expect(useProgramError.getState().error).toBeUndefined();
  });

  it("clears on a new run (code.py output:) and on another project", () => {
    source.print(traceback(["code.py:4"], "ValueError: bad"));
    source.print("\r\ncode.py output:\r\n");
    expect(useProgramError.getState().error).toBeUndefined();
    source.print(traceback(["code.py:4"], "ValueError: bad"));
    setState({ project: meta("p2") });
    expect(useProgramError.getState().error).toBeUndefined();
  });
});

describe("a file run on the board", () => {
  it("maps <stdin> to the file that runs, only while it runs (the stderr arrives without a last newline)", () => {
    setState({ ...initialState, project: meta("p1"), entries: ENTRIES });
    const source = fakeSource();
    const stop = watchProgramErrors("board", source);
    beginFileRun("board:/blink.py");
    source.print('Traceback (most recent call last):\r\n  File "<stdin>", line 7, in <module>\r\nZeroDivisionError: divide by zero');
    expect(useProgramError.getState().error).toBeUndefined();
    endFileRun();
    expect(useProgramError.getState().error).toEqual({ origin: "board", path: "board:/blink.py", line: 7, message: "ZeroDivisionError: divide by zero" });
    source.print(traceback(["<stdin>:1"], "NameError: name 'y' isn't defined"));
    expect(useProgramError.getState().error).toBeUndefined();
    stop();
  });
});
