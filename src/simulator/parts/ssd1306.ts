// SSD1306 OLED controller (128×64 GDDRAM in 8 pages): the command set drivers use (addressing modes, column/page
// windows, contrast, invert, remaps, multiplex ratio, display on/off) and the pixels its panel shows.
// Datasheet: Solomon Systech SSD1306 rev 1.1, section 10 (commands) and 8.7 (GDDRAM).

export const OLED_PAGES = 8;
const WARNED = new Set<string>();

/** Unimplemented features log once per kind of thing, never throw (a real controller ignores what it doesn't know). */
export function warnOnce(chip: string, what: string): void {
  if (WARNED.has(chip + what)) return;
  WARNED.add(chip + what);
  console.warn(`[pyco] ${chip}: ${what} is not simulated`);
}

/** How many argument bytes follow each command byte (commands not listed take none). */
function ssd1306ArgCount(cmd: number): number {
  if (cmd === 0x21 || cmd === 0x22 || cmd === 0xa3) return 2;
  if (cmd === 0x26 || cmd === 0x27) return 6;
  if (cmd === 0x29 || cmd === 0x2a) return 5;
  if ([0x20, 0x81, 0x8d, 0xa8, 0xad, 0xd3, 0xd5, 0xd9, 0xda, 0xdb].includes(cmd)) return 1;
  return 0;
}

export class Ssd1306Controller {
  /** Display RAM: one byte per column per page, bit 0 the top row of the page. */
  readonly ram: Uint8Array;
  on = false;
  contrast = 0x7f;
  inverted = false;
  entireOn = false;
  segRemap = false;
  comReverse = false;
  startLine = 0;
  offset = 0;
  mux = 63;
  chargePump = false;
  /** Memory addressing mode: 0 horizontal, 1 vertical, 2 page (the reset default). */
  mode = 2;
  colStart = 0;
  colEnd = 127;
  pageStart = 0;
  pageEnd = 7;
  col = 0;
  page = 0;
  /** Bumped on every change of what the panel shows, so a view redraws only when needed. */
  frame = 0;
  private pending: number[] = [];

  constructor(readonly columns = 128, readonly onChange: () => void = () => undefined, readonly chip = "SSD1306") {
    this.ram = new Uint8Array(columns * OLED_PAGES);
  }

  /** A byte sent with D/C# low: a command byte or one of its arguments. */
  command(byte: number): void {
    this.pending.push(byte & 0xff);
    if (this.pending.length <= this.argCount(this.pending[0])) return;
    const [cmd, ...args] = this.pending;
    this.pending = [];
    this.execute(cmd, args);
    this.frame++;
    this.onChange();
  }

  /** A byte sent with D/C# high: eight vertical pixels at the current column and page. */
  data(byte: number): void {
    this.ram[this.page * this.columns + this.col] = byte & 0xff;
    this.advance();
    this.frame++;
  }

  /** After a burst of data: tell the view once rather than per byte. */
  flush(): void {
    this.onChange();
  }

  /** Is the GDDRAM bit under panel pixel (x, y) lit, before invert and on/off? */
  ramPixel(x: number, y: number): boolean {
    const column = this.segRemap ? x : this.columns - 1 - x;
    const row = ((this.comReverse ? y : this.mux - y) + this.startLine + this.offset) & 63;
    return ((this.ram[(row >> 3) * this.columns + column] >> (row & 7)) & 1) === 1;
  }

  protected argCount(cmd: number): number {
    return ssd1306ArgCount(cmd);
  }

