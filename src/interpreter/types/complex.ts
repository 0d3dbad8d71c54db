// The complex type: a pair of floats, with MicroPython's arithmetic (exp/log power), repr and errors.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented, typeOf } from "../runtime/builtin-types";
import type { PyType, CompareOp } from "../runtime/type";
import { roundFloat } from "../runtime/config";
import { raiseTypeError, raiseZeroDivisionError } from "../runtime/errors";
import { genericGetAttr, callSpecial } from "../runtime/attributes";
import { formatFloat } from "./numeric/float-format";
import { floatHash } from "./numeric/float-ops";
import { parseComplexText } from "./numeric/parse";
import { PyFloat, toFloatValue } from "./float";

export const complexType = makeBuiltinType("complex");
builtinTypes.set("complex", complexType);

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type: PyType = complexType) {
    super(type);
  }
}

/** A complex rounded to the interpreter's precision. */
export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(roundFloat(real), roundFloat(imag));
}

/** [real, imag] of an int, bool, float or complex operand; undefined for anything else. */
export function asComplexOperand(v: PyValue): [number, number] | undefined {
  switch (typeof v) {
    case "number":
      return [roundFloat(v), 0];
    case "bigint":
      return [roundFloat(Number(v)), 0];
    case "boolean":
      return [v ? 1 : 0, 0];
  }
  if (v instanceof PyFloat) return [v.value, 0];
  if (v instanceof PyComplex) return [v.real, v.imag];
  return undefined;
}

const r = roundFloat;

/** |a + bj| as MicroPython computes it: sqrt(a*a + b*b) in the build's precision (not hypot: it overflows to
 *  inf for huge parts and differs from hypot in the last bit for a third of values). */
function magnitude(a: number, b: number): number {
  return r(Math.sqrt(r(r(a * a) + r(b * b))));
}

function complexDiv(a: number, b: number, c: number, d: number): PyComplex {
  if (d === 0) {
    if (c === 0) raiseZeroDivisionError("complex divide by zero");
    return newComplex(a / c, b / c);
  }
  if (c === 0) return newComplex(b / d, -a / d);
  const lengthSquared = r(r(c * c) + r(d * d));
  return newComplex(r(r(a * c) + r(b * d)) / lengthSquared, r(r(b * c) - r(a * d)) / lengthSquared);
}

/** z1 ** z2 = exp(z2 * ln(z1)), as MicroPython computes it (so (1+2j)**2 has rounding noise). */
function complexPow(a: number, b: number, c: number, d: number): PyComplex {
  if (c === 0 && d === 0) return newComplex(1, 0);
  if (a === 0 && b === 0) {
    if (d !== 0 || c < 0) raiseZeroDivisionError("0.0 to a complex power");
    return newComplex(0, 0);
  }
  const ln1 = r(Math.log(magnitude(a, b)));
  const arg1 = r(Math.atan2(b, a));
  const x3 = r(r(c * ln1) - r(d * arg1));
  const y3 = r(r(d * ln1) + r(c * arg1));
  const expX3 = r(Math.exp(x3));
  return newComplex(expX3 * r(Math.cos(y3)), expX3 * r(Math.sin(y3)));
}

/** Float ** float when the result is complex (negative base, fractional exponent). */
export function complexPowFromReal(x: number, y: number): PyComplex {
  return complexPow(x, 0, y, 0);
}

type ComplexOp = (a: number, b: number, c: number, d: number) => PyValue;

function arith(op: ComplexOp): [(s: PyComplex, o: PyValue) => PyValue, (s: PyComplex, o: PyValue) => PyValue] {
  const forward = (self: PyComplex, other: PyValue): PyValue => {
    const o = asComplexOperand(other);
    return o === undefined ? NotImplemented : op(self.real, self.imag, o[0], o[1]);
  };
  const reflected = (self: PyComplex, other: PyValue): PyValue => {
    const o = asComplexOperand(other);
    return o === undefined ? NotImplemented : op(o[0], o[1], self.real, self.imag);
  };
  return [forward, reflected];
}

