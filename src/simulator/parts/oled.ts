// OLED display parts (SSD1306 and SH1106 modules) on I2C or 4-wire SPI: the module's interface in front of the
// controller, and the pixels the board view draws.
import type { I2cTarget } from "../buses/i2c-bus";
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { joinI2cBus } from "./i2c-part";
import { Ssd1306Controller, panelPixels, pixelRowsHex, pixelsAsText } from "./ssd1306";
import { Sh1106Controller, SH1106_X_OFFSET } from "./sh1106";

/**
 * The I2C interface: after the address, a control byte (Co bit 7, D/C# bit 6) says whether the next bytes are
 * commands or display data, and whether another control byte follows (Co = 1) or the rest is one stream.
 */
class OledI2cInterface implements I2cTarget {
  private expectControl = true;
  private continuation = false;
  private dataMode = false;

  constructor(private readonly controller: Ssd1306Controller) {}

  start(): boolean {
    this.expectControl = true;
    return true;
  }

  write(byte: number): boolean {
    if (this.expectControl) {
      this.continuation = (byte & 0x80) !== 0;
      this.dataMode = (byte & 0x40) !== 0;
      this.expectControl = false;
      return true;
    }
    if (this.dataMode) this.controller.data(byte);
    else this.controller.command(byte);
    if (this.continuation) this.expectControl = true;
    return true;
  }

  /** A read returns the status byte: bit 6 set while the display is off. */
  read(): number {
    return this.controller.on ? 0x00 : 0x40;
  }

  stop(): void {
    this.controller.flush();
    this.expectControl = true;
  }
}

export class OledPart extends BasePart {
  readonly controller: Ssd1306Controller;
  readonly width: number;
  readonly height: number;
  private readonly xOffset: number;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, chip: "ssd1306" | "sh1106", bus: "i2c" | "spi") {
    super(ctx, cfg, [], notify);
    this.controller = chip === "sh1106" ? new Sh1106Controller(() => this.changed()) : new Ssd1306Controller(128, () => this.changed());
    this.xOffset = chip === "sh1106" ? SH1106_X_OFFSET : 0;
    this.width = 128;
    this.height = cfg.options.height === 32 ? 32 : 64;
    if (bus === "i2c") this.onRemove(joinI2cBus(ctx, cfg, new OledI2cInterface(this.controller)));
    else this.wireSpi();
    if (cfg.pins.reset !== undefined) this.watchReset(cfg.pins.reset);
  }

  /** 1 per lit pixel, `width`×`height`, row by row. */
  pixels(): Uint8Array {
    return panelPixels(this.controller, this.width, this.height, this.xOffset);
  }

  /** The panel as lines of '#' and '.'. */
  text(): string {
    return pixelsAsText(this.pixels(), this.width);
  }

  state(): Record<string, unknown> {
    const c = this.controller;
    return {
      width: this.width, height: this.height, on: c.on, contrast: c.contrast, inverted: c.inverted,
      frame: c.frame, rows: pixelRowsHex(this.pixels(), this.width),
    };
  }

  /** 4-wire SPI: bytes clocked in while CS is low are data when D/C is high, commands when it is low. */
  private wireSpi(): void {
    const dc = this.pin("dc");
    const leave = this.ctx.spi.attach(
      { sck: this.pin("sck"), mosi: this.pin("mosi"), cs: this.cfg.pins.cs },
      {
        transfer: (byte) => {
          if (this.ctx.gpio.read(dc)) this.controller.data(byte);
          else this.controller.command(byte);
          return null;
        },
      },
    );
    this.onRemove(leave);
    if (this.cfg.pins.cs !== undefined) {
      this.onRemove(this.ctx.gpio.onChange(this.cfg.pins.cs, (level) => level && this.controller.flush()));
    }
  }

  /** RES# low puts the controller back to its reset state (the RAM keeps its contents). */
  private watchReset(pin: number): void {
    this.onRemove(this.ctx.gpio.onChange(pin, (level) => {
      if (level !== 0) return;
      const c = this.controller;
      Object.assign(c, { on: false, contrast: 0x7f, inverted: false, entireOn: false, startLine: 0, offset: 0, mux: 63, mode: 2 });
      c.flush();
    }));
  }
}
