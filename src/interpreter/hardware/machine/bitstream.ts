// machine.bitstream(pin, encoding, timing, buf) and MicroPython's frozen `neopixel` module built on it: the CPU
// bit-bangs the pad (encoding 0: high-low, timing (high0, low0, high1, low1) in ns) with interrupts off.
import type { PyValue } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { sleepMicros } from "../../modules/host-ref";
import { mpInt } from "../mp-args";
import { frozenModule } from "../frozen";
import { requireBufferInfo } from "../rp2/buffers";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { machineHw, machineSession } from "./context";
import { pinNumberArg } from "./pin";
import { NEOPIXEL_SOURCE } from "./neopixel-source";

/** MICROPY_MACHINE_BITSTREAM_TYPE_HIGH_LOW. */
const TYPE_HIGH_LOW = 0;

/** mp_obj_get_array_fixed_n(timing, 4). */
function timingArg(v: PyValue): number[] {
  if (!(v instanceof PyList) && !(v instanceof PyTuple)) return raiseTypeError(`object '${typeOf(v).name}' isn't a tuple or list`);
  if (v.items.length !== 4) raiseValueError(`requested length 4 but object has length ${v.items.length}`);
  return v.items.map(mpInt);
}

function bitstream(pin: PyValue, encoding: PyValue, timing: PyValue, buf: PyValue): PyValue {
  const gpio = pinNumberArg(pin);
  const type = mpInt(encoding);
  const data = requireBufferInfo(buf).bytes;
  if (type !== TYPE_HIGH_LOW) return raiseValueError("encoding");
  const durationUs = machineHw().neopixel.bitstream(gpio, timingArg(timing), data.slice());
  // The CPU is busy for the whole stream (interrupts off): the board's time moves on by its length.
  sleepMicros(Math.ceil(durationUs));
  return None;
}

export const bitstreamFunction = builtinFunction("bitstream", 4, 4, bitstream);

/** The frozen `neopixel` module (NeoPixel class over machine.bitstream). */
export function createNeopixelModule(): PyModule {
  machineSession();
  return frozenModule("neopixel", NEOPIXEL_SOURCE, "neopixel.py");
}
