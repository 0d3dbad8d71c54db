// round(x[, ndigits]) for ints and floats with Python's half-to-even rule; used by the round() builtin.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { callSpecial } from "../../runtime/attributes";
import { PyFloat } from "../float";
import { floatToInt, roundHalfEven, roundFloatDigits } from "./float-ops";
import { intAdd, intFloorDiv, intMod, intMul, intPow, intSub, type IntValue } from "./int-ops";

function asIntArg(v: PyValue): IntValue {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const slot = typeOf(v).slots.index;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** An int rounded to a multiple of 10**-ndigits (ndigits < 0), ties to even: round(125, -1) == 120. */
function roundIntDigits(v: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return v;
  const scale = intPow(10, typeof ndigits === "bigint" ? 400 : -ndigits);
  const remainder = intMod(v, scale);
  let down = intSub(v, remainder);
  const twice = intMul(remainder, 2);
  if (twice > scale || (twice == scale && intMod(intFloorDiv(down, scale), 2) == 1)) down = intAdd(down, scale);
  return down;
}

/** round(x) / round(x, ndigits): ints stay ints, floats become ints without ndigits and floats with it. */
export function roundNumber(x: PyValue, ndigits?: PyValue): PyValue {
  const withDigits = ndigits !== undefined && ndigits !== null && typeOf(ndigits).name !== "NoneType";
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") {
    const v = asIntArg(x);
    return withDigits ? roundIntDigits(v, asIntArg(ndigits!)) : v;
  }
  if (x instanceof PyFloat) {
    if (!withDigits) return floatToInt(roundHalfEven(x.value));
    const n = asIntArg(ndigits!);
    return new PyFloat(roundFloatDigits(x.value, Number(n)));
  }
  const viaDunder = callSpecial(x, "__round__", withDigits ? [ndigits!] : []);
  if (viaDunder !== undefined) return viaDunder;
  return raiseTypeError(`can't convert ${typeOf(x).name} to float`);
}
