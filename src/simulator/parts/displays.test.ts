// Tests of the display parts: the SSD1306/SH1106 controllers through their I2C interface, and the HD44780 LCD
// through the PCF8574 backpack and parallel GPIO wiring.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "../rp2040";
import { Ssd1306Controller, panelPixels } from "./ssd1306";
import { OledPart } from "./oled";
import { CharLcdPart } from "./char-lcd";

/** One I2C write transaction to `addr` on GP4/GP5. */
function i2cWrite(chip: Rp2040, addr: number, bytes: number[]): boolean {
  const bus = chip.i2c.find(4, 5)!;
  if (!bus.start(addr, false)) return false;
  for (const b of bytes) bus.write(b);
  bus.stop();
  return true;
}

const INIT_128X64 = [0xae, 0x20, 0x00, 0x40, 0xa1, 0xa8, 63, 0xc8, 0xd3, 0, 0xda, 0x12, 0xd5, 0x80, 0xd9, 0xf1, 0xdb, 0x30, 0x81, 0xff, 0xa4, 0xa6, 0x8d, 0x14, 0xaf];

describe("SSD1306", () => {
  it("draws data written in horizontal mode upright with the drivers' remaps (A1, C8)", () => {
    const chip = new Rp2040();
    const oled = chip.parts.wire({ kind: "ssd1306", pins: { sda: 4, scl: 5 } }) as OledPart;
    // Commands one at a time with Co=1 (as adafruit_ssd1306 sends them), then a window and data.
    for (const c of INIT_128X64) i2cWrite(chip, 0x3c, [0x80, c]);
    i2cWrite(chip, 0x3c, [0x00, 0x21, 0, 127, 0x22, 0, 7]);
    i2cWrite(chip, 0x3c, [0x40, 0b0000_0101, 0xff]);
    const px = oled.pixels();
    expect([px[0], px[128], px[256]]).toEqual([1, 0, 1]);
    expect(px[1] + px[129 + 128 * 6]).toBe(2);
    expect(oled.controller.on).toBe(true);
    expect(oled.state()).toMatchObject({ width: 128, height: 64, on: true, contrast: 0xff });
  });

  it("wraps the column window onto the next page, and page mode stays on its page", () => {
    const c = new Ssd1306Controller();
    for (const b of [0x20, 0x00, 0x21, 10, 11, 0x22, 2, 3]) c.command(b);
    for (let i = 0; i < 5; i++) c.data(i + 1);
    expect([c.ram[2 * 128 + 10], c.ram[2 * 128 + 11], c.ram[3 * 128 + 10], c.ram[3 * 128 + 11], c.ram[2 * 128 + 10]]).toEqual([5, 2, 3, 4, 5]);
    for (const b of [0x20, 0x02, 0xb5, 0x0f, 0x17]) c.command(b);
    c.data(0x81);
    expect(c.ram[5 * 128 + 0x7f]).toBe(0x81);
    expect(c.page).toBe(5);
  });

  it("shows nothing while off, inverts, and lights everything with A5", () => {
    const c = new Ssd1306Controller();
    for (const b of [0xa1, 0xc8]) c.command(b);
    expect(panelPixels(c, 128, 64).some((p) => p === 1)).toBe(false);
    c.command(0xaf);
    c.command(0xa7);
    expect(panelPixels(c, 128, 64).every((p) => p === 1)).toBe(true);
    c.command(0xa6);
    c.command(0xa5);
    expect(panelPixels(c, 128, 64).every((p) => p === 1)).toBe(true);
  });

  it("leaves an address it is not strapped to unacknowledged", () => {
    const chip = new Rp2040();
    chip.parts.wire({ kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3d });
    expect(i2cWrite(chip, 0x3c, [0x80, 0xaf])).toBe(false);
    expect(i2cWrite(chip, 0x3d, [0x80, 0xaf])).toBe(true);
  });
});

