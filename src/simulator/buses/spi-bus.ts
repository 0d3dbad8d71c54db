// SPI as the wires see it: targets on a clock pin, each selected by its chip-select pin (active low), exchanging a
// byte on MOSI for a byte on MISO at every eight clocks.
import type { GpioBank } from "../gpio";

/** A device on an SPI bus. */
export interface SpiTarget {
  /** The byte clocked in on MOSI while the device is selected; returns its byte on MISO, or null when it leaves MISO alone. */
  transfer(byte: number): number | null;
}

export interface SpiAttachment {
  sck: number;
  /** The data-in pin of the device (the controller's MOSI); undefined when the device only talks. */
  mosi?: number;
  /** The device's data-out pin (the controller's MISO). */
  miso?: number;
  /** Chip select, active low; undefined for a device that is always selected (a shift register latched separately). */
  cs?: number;
}

interface Attached extends SpiAttachment {
  target: SpiTarget;
}

export interface SpiPins {
  sck: number;
  mosi: number | null;
  miso: number | null;
}

/** Every SPI device wired to the board. */
export class SpiWiring {
  private readonly attached = new Set<Attached>();

  constructor(private readonly gpio: GpioBank) {}

  attach(where: SpiAttachment, target: SpiTarget): () => void {
    const entry = { ...where, target };
    this.attached.add(entry);
    return () => void this.attached.delete(entry);
  }

  /**
   * Clocks `out` through the devices selected now on these pins; the bytes on MISO come back. With no device
   * driving MISO the pad's own level (its pull, or the level it floats at) is read for every bit.
   */
  transfer(pins: SpiPins, out: Uint8Array): Uint8Array {
    const selected = this.selected(pins);
    const idle = pins.miso === null ? 0 : this.gpio.read(pins.miso) ? 0xff : 0;
    const got = new Uint8Array(out.length);
    for (let i = 0; i < out.length; i++) {
      let miso: number | null = null;
      for (const d of selected) {
        const reply = d.target.transfer(out[i]);
        // Several devices on MISO fight; the low bits win, as open-collector outputs would.
        if (reply !== null && d.miso === pins.miso) miso = miso === null ? reply & 0xff : miso & reply;
      }
      got[i] = miso ?? idle;
    }
    return got;
  }

  private selected(pins: SpiPins): Attached[] {
    const out: Attached[] = [];
    for (const d of this.attached) {
      if (d.sck !== pins.sck) continue;
      if (d.mosi !== undefined && d.mosi !== pins.mosi && d.miso !== pins.miso) continue;
      if (d.cs !== undefined && this.gpio.read(d.cs) !== 0) continue;
      out.push(d);
    }
    return out;
  }
}

/** How long `bytes` bytes take at `hz` (8 clocks a byte). */
export function spiTransferUs(bytes: number, hz: number): number {
  return hz > 0 ? (bytes * 8 * 1_000_000) / hz : 0;
}
