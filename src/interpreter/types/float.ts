// The float type: a boxed JS number so that 1.0 and 1 stay distinct; single precision rounds every result with Math.fround.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented, typeOf } from "../runtime/builtin-types";
import type { PyType, CompareOp } from "../runtime/type";
import { roundFloat } from "../runtime/config";
import { raiseTypeError } from "../runtime/errors";
import { floatRepr } from "./numeric/float-format";
import { floatDivmod, floatMod, floatTrueDiv, compareIntFloat, compareFloats, floatHash, floatToInt } from "./numeric/float-ops";
import { formatFloatSpec } from "./numeric/number-format";
import { parseFloatText } from "./numeric/parse";
import { getBuffer } from "./text/buffer";
import { latin1String } from "./text/utf8";
import { floatPowValue } from "./int";
import { PyTuple } from "./tuple";

export const floatType = makeBuiltinType("float");
builtinTypes.set("float", floatType);

export class PyFloat extends PyObject {
  constructor(readonly value: number, type: PyType = floatType) {
    super(type);
  }
}


/** A new float rounded to the interpreter's precision. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(roundFloat(x));
}

/** A float operand as a JS number (int and bool converted), or undefined when `v` is not int/bool/float. */
export function asFloatOperand(v: PyValue): number | undefined {
  switch (typeof v) {
    case "number":
      return roundFloat(v);
    case "bigint":
      return roundFloat(Number(v));
    case "boolean":
      return v ? 1 : 0;
  }
  return v instanceof PyFloat ? v.value : undefined;
}

type FloatOp = (x: number, y: number) => PyValue;

function arith(op: FloatOp): [(s: PyFloat, o: PyValue) => PyValue, (s: PyFloat, o: PyValue) => PyValue] {
  const forward = (self: PyFloat, other: PyValue): PyValue => {
    const y = asFloatOperand(other);
    return y === undefined ? NotImplemented : op(self.value, y);
  };
  const reflected = (self: PyFloat, other: PyValue): PyValue => {
    const x = asFloatOperand(other);
    return x === undefined ? NotImplemented : op(x, self.value);
  };
  return [forward, reflected];
}

const [add, radd] = arith((x, y) => newFloat(x + y));
const [sub, rsub] = arith((x, y) => newFloat(x - y));
const [mul, rmul] = arith((x, y) => newFloat(x * y));
const [truediv, rtruediv] = arith((x, y) => newFloat(floatTrueDiv(x, y)));
const [floordiv, rfloordiv] = arith((x, y) => newFloat(floatDivmod(x, y)[0]));
const [mod, rmod] = arith((x, y) => newFloat(floatMod(x, y)));
const [pow, rpow] = arith(floatPowValue);
const [divmod, rdivmod] = arith((x, y) => {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([newFloat(q), newFloat(r)]);
});

function floatRichCompare(self: PyFloat, other: PyValue, op: CompareOp): PyValue {
  if (other instanceof PyFloat) return compareFloats(self.value, other.value, op);
  switch (typeof other) {
    case "number":
    case "bigint":
      return compareIntFloat(other, self.value, REVERSED[op]);
    case "boolean":
      return compareFloats(self.value, other ? 1 : 0, op);
  }
  return NotImplemented;
}

const REVERSED: Record<CompareOp, CompareOp> = { lt: "gt", le: "ge", eq: "eq", ne: "ne", gt: "lt", ge: "le" };

/** float(x): text is parsed, numbers converted, other objects go through their float slot (`__float__`). */
export function toFloatValue(v: PyValue): number {
  const direct = asFloatOperand(v);
  if (direct !== undefined) return direct;
  if (typeof v === "string") return roundFloat(parseFloatText(v));
  const slots = typeOf(v).slots;
  if (slots.float !== undefined) return roundFloat(slots.float(v));
  const data = getBuffer(v);
  if (data !== null) return roundFloat(parseFloatText(latin1String(data)));
  if (slots.index !== undefined) return roundFloat(Number(slots.index(v)));
  return raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}

function newFloatFromArgs(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  const value = args.length === 0 ? 0 : toFloatValue(args[0]);
  if (type !== floatType) return new PyFloat(value, type);
  if (args.length === 1 && args[0] instanceof PyFloat && args[0].$type === floatType) return args[0];
  return new PyFloat(value);
}

floatType.defineSlots({
  repr: (self: PyFloat) => floatRepr(self.value),
  hash: (self: PyFloat) => floatHash(self.value),
  richcompare: floatRichCompare,
  bool: (self: PyFloat) => self.value !== 0,
  neg: (self: PyFloat) => new PyFloat(-self.value),
  pos: (self: PyFloat) => self,
  abs: (self: PyFloat) => (self.value < 0 || Object.is(self.value, -0) ? new PyFloat(-self.value) : self),
  float: (self: PyFloat) => self.value,
  int: (self: PyFloat) => floatToInt(self.value),
  format: (self: PyFloat, spec: string) => formatFloatSpec(self.value, spec),
  new: newFloatFromArgs,
  add, radd, sub, rsub, mul, rmul, truediv, rtruediv, floordiv, rfloordiv, mod, rmod,
  divmod, rdivmod, pow, rpow,
});
