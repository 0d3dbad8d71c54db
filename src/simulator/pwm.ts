// The RP2040's PWM block: 8 slices × 2 channels with divider, TOP and compare registers, mapped onto GPIO pads.
import { GpioFunction, type GpioBank, type Level } from "./gpio";

export const PWM_SLICES = 8;

/** CSR.DIVMODE (datasheet 4.5.2.6): free-running, or counting gated / clocked by the B pin, which is then an input. */
export const DIVMODE = { DIV: 0, LEVEL: 1, RISE: 2, FALL: 3 } as const;

export interface PwmSlice {
  enabled: boolean;
  phaseCorrect: boolean;
  /** Clock divider as integer and 4-bit fraction (DIV_INT 1..255, 0 means 256; DIV_FRAC 0..15). */
  divInt: number;
  divFrac: number;
  top: number;
  compare: [number, number];
  invert: [boolean, boolean];
  divMode: number;
}

/** Which slice and channel a GPIO's PWM function drives (datasheet 4.5.2). */
export function pwmSliceOf(pin: number): { slice: number; channel: 0 | 1 } {
  return { slice: (pin >> 1) & 7, channel: (pin & 1) as 0 | 1 };
}

export class PwmBlock {
  readonly slices: PwmSlice[] = [];
  private listeners = new Set<(slice: number) => void>();

  constructor(private readonly gpio: GpioBank, private readonly sysClockHz: () => number) {
    for (let i = 0; i < PWM_SLICES; i++) {
      this.slices.push({
        enabled: false, phaseCorrect: false, divInt: 1, divFrac: 0, top: 0xffff, compare: [0, 0], invert: [false, false], divMode: DIVMODE.DIV,
      });
    }
    gpio.attachPeripheral(GpioFunction.PWM, (pin) => this.padOutput(pin));
  }

  /** Changes a slice's registers and refreshes the pads it drives. */
  configure(slice: number, change: Partial<Omit<PwmSlice, "compare" | "invert">>): void {
    Object.assign(this.slices[slice], change);
    this.changed(slice);
  }

  setCompare(slice: number, channel: 0 | 1, level: number): void {
    this.slices[slice].compare[channel] = level;
    this.changed(slice);
  }

  setInvert(slice: number, channel: 0 | 1, invert: boolean): void {
    this.slices[slice].invert[channel] = invert;
    this.changed(slice);
  }

  /** The share of each period a channel's output is high, 0..1 (what an LED's brightness follows). */
  dutyFraction(slice: number, channel: 0 | 1): number {
    const s = this.slices[slice];
    if (!s.enabled) return s.invert[channel] ? 1 : 0;
    const high = Math.min(s.compare[channel], s.top + 1) / (s.top + 1);
    return s.invert[channel] ? 1 - high : high;
  }

  /** The output frequency of a slice in Hz. */
  frequencyHz(slice: number): number {
    const s = this.slices[slice];
    const div = (s.divInt === 0 ? 256 : s.divInt) + s.divFrac / 16;
    return this.sysClockHz() / (div * (s.top + 1) * (s.phaseCorrect ? 2 : 1));
  }

  onChange(listener: (slice: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A pad driven by PWM reads high when the duty is above half (a logic-level view of a fast square wave). */
  private padOutput(pin: number): { level: Level; enabled: boolean } {
    const { slice, channel } = pwmSliceOf(pin);
    if (channel === 1 && this.slices[slice].divMode !== DIVMODE.DIV) return { level: 0, enabled: false };
    return { level: this.dutyFraction(slice, channel) >= 0.5 ? 1 : 0, enabled: true };
  }

  private changed(slice: number): void {
    for (let pin = 0; pin < 30; pin++) if (pwmSliceOf(pin).slice === slice) this.gpio.refresh(pin);
    for (const l of this.listeners) l(slice);
  }
}
