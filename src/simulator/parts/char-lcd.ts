// Character LCD parts (16×2, 20×4... on an HD44780): wired straight to GPIO pins (RS, E, D4–D7 or D0–D7), or
// behind the common PCF8574 I2C backpack (P0 RS, P1 RW, P2 E, P3 backlight, P4–P7 D4–D7; 0x27, or 0x3F on a
// PCF8574A board).
import type { I2cTarget } from "../buses/i2c-bus";
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { joinI2cBus } from "./i2c-part";
import { Hd44780 } from "./hd44780";

/** PCF8574: a write sets the eight quasi-bidirectional outputs; a read returns the pins (outputs high read high). */
class Pcf8574Backpack implements I2cTarget {
  private port = 0xff;

  constructor(private readonly lcd: Hd44780, private readonly onBacklight: (on: boolean) => void) {}

  start(): boolean {
    return true;
  }

  write(byte: number): boolean {
    const before = this.port;
    this.port = byte & 0xff;
    this.onBacklight((this.port & 0x08) !== 0);
    // E is P2: the controller latches when it falls.
    if (before & 0x04 && !(this.port & 0x04)) {
      this.lcd.latch({ rs: (before & 0x01) !== 0, rw: (before & 0x02) !== 0, data: before & 0xf0 });
    }
    return true;
  }

  read(): number {
    return this.port;
  }

  stop(): void {}
}

export class CharLcdPart extends BasePart {
  readonly lcd: Hd44780;
  backlight = true;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, bus: "gpio" | "i2c") {
    super(ctx, cfg, [], notify);
    const columns = Number(cfg.options.columns ?? 16);
    const rows = Number(cfg.options.rows ?? 2);
    this.lcd = new Hd44780(columns, rows, () => this.changed());
    if (bus === "i2c") {
      this.onRemove(joinI2cBus(ctx, cfg, new Pcf8574Backpack(this.lcd, (on) => this.setBacklight(on))));
    } else this.wireGpio();
  }

  lines(): string[] {
    return this.lcd.lines();
  }

  state(): Record<string, unknown> {
    const customChars = Array.from({ length: 8 }, (_, i) => [...this.lcd.cgram.subarray(i * 8, i * 8 + 8)]);
    return {
      columns: this.lcd.columns, rows: this.lcd.rows, lines: this.lcd.lines(), codes: this.codes(),
      cursor: this.lcd.cursorOn ? this.lcd.cursor() : null, blink: this.lcd.blinkOn, backlight: this.backlight,
      customChars, frame: this.lcd.frame,
    };
  }

  /** Character codes per row (so the view can draw custom characters 0..7 from CGRAM). */
  private codes(): number[][] {
    const out: number[][] = [];
    for (let r = 0; r < this.lcd.rows; r++) {
      out.push(Array.from({ length: this.lcd.columns }, (_, c) => (this.lcd.displayOn ? this.lcd.charCodeAt(r, c) : 0x20)));
    }
    return out;
  }

  private setBacklight(on: boolean): void {
    if (on === this.backlight) return;
    this.backlight = on;
    this.changed();
  }

  /** Parallel wiring: the bus is sampled when E falls. D0–D3 unwired means 4-bit operation. */
  private wireGpio(): void {
    const gpio = this.ctx.gpio;
    const p = this.cfg.pins;
    const dataPins = [p.d0, p.d1, p.d2, p.d3, this.pin("d4"), this.pin("d5"), this.pin("d6"), this.pin("d7")];
    const rs = this.pin("rs");
    this.onRemove(gpio.onChange(this.pin("e"), (level) => {
      if (level !== 0) return;
      let data = 0;
      dataPins.forEach((pin, bit) => {
        if (pin !== undefined && gpio.read(pin)) data |= 1 << bit;
      });
      this.lcd.latch({ rs: gpio.read(rs) === 1, rw: p.rw !== undefined && gpio.read(p.rw) === 1, data });
    }));
    if (p.backlight !== undefined) {
      const pin = p.backlight;
      this.setBacklight(gpio.read(pin) === 1);
      this.onRemove(gpio.onChange(pin, (level) => this.setBacklight(level === 1)));
    }
  }
}
