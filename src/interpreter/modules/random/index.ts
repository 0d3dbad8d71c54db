// The `random` module on MicroPython's Yasmarang generator (seeded from the hardware RNG at import, like a
// board, unless the program calls seed()).
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, IndexError, ValueError, raiseValueError } from "../../runtime/errors";
import { config, roundFloat } from "../../runtime/config";
import { builtinFunction } from "../../runtime/function";
import { getItem, len } from "../../runtime/protocol";
import { PyFloat } from "../../types/float";
import { PyModule } from "../../types/module";
import { floatArg, intArg, uint32Arg } from "../args";
import { Yasmarang } from "./yasmarang";

const rng = new Yasmarang();

/** ValueError() with no message, as MicroPython raises for empty ranges. */
const emptyRange = (): never => {
  throw newException(ValueError);
};

function randrange(startArg: PyValue, stopArg?: PyValue, stepArg?: PyValue): PyValue {
  const start = intArg(startArg);
  if (stopArg === undefined) return start > 0 ? rng.below(start) : emptyRange();
  const stop = intArg(stopArg);
  if (stepArg === undefined) return start < stop ? start + rng.below(stop - start) : emptyRange();
  const step = intArg(stepArg);
  let n: number;
  if (step > 0) n = Math.trunc((stop - start + step - 1) / step);
  else if (step < 0) n = Math.trunc((stop - start + step + 1) / step);
  else return emptyRange();
  return n > 0 ? start + step * rng.below(n) : emptyRange();
}

const randomFloat = () => roundFloat(rng.float(config.singlePrecision));

/** A board seeds the generator from its hardware RNG once per boot; the interpreter calls this per run. */
export function reseedRandom(): void {
  rng.seed(Math.floor(Math.random() * 2 ** 32));
}

export function createRandomModule(): PyModule {
  const m = new PyModule("random");
  m.set("getrandbits", builtinFunction("getrandbits", 1, 1, (nArg: PyValue) => {
    const n = intArg(nArg);
    if (n > 32 || n < 0) raiseValueError("bits must be 32 or less");
    return n === 0 ? 0 : (rng.next() & (0xffffffff >>> (32 - n))) >>> 0;
  }));
  m.set("seed", builtinFunction("seed", 0, 1, (s?: PyValue) => {
    rng.seed(s === undefined || s === None ? Math.floor(Math.random() * 2 ** 32) : uint32Arg(s));
    return None;
  }));
  m.set("randrange", builtinFunction("randrange", 1, 3, randrange));
  m.set("randint", builtinFunction("randint", 2, 2, (a: PyValue, b: PyValue) => {
    const lo = intArg(a);
    const hi = intArg(b);
    return lo <= hi ? lo + rng.below(hi - lo + 1) : emptyRange();
  }));
  m.set("choice", builtinFunction("choice", 1, 1, (seq: PyValue) => {
    const n = len(seq);
    if (n <= 0) throw newException(IndexError);
    return getItem(seq, rng.below(n));
  }));
  m.set("random", builtinFunction("random", 0, 0, () => new PyFloat(randomFloat())));
  m.set("uniform", builtinFunction("uniform", 2, 2, (a: PyValue, b: PyValue) => {
    const lo = floatArg(a);
    const hi = floatArg(b);
    return new PyFloat(roundFloat(lo + (hi - lo) * randomFloat()));
  }));
  return m;
}
