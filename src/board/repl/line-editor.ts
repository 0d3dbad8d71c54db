// The friendly REPL's line editor: echo, cursor keys, history and auto-indent, byte for byte as the firmware redraws.

const HISTORY_SIZE = 8;
const CTRL_A = 1;
const CTRL_C = 3;
const CTRL_E = 5;
const ESC = 27;

type EscapeState = "none" | "esc" | "bracket" | "bracket-digit" | "esc-o";

/** What a key did: a finished line (0), a control key to act on (1..5), or nothing yet (-1). */
export type LineResult = number;

export class LineEditor {
  private line = "";
  /** Length of what the line held before this prompt (earlier lines of a compound statement). */
  private origLength = 0;
  private cursor = 0;
  private escape: EscapeState = "none";
  private escapeDigit = "";
  private historyCursor = -1;
  private autoIndentEnabled = false;
  private autoIndentJustAdded = false;
  readonly history: string[] = [];

  constructor(private readonly out: (s: string) => void) {}

  get text(): string {
    return this.line;
  }

  /** Starts a fresh input with `prompt` (">>> "). */
  start(prompt: string): void {
    this.line = "";
    this.origLength = 0;
    this.cursor = 0;
    this.escape = "none";
    this.historyCursor = -1;
    this.out(prompt);
    this.autoIndentEnabled = true;
    this.autoIndent();
  }

  /** Continues a compound statement on a new line with `prompt` ("... "); the buffer keeps the earlier lines. */
  continueWith(prompt: string): void {
    this.line += "\n";
    this.origLength = this.line.length;
    this.cursor = this.origLength;
    this.out(prompt);
    this.autoIndent();
  }

  /** Processes one byte from the host. */
  key(c: number): LineResult {
    const before = this.line.length;
    const redraw = { back: 0, fromCursor: false, forward: 0 };
    if (this.escape === "none") {
      const early = this.plainKey(c, redraw);
      if (early !== undefined) return early;
    } else {
      this.escapeKey(c, redraw);
    }
    this.redraw(before, redraw);
    this.autoIndentJustAdded = false;
    return -1;
  }

  private plainKey(c: number, r: { back: number; fromCursor: boolean; forward: number }): LineResult | undefined {
    const atLineStart = this.line.length === this.origLength;
    if (c >= CTRL_A && c <= CTRL_E && atLineStart) return c;
    if (c === CTRL_A) r.back = this.cursor - this.origLength;
    else if (c === CTRL_C) return c;
    else if (c === CTRL_E) r.forward = this.line.length - this.cursor;
    else if (c === 13) {
      this.out("\r\n");
      this.pushHistory(this.line.slice(this.origLength));
      return 0;
    } else if (c === ESC) this.escape = "esc";
    else if (c === 8 || c === 127) this.backspace(r);
    else if (this.autoIndentJustAdded && (c === 9 || c === 32)) {
      // A tab or space right after auto-indent turns it off; a space takes back 3 of the 4 spaces.
      this.autoIndentEnabled = false;
      if (c === 32) {
        r.back = 3;
        this.line = this.line.slice(0, -3);
      }
    } else if (c === 9) this.tab(r);
    else if (c >= 32 && c <= 126) {
      this.insert(String.fromCharCode(c));
      r.fromCursor = true;
      r.forward = 1;
    }
    return undefined;
  }

  private backspace(r: { back: number; fromCursor: boolean }): void {
    if (this.cursor <= this.origLength) return;
    const before = this.line.slice(this.origLength, this.cursor);
    const n = /^ +$/.test(before) && before.length >= 4 ? 4 : 1;
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    r.back = n;
    r.fromCursor = true;
  }

  /** Tab after whitespace indents by 4 (completion of names is not offered by the simulator yet). */
  private tab(r: { fromCursor: boolean; forward: number }): void {
    const prev = this.line.charAt(this.cursor - 1);
    if (this.line.length !== 0 && /\s/.test(prev)) {
      this.insert("    ");
      r.fromCursor = true;
      r.forward = 4;
    }
  }

