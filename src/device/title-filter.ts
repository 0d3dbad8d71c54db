// Strips CircuitPython's title escape sequences (ESC ] 0 ; … ESC \) from the byte stream, even split across reads.

const ESC = 0x1b;

/** Feeds chunks through; returns the bytes without title sequences and reports each title's text. */
export class TitleFilter {
  private pending: number[] = [];
  private inTitle = false;
  private title: number[] = [];

  constructor(private readonly onTitle: (title: string) => void) {}

  push(chunk: Uint8Array): Uint8Array {
    const out: number[] = [];
    for (const b of chunk) this.take(b, out);
    return Uint8Array.from(out);
  }

  private take(b: number, out: number[]): void {
    if (this.inTitle) {
      this.title.push(b);
      const n = this.title.length;
      if (n >= 2 && this.title[n - 2] === ESC && this.title[n - 1] === 0x5c) {
        this.inTitle = false;
        this.onTitle(new TextDecoder().decode(Uint8Array.from(this.title.slice(0, -2))));
        this.title = [];
      } else if (b === 0x07) {
        // Some terminals end titles with BEL; accept it too.
        this.inTitle = false;
        this.onTitle(new TextDecoder().decode(Uint8Array.from(this.title.slice(0, -1))));
        this.title = [];
      }
      return;
    }
    if (this.pending.length > 0 || b === ESC) {
      this.pending.push(b);
      const p = this.pending;
      const prefix = [ESC, 0x5d, 0x30, 0x3b]; // ESC ] 0 ;
      if (p.every((x, i) => x === prefix[i])) {
        if (p.length === prefix.length) {
          this.inTitle = true;
          this.pending = [];
        }
        return;
      }
      out.push(...p);
      this.pending = [];
      return;
    }
    out.push(b);
  }
}

/** The status word of a CircuitPython title, e.g. "🐍code.py | 10.2.1" → "code.py". */
export function titleStatus(title: string): string {
  return title.replace(/^\u{1F40D}/u, "").split(" | ")[0].trim();
}
