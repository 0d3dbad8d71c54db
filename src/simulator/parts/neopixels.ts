// The NeoPixel strips on the board: a WS2812 decoder listens on every pad, and a pad becomes a strip as soon as a
// well-formed pixel arrives on it (whether a PIO program, machine.bitstream or neopixel_write sent it). Also the
// CPU-timed bit stream machine.bitstream sends, stamped edge by edge so the decoder sees its real timing.
import type { VirtualClock } from "../clock";
import type { EdgeClock } from "../edge-clock";
import { GPIO_COUNT, type GpioBank } from "../gpio";
import { NeopixelStrip, type NeopixelStripOptions, type Rgb } from "./neopixel-strip";

export interface NeopixelStripView {
  pin: number;
  colors: readonly Rgb[];
  version: number;
}

export class NeopixelBank {
  private readonly decoders: NeopixelStrip[] = [];

  constructor(private readonly gpio: GpioBank, private readonly clock: VirtualClock, private readonly edgeClock: EdgeClock) {
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      const strip = new NeopixelStrip(pin);
      this.decoders.push(strip);
      gpio.onChange(pin, (level) => strip.edge(level, edgeClock.nowNs()));
    }
  }

  /** The strips that have received pixels (or were attached), in pin order. */
  strips(): NeopixelStripView[] {
    return this.decoders.filter((s) => s.present).map((s) => ({ pin: s.pin, colors: s.colors, version: s.version }));
  }

  /** The decoder on a pad, to read or configure (an RGBW strip, a fixed pixel count). */
  strip(pin: number): NeopixelStrip {
    return this.decoders[pin];
  }

  /** Wires a strip to a pad ahead of any data (the board view then shows it dark). */
  attach(pin: number, options: NeopixelStripOptions): NeopixelStrip {
    const strip = this.decoders[pin];
    strip.configure(options);
    return strip;
  }

  /**
   * machine.bitstream's high-low encoding on a pad in SIO output mode: each byte MSB first, a bit is high for
   * timing[0] ns then low timing[1] ns (0), or high timing[2] then low timing[3] (1). Edges are stamped at their
   * real times from now; returns the stream's length in µs (the caller lets that much time pass).
   */
  bitstream(pin: number, timingNs: readonly number[], data: Uint8Array): number {
    const [high0, low0, high1, low1] = timingNs;
    const start = this.clock.nowUs * 1000;
    let t = start;
    for (const byte of data) {
      for (let bit = 7; bit >= 0; bit--) {
        const one = (byte >> bit) & 1;
        this.edgeClock.at(t, () => this.gpio.setOutput(pin, 1));
        t += one ? high1 : high0;
        this.edgeClock.at(t, () => this.gpio.setOutput(pin, 0));
        t += one ? low1 : low0;
      }
    }
    return (t - start) / 1000;
  }
}
