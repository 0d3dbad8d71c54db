// Tests for the traceback reader: both flavours' wording, chunks split anywhere, nested frames and no false alarms.
import { describe, expect, it } from "vitest";
import { TracebackLines, deepestKnownFrame, type TracebackEvent } from "./traceback-lines";

const encoder = new TextEncoder();

/** Feeds `text` as bytes in chunks of `size` (every split point, UTF-8 sequences included) and returns the events. */
function read(text: string, size = Infinity): TracebackEvent[] {
  const events: TracebackEvent[] = [];
  const reader = new TracebackLines((e) => events.push(e));
  const bytes = encoder.encode(text);
  const step = Math.min(size, bytes.length || 1);
  for (let i = 0; i < bytes.length; i += step) reader.push(bytes.slice(i, i + step));
  return events;
}

const NESTED = [
  "hi\r\n",
  "Traceback (most recent call last):\r\n",
  '  File "code.py", line 12, in <module>\r\n',
  '  File "lib/helpers.py", line 3, in blink\r\n',
  "NameError: name 'ledd' isn't defined\r\n",
].join("");

describe("TracebackLines", () => {
  it("reads a nested traceback: every frame, outermost first, and the exception line", () => {
    expect(read(NESTED)).toEqual([
      {
        kind: "error",
        frames: [
          { file: "code.py", line: 12, scope: "<module>" },
          { file: "lib/helpers.py", line: 3, scope: "blink" },
        ],
        exception: "NameError",
        message: "NameError: name 'ledd' isn't defined",
      },
    ]);
  });

  it("gives the same events whatever the chunks: one byte, three bytes, seven bytes", () => {
    const whole = read(NESTED);
    for (const size of [1, 3, 7]) expect(read(NESTED, size)).toEqual(whole);
  });

  it("keeps a message whose UTF-8 characters are split between chunks", () => {
    const text = 'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nValueError: température ≥ 40°\n';
    const events = read(text, 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ message: "ValueError: température ≥ 40°" });
  });

  it("reads a SyntaxError, whose frame has no 'in' part", () => {
    const text = 'Traceback (most recent call last):\r\n  File "code.py", line 2\r\nSyntaxError: invalid syntax\r\n';
    expect(read(text)).toEqual([{ kind: "error", frames: [{ file: "code.py", line: 2 }], exception: "SyntaxError", message: "SyntaxError: invalid syntax" }]);
  });

  it("reads CircuitPython's output header as a new run, then its traceback (leading / in the path)", () => {
    const text = [
      "soft reboot\r\n\r\nAuto-reload is on.\r\n",
      "code.py output:\r\n",
      "Traceback (most recent call last):\r\n",
      '  File "code.py", line 3, in <module>\r\n',
      '  File "/lib/helpers.py", line 3, in blink\r\n',
      "NameError: name 'ledd' is not defined\r\n\r\nCode done running.\r\n",
    ].join("");
    const events = read(text, 5);
    expect(events.map((e) => e.kind)).toEqual(["run", "run", "error"]);
    expect(events[1]).toEqual({ kind: "run", file: "code.py" });
    expect(events[2]).toMatchObject({ frames: [{ file: "code.py", line: 3 }, { file: "/lib/helpers.py", line: 3 }] });
  });

  it("reads MicroPython's soft reboot as a new run and a raw-REPL run's <stdin> frame", () => {
    const text = 'MPY: soft reboot\r\nTraceback (most recent call last):\n  File "<stdin>", line 7, in <module>\nZeroDivisionError: divide by zero\n';
    const events = read(text);
    expect(events[0]).toEqual({ kind: "run" });
    expect(events[1]).toMatchObject({ frames: [{ file: "<stdin>", line: 7 }], exception: "ZeroDivisionError" });
  });

  it("ignores colour and title escapes around the lines", () => {
    const text = '\x1b]0;🐍code.py | 9.0\x1b\\\x1b[2mTraceback (most recent call last):\x1b[0m\r\n  File "code.py", line 4, in <module>\r\n\x1b[31mOSError: [Errno 5] EIO\x1b[0m\r\n';
    expect(read(text, 2)).toEqual([{ kind: "error", frames: [{ file: "code.py", line: 4, scope: "<module>" }], exception: "OSError", message: "OSError: [Errno 5] EIO" }]);
  });

  it("skips the source lines a firmware may print under each frame", () => {
    const text = 'Traceback (most recent call last):\n  File "code.py", line 9, in <module>\n    print(ledd)\nNameError: ledd\n';
    expect(read(text)).toMatchObject([{ frames: [{ file: "code.py", line: 9 }], message: "NameError: ledd" }]);
  });

  it("reports a traceback printed right after output without a newline", () => {
    const text = 'waiting...Traceback (most recent call last):\n  File "main.py", line 5, in <module>\nKeyboardInterrupt: \n';
    expect(read(text)).toMatchObject([{ exception: "KeyboardInterrupt", frames: [{ file: "main.py", line: 5 }] }]);
  });

  it("stays quiet for program output that merely talks about files and lines", () => {
    const text = [
      "line 12 of the log\r\n",
      'File "code.py", line 3, in <module>\r\n',
      '  File "data.csv", line 4, in the header\r\n',
      "Error: line 3 is too long\r\n",
      "Traceback (most recent call last): is what Python prints\r\n",
      '  File "code.py", line 3\r\n',
      "NameError: not really\r\n",
    ].join("");
    expect(read(text)).toEqual([]);
  });

  it("drops a traceback with no frames or one interrupted by other output", () => {
    expect(read("Traceback (most recent call last):\nNameError: x\n")).toEqual([]);
    expect(read('Traceback (most recent call last):\n  File "code.py", line 3, in <module>\n\nNameError: x\n')).toEqual([]);
    expect(read('Traceback (most recent call last):\n  File "code.py", line 3, in <module>\n>>> 1/0\n')).toEqual([]);
  });

  it("treats an overlong line as output and keeps reading after it", () => {
    const text = `${"x".repeat(5000)}\nTraceback (most recent call last):\n  File "code.py", line 1, in <module>\nMemoryError: \n`;
    expect(read(text, 333)).toMatchObject([{ exception: "MemoryError" }]);
  });

  it("flush ends a last exception line that came without a newline; reset forgets a traceback in progress", () => {
    const events: TracebackEvent[] = [];
    const reader = new TracebackLines((e) => events.push(e));
    reader.push('Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nTypeError: unsupported types');
    expect(events).toEqual([]);
    reader.flush();
    expect(events).toMatchObject([{ message: "TypeError: unsupported types" }]);
    reader.push('Traceback (most recent call last):\n  File "code.py", line 2, in <module>\n');
    reader.reset();
    reader.push("NameError: x\n");
    expect(events).toHaveLength(1);
  });
});

describe("deepestKnownFrame", () => {
  const frames = [
    { file: "code.py", line: 12 },
    { file: "lib/helpers.py", line: 3 },
    { file: "adafruit_thing.py", line: 80 },
  ];
  const project = new Set(["code.py", "lib/helpers.py"]);
  const resolve = (file: string) => (project.has(file.replace(/^\//, "")) ? file.replace(/^\//, "") : undefined);

  it("picks the deepest frame in a project file, skipping library frames below it", () => {
    expect(deepestKnownFrame(frames, resolve)).toEqual({ path: "lib/helpers.py", line: 3 });
  });

  it("is undefined when no frame is a project file", () => {
    expect(deepestKnownFrame([{ file: "<stdin>", line: 1 }], resolve)).toBeUndefined();
  });
});
