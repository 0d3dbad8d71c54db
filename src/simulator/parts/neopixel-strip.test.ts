// The WS2812 decoder: bits by high-pulse width, frames by the reset gap, GRB(W) order, strips found on any pad.
import { describe, expect, it } from "vitest";
import { NeopixelStrip } from "./neopixel-strip";
import { Rp2040 } from "../rp2040";
import { GpioFunction } from "../gpio";

/** Feeds `bytes` as WS2812 bits from `startNs` (high 400/800 ns, 1250 ns per bit); returns the end time. */
function send(strip: NeopixelStrip, bytes: number[], startNs: number, highOne = 800, highZero = 400): number {
  let t = startNs;
  for (const byte of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      strip.edge(1, t);
      strip.edge(0, t + ((byte >> bit) & 1 ? highOne : highZero));
      t += 1250;
    }
  }
  return t;
}

describe("NeoPixel strip decoder", () => {
  it("decodes GRB pixels in order and restarts at the first pixel after a reset gap", () => {
    const strip = new NeopixelStrip(3);
    let t = send(strip, [0x10, 0xff, 0x00, 0x00, 0x00, 0x80], 0);
    expect(strip.colors).toEqual([[255, 16, 0], [0, 0, 128]]);
    t = send(strip, [1, 2, 3], t + 60_000);
    expect(strip.colors).toEqual([[2, 1, 3], [0, 0, 128]]);
    // Without a reset the data goes on to the next pixel.
    send(strip, [4, 5, 6], t + 10_000);
    expect(strip.colors).toEqual([[2, 1, 3], [5, 4, 6]]);
    expect(strip.present).toBe(true);
  });

  it("accepts the timings of the PIO programs and bitstream (250-875 ns highs), ignores slow waveforms", () => {
    const strip = new NeopixelStrip(0);
    send(strip, [0xaa, 0x55, 0x0f], 0, 875, 250);
    expect(strip.colors).toEqual([[0x55, 0xaa, 0x0f]]);
    const blink = new NeopixelStrip(25);
    for (let i = 0; i < 100; i++) {
      blink.edge(1, i * 1e9);
      blink.edge(0, i * 1e9 + 5e8);
    }
    expect(blink.present).toBe(false);
  });

  it("reads RGBW strips 4 bytes a pixel and keeps pixels beyond a fixed length off the strip", () => {
    const strip = new NeopixelStrip(1, { bytesPerPixel: 4, count: 1 });
    expect(strip.colors).toEqual([[0, 0, 0, 0]]);
    send(strip, [1, 2, 3, 4, 9, 9, 9, 9], 0);
    expect(strip.colors).toEqual([[2, 1, 3, 4]]);
  });

  it("finds a strip on a pad driven by machine.bitstream's edges", () => {
    const chip = new Rp2040();
    chip.gpio.setFunction(7, GpioFunction.SIO);
    chip.gpio.setOutputEnable(7, true);
    const us = chip.neopixels.bitstream(7, [400, 850, 800, 450], Uint8Array.of(0, 255, 0));
    expect(us).toBeCloseTo(30, 0);
    expect(chip.neopixels.strips()).toEqual([{ pin: 7, colors: [[255, 0, 0]], version: 1 }]);
  });
});