  private escapeKey(c: number, r: { back: number; fromCursor: boolean; forward: number }): void {
    const ch = String.fromCharCode(c);
    if (this.escape === "esc") {
      this.escape = ch === "[" ? "bracket" : ch === "O" ? "esc-o" : "none";
    } else if (this.escape === "bracket") {
      if (ch >= "0" && ch <= "9") {
        this.escape = "bracket-digit";
        this.escapeDigit = ch;
        return;
      }
      this.escape = "none";
      if (ch === "A") this.historyUp(r);
      else if (ch === "B") this.historyDown(r);
      else if (ch === "C" && this.cursor < this.line.length) r.forward = 1;
      else if (ch === "D" && this.cursor > this.origLength) r.back = 1;
      else if (ch === "H") r.back = this.cursor - this.origLength;
      else if (ch === "F") r.forward = this.line.length - this.cursor;
    } else if (this.escape === "bracket-digit") {
      this.escape = "none";
      if (ch !== "~") return;
      const d = this.escapeDigit;
      if (d === "1" || d === "7") r.back = this.cursor - this.origLength;
      else if (d === "4" || d === "8") r.forward = this.line.length - this.cursor;
      else if (d === "3" && this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
        r.fromCursor = true;
      }
    } else {
      this.escape = "none";
      if (ch === "H") r.back = this.cursor - this.origLength;
      else if (ch === "F") r.forward = this.line.length - this.cursor;
    }
  }

  private historyUp(r: { back: number; fromCursor: boolean; forward: number }): void {
    if (this.historyCursor + 1 >= HISTORY_SIZE || this.history[this.historyCursor + 1] === undefined) return;
    this.historyCursor++;
    this.replaceCurrentLine(this.history[this.historyCursor], r);
  }

  private historyDown(r: { back: number; fromCursor: boolean; forward: number }): void {
    if (this.historyCursor < 0) return;
    this.historyCursor--;
    this.replaceCurrentLine(this.historyCursor >= 0 ? this.history[this.historyCursor] : "", r);
  }

  private replaceCurrentLine(text: string, r: { back: number; fromCursor: boolean; forward: number }): void {
    this.line = this.line.slice(0, this.origLength) + text;
    r.back = this.cursor - this.origLength;
    r.fromCursor = true;
    r.forward = this.line.length - this.origLength;
  }

  private insert(s: string): void {
    this.line = this.line.slice(0, this.cursor) + s + this.line.slice(this.cursor);
  }

  /** The firmware's minimal redraw: step back, rewrite from the cursor, erase leftovers, step forward. */
  private redraw(lengthBefore: number, r: { back: number; fromCursor: boolean; forward: number }): void {
    if (r.back > 0) {
      this.moveBack(r.back);
      this.cursor -= r.back;
    }
    if (r.fromCursor) {
      if (this.line.length < lengthBefore) this.out("\x1b[K");
      this.out(this.line.slice(this.cursor));
      this.moveBack(this.line.length - (this.cursor + r.forward));
      this.cursor += r.forward;
    } else if (r.forward > 0) {
      this.out(this.line.slice(this.cursor, this.cursor + r.forward));
      this.cursor += r.forward;
    }
  }

  private moveBack(n: number): void {
    if (n <= 0) return;
    this.out(n <= 4 ? "\b".repeat(n) : `\x1b[${n}D`);
  }

  private pushHistory(entry: string): void {
    if (entry === "" || this.history[0] === entry) return;
    this.history.unshift(entry);
    if (this.history.length > HISTORY_SIZE) this.history.pop();
  }

  /** After a line ending in ':' indent one level more; keep the previous line's indent otherwise. */
  private autoIndent(): void {
    if (!this.autoIndentEnabled) return;
    const line = this.line;
    if (!(line.length > 1 && line.endsWith("\n"))) return;
    const start = line.lastIndexOf("\n", line.length - 2) + 1;
    let firstNonSpace = start;
    while (firstNonSpace < line.length && line[firstNonSpace] === " ") firstNonSpace++;
    if (start > 0 && firstNonSpace + 1 === line.length && this.previousLineBlank(start)) return;
    let levels = Math.floor((firstNonSpace - start) / 4);
    if (line[line.length - 2] === ":") levels++;
    for (let i = 0; i < levels; i++) {
      this.line += "    ";
      this.out("    ");
      this.cursor += 4;
      this.autoIndentJustAdded = true;
    }
  }

  /** True when the line before `start` is all spaces too (two blank lines end auto-indent). */
  private previousLineBlank(start: number): boolean {
    for (let k = start - 1; k > 0; k--) {
      const ch = this.line[k - 1];
      if (ch === "\n") return true;
      if (ch !== " ") return false;
    }
    return false;
  }
}