describe("SSD1306 on SPI", () => {
  it("takes commands while D/C is low and data while it is high, only when selected", () => {
    const chip = new Rp2040();
    const oled = chip.parts.wire({ kind: "ssd1306-spi", pins: { sck: 18, mosi: 19, dc: 20, cs: 17 } }) as OledPart;
    const pins = { sck: 18, mosi: 19, miso: null };
    chip.gpio.drive(17, 1);
    chip.spi.transfer(pins, Uint8Array.of(0xaf));
    expect(oled.controller.on).toBe(false);
    chip.gpio.drive(17, 0);
    chip.gpio.drive(20, 0);
    chip.spi.transfer(pins, Uint8Array.of(0xa1, 0xc8, 0xaf));
    chip.gpio.drive(20, 1);
    chip.spi.transfer(pins, Uint8Array.of(0x01));
    chip.gpio.drive(17, 1);
    expect(oled.controller.on).toBe(true);
    expect(oled.pixels()[0]).toBe(1);
    expect(chip.parts.snapshot()[0]).toMatchObject({ id: "ssd1306-spi1", kind: "ssd1306-spi", state: { on: true } });
  });
});

describe("SH1106", () => {
  it("shows RAM columns 2..129 on its 128-pixel panel in page mode", () => {
    const chip = new Rp2040();
    const oled = chip.parts.wire({ kind: "sh1106", pins: { sda: 4, scl: 5 } }) as OledPart;
    i2cWrite(chip, 0x3c, [0x80, 0xaf]);
    i2cWrite(chip, 0x3c, [0x00, 0xb0, 0x02, 0x10]);
    i2cWrite(chip, 0x3c, [0x40, 0x01, 0x00, 0x01]);
    const px = oled.pixels();
    expect([px[0], px[1], px[2]]).toEqual([1, 0, 1]);
  });
});

describe("character LCD", () => {
  /** Sends a byte in 4-bit mode through the PCF8574 as i2c_lcd.py does (E pulses, backlight on). */
  function pcfByte(chip: Rp2040, rs: 0 | 1, byte: number): void {
    for (const nibble of [byte >> 4, byte & 15]) {
      const v = (nibble << 4) | 0x08 | rs;
      i2cWrite(chip, 0x27, [v | 0x04]);
      i2cWrite(chip, 0x27, [v]);
    }
  }

  it("runs the 4-bit init sequence through the PCF8574 backpack and shows text on both lines", () => {
    const chip = new Rp2040();
    const lcd = chip.parts.wire({ kind: "lcd-i2c", pins: { sda: 4, scl: 5 } }) as CharLcdPart;
    for (const n of [0x3, 0x3, 0x3, 0x2]) {
      i2cWrite(chip, 0x27, [(n << 4) | 0x0c]);
      i2cWrite(chip, 0x27, [(n << 4) | 0x08]);
    }
    for (const cmd of [0x28, 0x0c, 0x06, 0x01]) pcfByte(chip, 0, cmd);
    for (const ch of "Hello") pcfByte(chip, 1, ch.charCodeAt(0));
    pcfByte(chip, 0, 0x80 | 0x40);
    for (const ch of "Pico") pcfByte(chip, 1, ch.charCodeAt(0));
    expect(lcd.lines()).toEqual(["Hello           ", "Pico            "]);
    expect(lcd.state()).toMatchObject({ backlight: true, cursor: null });
  });

  it("latches the parallel bus on E's falling edge", () => {
    const chip = new Rp2040();
    const pins = { rs: 0, e: 1, d4: 2, d5: 3, d6: 4, d7: 5 };
    const lcd = chip.parts.wire({ kind: "lcd-gpio", pins }) as CharLcdPart;
    const put = (rs: number, nibble: number) => {
      chip.gpio.drive(pins.rs, rs as 0 | 1);
      [2, 3, 4, 5].forEach((pin, i) => chip.gpio.drive(pin, ((nibble >> i) & 1) as 0 | 1));
      chip.gpio.drive(pins.e, 1);
      chip.gpio.drive(pins.e, 0);
    };
    for (const n of [3, 3, 3, 2]) put(0, n);
    for (const b of [0x28, 0x0c, 0x01, 0x41, 0x42]) {
      const rs = b >= 0x41 ? 1 : 0;
      put(rs, b >> 4);
      put(rs, b & 15);
    }
    expect(lcd.lines()[0].startsWith("AB")).toBe(true);
  });
});
