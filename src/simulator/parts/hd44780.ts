// HD44780 character LCD controller: the 4/8-bit bus latched on E's falling edge, the instruction set (clear, home,
// entry mode, display control, shift, function set, CGRAM/DDRAM addresses), DDRAM/CGRAM and what the glass shows.
// Datasheet: Hitachi HD44780U (ADE-207-272), tables 6 and 4 (character codes, ROM code A00).

export interface LcdBusLevels {
  rs: boolean;
  rw: boolean;
  /** D7..D0 as a byte (in 4-bit wiring only D7..D4 are connected; the low nibble reads 0). */
  data: number;
}

export class Hd44780 {
  readonly ddram = new Uint8Array(0x80).fill(0x20);
  readonly cgram = new Uint8Array(64);
  private address = 0;
  private inCgram = false;
  private increment = true;
  private shiftDisplay = false;
  displayOn = false;
  cursorOn = false;
  blinkOn = false;
  twoLines = false;
  private eightBit = true;
  private pendingHigh: number | null = null;
  /** How far the display window is shifted (DDRAM columns). */
  private shift = 0;
  /** Bumped on every change of what the glass shows. */
  frame = 0;

  constructor(readonly columns: number, readonly rows: number, private readonly onChange: () => void = () => undefined) {}

  /** E fell: the controller takes the bus (one byte in 8-bit mode, a nibble in 4-bit mode). */
  latch(bus: LcdBusLevels): void {
    if (bus.rw) return; // reads (busy flag) are answered by the interface, not modelled on the pins
    if (this.eightBit) return this.accept(bus.rs, bus.data & 0xff);
    const nibble = bus.data >> 4;
    if (this.pendingHigh === null) {
      this.pendingHigh = nibble;
      return;
    }
    const byte = (this.pendingHigh << 4) | nibble;
    this.pendingHigh = null;
    this.accept(bus.rs, byte);
  }

  /** Text on each row of the glass (custom characters 0..7 show as their code point). */
  lines(): string[] {
    const out: string[] = [];
    for (let row = 0; row < this.rows; row++) {
      let line = "";
      for (let col = 0; col < this.columns; col++) line += String.fromCharCode(this.charCodeAt(row, col));
      out.push(this.displayOn ? line : " ".repeat(this.columns));
    }
    return out;
  }

  /** The character code shown at a cell of the glass. */
  charCodeAt(row: number, col: number): number {
    return this.ddram[this.ddramAddress(row, col)];
  }

  /** Where the cursor is, as a glass cell (null when it is off the visible area). */
  cursor(): { row: number; col: number } | null {
    for (let row = 0; row < this.rows; row++) {
      for (let col = 0; col < this.columns; col++) if (this.ddramAddress(row, col) === this.address) return { row, col };
    }
    return null;
  }

  /** Row addresses: 0x00 and 0x40, with rows 3 and 4 of a 4-line glass continuing rows 1 and 2. */
  private ddramAddress(row: number, col: number): number {
    const base = [0x00, 0x40, this.columns, 0x40 + this.columns][row] ?? 0;
    const lineLength = this.twoLines ? 40 : 80;
    const start = base >= 0x40 ? 0x40 : 0;
    return start + (((base - start + col + this.shift) % lineLength) + lineLength) % lineLength;
  }

  private accept(rs: boolean, byte: number): void {
    if (rs) this.writeData(byte);
    else this.instruction(byte);
    this.frame++;
    this.onChange();
  }

  private writeData(byte: number): void {
    if (this.inCgram) this.cgram[this.address & 0x3f] = byte & 0x1f;
    else this.ddram[this.address & 0x7f] = byte;
    this.moveAddress(this.increment ? 1 : -1);
    if (this.shiftDisplay && !this.inCgram) this.shift += this.increment ? 1 : -1;
  }

  private instruction(byte: number): void {
    if (byte & 0x80) return this.setAddress(false, byte & 0x7f);
    if (byte & 0x40) return this.setAddress(true, byte & 0x3f);
    if (byte & 0x20) return this.functionSet(byte);
    if (byte & 0x10) return this.cursorOrDisplayShift(byte);
    if (byte & 0x08) {
      this.displayOn = (byte & 4) !== 0;
      this.cursorOn = (byte & 2) !== 0;
      this.blinkOn = (byte & 1) !== 0;
      return;
    }
    if (byte & 0x04) {
      this.increment = (byte & 2) !== 0;
      this.shiftDisplay = (byte & 1) !== 0;
      return;
    }
    if (byte & 0x02) return this.home();
    if (byte & 0x01) {
      this.ddram.fill(0x20);
      this.increment = true;
      this.home();
    }
  }

  private home(): void {
    this.setAddress(false, 0);
    this.shift = 0;
  }

  private functionSet(byte: number): void {
    const eightBit = (byte & 0x10) !== 0;
    // Switching to 4-bit mode happens on the nibble that says so; the next nibble starts a new byte.
    if (this.eightBit && !eightBit) this.pendingHigh = null;
    this.eightBit = eightBit;
    this.twoLines = (byte & 0x08) !== 0;
  }

  private cursorOrDisplayShift(byte: number): void {
    const right = (byte & 0x04) !== 0;
    if (byte & 0x08) this.shift += right ? -1 : 1;
    else this.moveAddress(right ? 1 : -1);
  }

  private setAddress(cgram: boolean, address: number): void {
    this.inCgram = cgram;
    this.address = address;
  }

  private moveAddress(delta: number): void {
    if (this.inCgram) {
      this.address = (this.address + delta) & 0x3f;
      return;
    }
    // In 2-line mode the two lines are 40 addresses each, at 0x00 and 0x40.
    let a = this.address + delta;
    if (this.twoLines) {
      if (a === 0x28) a = 0x40;
      else if (a === 0x68) a = 0x00;
      else if (a === 0x3f) a = 0x27;
      else if (a < 0) a = 0x67;
    }
    this.address = a & 0x7f;
  }
}
