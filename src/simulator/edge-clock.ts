// Sub-microsecond timestamps for pad edges. The virtual clock moves in whole steps, but a PIO program or a
// bit-banged stream changes a pin many times within one; they stamp each edge here so that parts listening to
// the pad (a WS2812 strip) can decode the waveform by its timing.
import type { VirtualClock } from "./clock";

export class EdgeClock {
  private stampNs: number | null = null;

  constructor(private readonly clock: VirtualClock) {}

  /** When the pad edge being reported happened, in ns since power-on. */
  nowNs(): number {
    return this.stampNs ?? this.clock.nowUs * 1000;
  }

  /** Stamps the edges reported from now on at `ns`; returns the stamp to restore with unstamp (stamps nest). */
  stamp(ns: number): number | null {
    const outer = this.stampNs;
    this.stampNs = ns;
    return outer;
  }

  unstamp(outer: number | null): void {
    this.stampNs = outer;
  }

  /** True while a stamped change runs (the edge comes from a PIO program or a bit-stream, not the CPU's own write). */
  get stamping(): boolean {
    return this.stampNs !== null;
  }

  /** Runs `change` (which drives pads) with its edges stamped at `ns`. */
  at<T>(ns: number, change: () => T): T {
    const outer = this.stampNs;
    this.stampNs = ns;
    try {
      return change();
    } finally {
      this.stampNs = outer;
    }
  }
}
