// MicroPython's wrap-around tick arithmetic: ticks live in [0, 2**30) and differences are signed modulo 2**30.

export const TICKS_PERIOD = 2 ** 30;
const TICKS_MASK = TICKS_PERIOD - 1;
const TICKS_HALF = TICKS_PERIOD / 2;

/** Wraps a raw counter (microseconds or milliseconds since boot) into the ticks range. */
export function wrapTicks(raw: number): number {
  return raw % TICKS_PERIOD;
}

/** The signed distance from `start` to `end` in [-2**29, 2**29). */
export function ticksDiff(end: number, start: number): number {
  return ((end - start + TICKS_HALF) & TICKS_MASK) - TICKS_HALF;
}

/**
 * `ticks + delta` wrapped, or null when `delta` is outside what ticksDiff can give back (MicroPython raises
 * "ticks interval overflow").
 */
export function ticksAdd(ticks: number, delta: number): number | null {
  if (delta <= -TICKS_HALF || delta >= TICKS_HALF) return null;
  return (ticks + delta) & TICKS_MASK;
}