  protected execute(cmd: number, args: number[]): void {
    if (cmd === 0xae || cmd === 0xaf) this.on = cmd === 0xaf;
    else if (cmd === 0x81) this.contrast = args[0];
    else if (cmd === 0xa4 || cmd === 0xa5) this.entireOn = cmd === 0xa5;
    else if (cmd === 0xa6 || cmd === 0xa7) this.inverted = cmd === 0xa7;
    else if (cmd === 0xa0 || cmd === 0xa1) this.segRemap = cmd === 0xa1;
    else if (cmd === 0xc0 || cmd === 0xc8) this.comReverse = cmd === 0xc8;
    else if (cmd >= 0x40 && cmd <= 0x7f) this.startLine = cmd & 0x3f;
    else if (cmd === 0xa8) this.mux = Math.max(15, args[0] & 0x3f);
    else if (cmd === 0xd3) this.offset = args[0] & 0x3f;
    else if (cmd === 0x8d) this.chargePump = (args[0] & 0x04) !== 0;
    else if (cmd === 0x20) this.mode = args[0] & 3;
    else if (cmd === 0x21) this.setColumns(args[0] & 0x7f, args[1] & 0x7f);
    else if (cmd === 0x22) this.setPages(args[0] & 7, args[1] & 7);
    else if (cmd >= 0xb0 && cmd <= 0xb7) this.page = cmd & 7;
    else if (cmd <= 0x0f) this.col = (this.col & 0xf0) | cmd;
    else if (cmd >= 0x10 && cmd <= 0x1f) this.col = ((cmd & 0x0f) << 4) | (this.col & 0x0f);
    else if (cmd === 0x2f) warnOnce(this.chip, "continuous scrolling (0x2F)");
    else if (![0x2e, 0x26, 0x27, 0x29, 0x2a, 0xa3, 0xad, 0xd5, 0xd9, 0xda, 0xdb, 0xe3].includes(cmd)) {
      warnOnce(this.chip, `command 0x${cmd.toString(16)}`);
    }
  }

  private setColumns(start: number, end: number): void {
    this.colStart = start;
    this.colEnd = end;
    this.col = start;
  }

  private setPages(start: number, end: number): void {
    this.pageStart = start;
    this.pageEnd = end;
    this.page = start;
  }

  /** The address pointer after a data byte, per addressing mode (datasheet 10.1.3). */
  private advance(): void {
    if (this.mode === 2) {
      // Page addressing: the column wraps within the page; the page never changes by itself.
      this.col = this.col >= this.columns - 1 ? 0 : this.col + 1;
      return;
    }
    if (this.mode === 0) {
      if (this.col < this.colEnd) return void this.col++;
      this.col = this.colStart;
      this.page = this.page < this.pageEnd ? this.page + 1 : this.pageStart;
      return;
    }
    if (this.page < this.pageEnd) return void this.page++;
    this.page = this.pageStart;
    this.col = this.col < this.colEnd ? this.col + 1 : this.colStart;
  }
}

/** What a panel of `width`×`height` shows: 1 per lit pixel, row by row (all dark when the display is off). */
export function panelPixels(c: Ssd1306Controller, width: number, height: number, xOffset = 0): Uint8Array {
  const out = new Uint8Array(width * height);
  if (!c.on) return out;
  for (let y = 0; y < height; y++) {
    if (y > c.mux) continue;
    for (let x = 0; x < width; x++) {
      const lit = c.entireOn || c.ramPixel(x + xOffset, y);
      out[y * width + x] = lit !== c.inverted ? 1 : 0;
    }
  }
  return out;
}

/** Rows of pixels as hex strings (4 pixels a digit, MSB leftmost): compact JSON for the board view. */
export function pixelRowsHex(pixels: Uint8Array, width: number): string[] {
  const rows: string[] = [];
  for (let y = 0; y * width < pixels.length; y++) {
    let row = "";
    for (let x = 0; x < width; x += 4) {
      let nibble = 0;
      for (let b = 0; b < 4; b++) nibble = (nibble << 1) | (pixels[y * width + x + b] ?? 0);
      row += nibble.toString(16);
    }
    rows.push(row);
  }
  return rows;
}

/** The panel as text ('#' lit, '.' dark): for tests and the CLI. */
export function pixelsAsText(pixels: Uint8Array, width: number): string {
  const lines: string[] = [];
  for (let y = 0; y * width < pixels.length; y++) {
    lines.push([...pixels.subarray(y * width, (y + 1) * width)].map((p) => (p ? "#" : ".")).join(""));
  }
  return lines.join("\n");
}
