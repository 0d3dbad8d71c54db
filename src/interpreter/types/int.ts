// The int type: JS numbers for safe integers, normalised bigints beyond; slots dispatch to the exact helpers in numeric/int-ops.ts.
import { makeBuiltinType, registerPrimitiveType, builtinTypes, NotImplemented, typeOf } from "../runtime/builtin-types";
import type { PyValue, Kw } from "../runtime/object";
import type { CompareOp, PyType } from "../runtime/type";
import { roundFloat } from "../runtime/config";
import { raiseTypeError } from "../runtime/errors";
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intLshift, intRshift, intAnd, intOr, intXor,
  intNeg, intInvert, intAbs, intTrueDiv, powMod, type IntValue,
} from "./numeric/int-ops";
import { floatDivmod, floatMod, floatPow, floatTrueDiv, compareIntFloat, compareResult, intHash } from "./numeric/float-ops";
import { formatIntSpec } from "./numeric/number-format";
import { newIntFromArgs } from "./numeric/int-new";
import { intFromBytes, intToBytes } from "./numeric/int-bytes";
import { PyFloat } from "./float";
import { complexPowFromReal } from "./complex";
import { PyTuple } from "./tuple";
import { defineMethods, builtinMethodKw, PyMethodDescriptor } from "../runtime/function";

export const intType = makeBuiltinType("int");
registerPrimitiveType("int", intType);
builtinTypes.set("int", intType);

/** Turns a bigint into the canonical int value: a number when it is a safe integer. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** An int operand (bool counts as 0/1), or undefined for anything else. */
export function asInt(v: PyValue): IntValue | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** An int converted to a float value of the current precision. */
export function intAsFloat(v: IntValue): number {
  return roundFloat(typeof v === "number" ? v : Number(v));
}

function newFloat(x: number): PyFloat {
  return new PyFloat(roundFloat(x));
}

/** self of an int slot may be a bool (bool inherits int's slots). */
function selfInt(self: PyValue): IntValue {
  return typeof self === "boolean" ? (self ? 1 : 0) : (self as IntValue);
}

type IntOp = (a: IntValue, b: IntValue) => PyValue;
type FloatOp = (a: number, b: number) => PyValue;

/**
 * Builds the forward and reflected slots of one operator: int⊕int with `onInt`, int⊕float with `onFloat`
 * (the int converted to float first), NotImplemented otherwise (complex handles its reflected side).
 */
function arith(onInt: IntOp, onFloat: FloatOp | null): [(s: PyValue, o: PyValue) => PyValue, (s: PyValue, o: PyValue) => PyValue] {
  const forward = (self: PyValue, other: PyValue): PyValue => {
    const b = asInt(other);
    if (b !== undefined) return onInt(selfInt(self), b);
    if (onFloat !== null && other instanceof PyFloat) return onFloat(intAsFloat(selfInt(self)), other.value);
    return NotImplemented;
  };
  const reflected = (self: PyValue, other: PyValue): PyValue => {
    const a = asInt(other);
    if (a !== undefined) return onInt(a, selfInt(self));
    if (onFloat !== null && other instanceof PyFloat) return onFloat(other.value, intAsFloat(selfInt(self)));
    return NotImplemented;
  };
  return [forward, reflected];
}

/** `a ** b` for ints: exact for b >= 0, a float for negative exponents (0 ** -1 is ZeroDivisionError). */
export function intPowValue(a: IntValue, b: IntValue): PyValue {
  if (b < 0) return floatPowValue(intAsFloat(a), intAsFloat(b));
  return intPow(a, b);
}

/** Float power that turns into complex power when Python's answer is complex. */
export function floatPowValue(x: number, y: number): PyValue {
  const r = floatPow(x, y);
  return r === null ? complexPowFromReal(x, y) : newFloat(r);
}

function floatDivmodTuple(x: number, y: number): PyValue {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([newFloat(q), newFloat(r)]);
}

const [add, radd] = arith(intAdd, (x, y) => newFloat(x + y));
const [sub, rsub] = arith(intSub, (x, y) => newFloat(x - y));
const [mul, rmul] = arith(intMul, (x, y) => newFloat(x * y));
const [truediv, rtruediv] = arith((a, b) => newFloat(intTrueDiv(a, b)), (x, y) => newFloat(floatTrueDiv(x, y)));
const [floordiv, rfloordiv] = arith(intFloorDiv, (x, y) => newFloat(floatDivmod(x, y)[0]));
const [mod, rmod] = arith(intMod, (x, y) => newFloat(floatMod(x, y)));
const [divmod, rdivmod] = arith((a, b) => new PyTuple([intFloorDiv(a, b), intMod(a, b)]), floatDivmodTuple);
const [pow, rpow] = arith(intPowValue, floatPowValue);
const [lshift, rlshift] = arith(intLshift, null);
const [rshift, rrshift] = arith(intRshift, null);
const [and, rand] = arith(intAnd, null);
const [or, ror] = arith(intOr, null);
const [xor, rxor] = arith(intXor, null);

function intRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const a = selfInt(self);
  const b = asInt(other);
  if (b !== undefined) return compareResult(a < b ? -1 : a > b ? 1 : 0, op);
  if (other instanceof PyFloat) return compareIntFloat(a, other.value, op);
  return NotImplemented;
}

intType.defineSlots({
  repr: (self: IntValue) => String(self),
  hash: (self: PyValue) => intHash(selfInt(self)),
  richcompare: intRichCompare,
  bool: (self: PyValue) => selfInt(self) != 0,
  neg: (self: PyValue) => intNeg(selfInt(self)),
  pos: (self: PyValue) => selfInt(self),
  invert: (self: PyValue) => intInvert(selfInt(self)),
  abs: (self: PyValue) => intAbs(selfInt(self)),
  index: (self: PyValue) => selfInt(self),
  int: (self: PyValue) => selfInt(self),
  float: (self: PyValue) => intAsFloat(selfInt(self)),
  format: (self: PyValue, spec: string) => (spec === "" ? String(selfInt(self)) : formatIntSpec(selfInt(self), spec, typeOf(self).name)),
  new: (type: PyType, args: PyValue[], kw: Kw | null) => newIntFromArgs(type, args, kw),
  add, radd, sub, rsub, mul, rmul, truediv, rtruediv, floordiv, rfloordiv, mod, rmod,
  divmod, rdivmod, pow, rpow, lshift, rlshift, rshift, rrshift, and, rand, or, ror, xor, rxor,
});

/** pow(a, b, m) for the builtin: all three must be ints. */
export function powThree(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const x = asInt(a);
  const y = asInt(b);
  const z = asInt(m);
  if (x === undefined || y === undefined || z === undefined) raiseTypeError("pow() with 3 arguments requires integers");
  return powMod(x!, y!, z!);
}

defineMethods(intType, {
  from_bytes: new PyMethodDescriptor("from_bytes", 0, -1, null, (_cls, args, kw) => intFromBytes(args, kw), true),
  to_bytes: builtinMethodKw("to_bytes", (self, args, kw) => intToBytes(selfInt(self), args, kw)),
});
