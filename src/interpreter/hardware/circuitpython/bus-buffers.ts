// What CircuitPython's bus APIs share (busio/bitbangio I2C and SPI, adafruit_bus_device): the `start`/`end` and
// `out_start`…`in_end` keyword slices of a buffer, the firmware's clamping of them, and try_lock/unlock.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { requireBuffer } from "../../types/text/buffer";

const INT_MAX = 2 ** 31 - 1;

/** `start=0, end=sys.maxsize`, keyword-only, as the firmware's buffer arguments. */
export const SLICE_ARGS = [
  { name: "start", kind: "int" as const, kwOnly: true, dflt: 0 },
  { name: "end", kind: "int" as const, kwOnly: true, dflt: INT_MAX },
];

/** The two slices of a write-then-read (`out_start`, `out_end`, `in_start`, `in_end`). */
export const OUT_IN_SLICE_ARGS = [
  { name: "out_start", kind: "int" as const, kwOnly: true, dflt: 0 },
  { name: "out_end", kind: "int" as const, kwOnly: true, dflt: INT_MAX },
  { name: "in_start", kind: "int" as const, kwOnly: true, dflt: 0 },
  { name: "in_end", kind: "int" as const, kwOnly: true, dflt: INT_MAX },
];

/** The firmware's normalize_buffer_bounds: negative indices count from the end, the end is clamped. */
export function sliceBounds(length: number, start: number, end: number): [number, number] {
  let e = end;
  let s = start;
  if (e < 0) e += length;
  else if (e > length) e = length;
  if (s < 0) s += length;
  return [s, e < s ? s : e];
}

/** The bytes of `buffer[start:end]` (a view: writes go to the buffer). */
export function bufferSlice(buffer: PyValue, start: number, end: number): Uint8Array {
  const buf = requireBuffer(buffer);
  const [s, e] = sliceBounds(buf.length, start, end);
  return buf.subarray(s, e);
}

export interface LockableBus {
  locked: boolean;
  ensureLive(): void;
}

/** try_lock() and unlock(), the same on every CircuitPython bus. */
export function lockMethods<T extends LockableBus>() {
  return {
    try_lock: (self: T) => {
      self.ensureLive();
      if (self.locked) return false;
      self.locked = true;
      return true;
    },
    unlock: (self: T) => {
      self.ensureLive();
      self.locked = false;
      return None;
    },
  };
}
