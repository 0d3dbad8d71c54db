// Batches board output for the terminal: one write per animation frame, the next only once the terminal has parsed
// the last, and a bounded backlog, so `while True: print(i)` scrolls without ever freezing the page.

export interface TerminalSink {
  /** Writes bytes; calls `done` once the terminal has processed them. */
  write(data: Uint8Array, done: () => void): void;
}

export interface WriterLimits {
  /** Most bytes handed to the terminal in one frame. */
  perWrite: number;
  /** When the backlog grows past this, its oldest part is dropped... */
  maxBacklog: number;
  /** ...keeping about this much of the newest output (more than the scrollback shows). */
  keep: number;
}

const DEFAULT_LIMITS: WriterLimits = { perWrite: 64 * 1024, maxBacklog: 512 * 1024, keep: 128 * 1024 };
const encoder = new TextEncoder();

export class TerminalWriter {
  private backlog: Uint8Array[] = [];
  private backlogBytes = 0;
  private busy = false;
  private scheduled = false;
  private skipped = 0;
  private disposed = false;

  constructor(
    private readonly sink: TerminalSink,
    private readonly schedule: (run: () => void) => void = (run) => requestAnimationFrame(run),
    private readonly limits: WriterLimits = DEFAULT_LIMITS,
  ) {}

  push(chunk: Uint8Array): void {
    if (chunk.length === 0 || this.disposed) return;
    this.backlog.push(chunk);
    this.backlogBytes += chunk.length;
    if (this.backlogBytes > this.limits.maxBacklog) this.trim();
    this.request();
  }

  /** Drops everything not yet written (the terminal is being cleared). */
  clear(): void {
    this.backlog = [];
    this.backlogBytes = 0;
    this.skipped = 0;
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private request(): void {
    if (this.scheduled || this.busy || this.disposed) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.writeNext();
    });
  }

  private writeNext(): void {
    if (this.busy || this.disposed || this.backlogBytes === 0) return;
    const data = this.take(this.limits.perWrite);
    this.busy = true;
    this.sink.write(data, () => {
      this.busy = false;
      if (this.backlogBytes > 0) this.request();
    });
  }

  /** Takes up to `max` bytes from the front of the backlog, with a note first if output was skipped. */
  private take(max: number): Uint8Array {
    const note = this.skipped > 0 ? encoder.encode(`\r\n\x1b[2m[${formatBytes(this.skipped)} of output skipped to keep up]\x1b[0m\r\n`) : new Uint8Array(0);
    this.skipped = 0;
    const size = Math.min(max, this.backlogBytes);
    const out = new Uint8Array(note.length + size);
    out.set(note);
    let offset = note.length;
    while (offset < out.length) {
      const head = this.backlog[0];
      const n = Math.min(head.length, out.length - offset);
      out.set(head.subarray(0, n), offset);
      offset += n;
      if (n === head.length) this.backlog.shift();
      else this.backlog[0] = head.subarray(n);
    }
    this.backlogBytes -= size;
    return out;
  }

  /** Keeps the newest `keep` bytes, starting at a line break so no line or escape sequence is cut in half. */
  private trim(): void {
    const all = this.take(this.backlogBytes);
    let start = all.length - this.limits.keep;
    const newline = all.indexOf(0x0a, start);
    start = newline >= 0 ? newline + 1 : start;
    this.skipped += start;
    this.backlog = [all.subarray(start)];
    this.backlogBytes = all.length - start;
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