const [add, radd] = arith((a, b, c, d) => newComplex(a + c, b + d));
const [sub, rsub] = arith((a, b, c, d) => newComplex(a - c, b - d));
const [mul, rmul] = arith((a, b, c, d) => newComplex(r(a * c) - r(b * d), r(a * d) + r(b * c)));
const [truediv, rtruediv] = arith(complexDiv);
const [pow, rpow] = arith(complexPow);
const noFloorDiv = (_self: PyComplex, other: PyValue): PyValue => {
  if (asComplexOperand(other) === undefined) return NotImplemented;
  return raiseTypeError("can't truncate-divide a complex number");
};

/** The components as MicroPython prints them: repr-precision 'g' without the ".0" floats get. */
function componentText(x: number): string {
  return formatFloat(x, "r", 0, "");
}

export function complexRepr(real: number, imag: number): string {
  if (real === 0) return componentText(imag) + "j";
  const sign = imag >= 0 || Number.isNaN(imag) ? "+" : "";
  return "(" + componentText(real) + sign + componentText(imag) + "j)";
}

function complexRichCompare(self: PyComplex, other: PyValue, op: CompareOp): PyValue {
  if (op !== "eq" && op !== "ne") return NotImplemented;
  const o = asComplexOperand(other);
  if (o === undefined) return NotImplemented;
  const equal = self.real === o[0] && self.imag === o[1];
  return op === "eq" ? equal : !equal;
}

/** complex(x): text, numbers, or an object's `__complex__` (which must return a complex) or `__float__`. */
function complexOfOne(v: PyValue): [number, number] {
  if (typeof v === "string") return parseComplexText(v);
  const direct = asComplexOperand(v);
  if (direct !== undefined) return direct;
  const viaDunder = callSpecial(v, "__complex__", []);
  if (viaDunder !== undefined) {
    if (!(viaDunder instanceof PyComplex)) raiseTypeError("__complex__ returned non-complex");
    const z = viaDunder as PyComplex;
    return [z.real, z.imag];
  }
  if (typeOf(v).slots.float === undefined && typeOf(v).lookup("__float__") === undefined) {
    raiseTypeError(`can't convert ${typeOf(v).name} to complex`);
  }
  return [toFloatValue(v), 0];
}

function newComplexFromArgs(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  let real = 0;
  let imag = 0;
  if (args.length >= 1) [real, imag] = complexOfOne(args[0]);
  if (args.length === 2) {
    if (typeof args[1] === "string") raiseTypeError("complex() can't take second arg if first is a string");
    const [c, d] = complexOfOne(args[1]);
    // complex(a, b) == a + b*1j, so an imaginary part of b turns real.
    real = r(real - d);
    imag = r(imag + c);
  }
  return new PyComplex(r(real), r(imag), type);
}

complexType.defineSlots({
  repr: (self: PyComplex) => complexRepr(self.real, self.imag),
  hash: (self: PyComplex) => floatHash(self.real) ^ floatHash(self.imag),
  richcompare: complexRichCompare,
  bool: (self: PyComplex) => self.real !== 0 || self.imag !== 0,
  neg: (self: PyComplex) => new PyComplex(-self.real, -self.imag),
  pos: (self: PyComplex) => self,
  abs: (self: PyComplex) => new PyFloat(magnitude(self.real, self.imag)),
  int: () => raiseTypeError("can't convert complex to int"),
  float: () => raiseTypeError("can't convert complex to float"),
  getattr: (self: PyComplex, name: string) => {
    if (name === "real") return new PyFloat(self.real);
    if (name === "imag") return new PyFloat(self.imag);
    return genericGetAttr(self, self.$type, name);
  },
  new: newComplexFromArgs,
  add, radd, sub, rsub, mul, rmul, truediv, rtruediv, pow, rpow,
  floordiv: noFloorDiv, rfloordiv: noFloorDiv,
});
