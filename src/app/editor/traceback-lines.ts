// Reads a board's output stream (bytes, split anywhere) and reports MicroPython/CircuitPython tracebacks as events.
/** One `File "…", line N[, in scope]` line of a traceback, outermost first. */
export interface TracebackFrame {
  file: string;
  line: number;
  scope?: string;
}

export type TracebackEvent =
  /** A traceback ended with its exception line ("NameError: name 'ledd' isn't defined"). */
  | { kind: "error"; frames: TracebackFrame[]; exception: string; message: string }
  /** The board started a program afresh (CircuitPython's "code.py output:", a soft reboot). */
  | { kind: "run"; file?: string };

const TRACEBACK_HEADER = /Traceback \(most recent call last\):\s*$/;
const FRAME = /^\s+File "([^"]+)", line (\d+)(?:, in (.+?))?\s*$/;
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*?))?\s*$/;
const RUN_HEADER = /^(\S+\.py) output:\s*$/;
const SOFT_REBOOT = /^(?:MPY: )?soft reboot\s*$/;
/** CSI (colours, cursor moves) and OSC (titles) escape sequences: never part of what a traceback says. */
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?/g;
/** Longer lines are program output, not traceback lines (and must not grow without end). */
const MAX_LINE = 2000;
/** A traceback has at most this many lines that are neither frames nor the exception (e.g. source lines). */
const MAX_OTHER_LINES = 3;

export class TracebackLines {
  private readonly decoder = new TextDecoder("utf-8");
  private partial = "";
  private overlong = false;
  private frames: TracebackFrame[] | null = null;
  private otherLines = 0;

  constructor(private readonly onEvent: (event: TracebackEvent) => void) {}

  /** Feeds the next chunk of output (bytes or text). */
  push(chunk: Uint8Array | string): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      this.append(text.slice(start, newline));
      this.endLine();
      start = newline + 1;
    }
    this.append(text.slice(start));
  }

  /** The output ended (e.g. a program's stderr was given whole): a last line without a newline counts. */
  flush(): void {
    if (this.partial !== "" || this.overlong) this.endLine();
  }

  /** Forgets a traceback in progress (the terminal was cleared, the board restarted). */
  reset(): void {
    this.partial = "";
    this.overlong = false;
    this.frames = null;
  }

  private append(text: string): void {
    if (this.overlong) return;
    this.partial += text;
    if (this.partial.length > MAX_LINE) {
      this.partial = "";
      this.overlong = true;
    }
  }

  private endLine(): void {
    const line = this.overlong ? null : this.partial.replace(ESCAPES, "").replace(/\r/g, "");
    this.partial = "";
    this.overlong = false;
    if (line === null) this.frames = null;
    else this.readLine(line);
  }

  private readLine(line: string): void {
    if (TRACEBACK_HEADER.test(line)) return this.startTraceback();
    if (this.frames) return this.readTracebackLine(this.frames, line);
    const header = RUN_HEADER.exec(line);
    if (header) this.onEvent({ kind: "run", file: header[1] });
    else if (SOFT_REBOOT.test(line)) this.onEvent({ kind: "run" });
  }

  private startTraceback(): void {
    this.frames = [];
    this.otherLines = 0;
  }

  private readTracebackLine(frames: TracebackFrame[], line: string): void {
    const frame = FRAME.exec(line);
    if (frame) {
      frames.push({ file: frame[1], line: Number(frame[2]), ...(frame[3] ? { scope: frame[3] } : {}) });
      return;
    }
    // An indented line after a frame: the source line some firmwares print. Anything else ends the traceback.
    if (/^\s+\S/.test(line) && frames.length > 0 && ++this.otherLines <= MAX_OTHER_LINES) return;
    this.frames = null;
    const exception = EXCEPTION.exec(line);
    if (!exception || frames.length === 0) return;
    this.onEvent({ kind: "error", frames, exception: exception[1], message: line.trim() });
  }
}

/** The deepest frame whose file `resolve` knows (a project file), with the path it resolved to. */
export function deepestKnownFrame(frames: TracebackFrame[], resolve: (file: string) => string | undefined): { path: string; line: number } | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const path = resolve(frames[i].file);
    if (path !== undefined) return { path, line: frames[i].line };
  }
  return undefined;
}
