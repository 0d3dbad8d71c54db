// The `math` module as MicroPython provides it: float functions with "math domain error", int-returning ceil/floor/trunc, factorial, isclose.
import type { PyValue, Kw } from "../runtime/object";
import { typeOf } from "../runtime/builtin-types";
import { roundFloat } from "../runtime/config";
import { raiseTypeError, raiseValueError, raiseZeroDivisionError } from "../runtime/errors";
import { builtinFunction, builtinFunctionKw } from "../runtime/function";
import { PyModule } from "../types/module";
import { PyFloat } from "../types/float";
import { PyTuple } from "../types/tuple";
import { normInt } from "../types/int";
import { floatToInt } from "../types/numeric/float-ops";
import { erf, erfc, gamma, lgamma } from "./math-special";

/** A numeric argument as a float (int, bool, float or an object with __float__); str is refused as MicroPython does. */
export function floatArg(v: PyValue): number {
  switch (typeof v) {
    case "number":
      return roundFloat(v);
    case "bigint":
      return roundFloat(Number(v));
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.value;
  const slot = typeof v === "object" ? typeOf(v).slots.float : undefined;
  if (slot !== undefined) return roundFloat(slot(v));
  return raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}

function mathError(): never {
  return raiseValueError("math domain error");
}

function newFloat(x: number): PyFloat {
  return new PyFloat(roundFloat(x));
}

/** One-argument function: a NaN from a non-NaN or an infinity from a finite argument is a domain error. */
function unary(fn: (x: number) => number): (v: PyValue) => PyValue {
  return (v) => {
    const x = floatArg(v);
    const r = roundFloat(fn(x));
    if ((Number.isNaN(r) && !Number.isNaN(x)) || (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x))) mathError();
    return new PyFloat(r);
  };
}

function binary(fn: (x: number, y: number) => number): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = floatArg(a);
    const y = floatArg(b);
    const r = roundFloat(fn(x, y));
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) mathError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) mathError();
    return new PyFloat(r);
  };
}

/** C's pow: 1**y and x**0 are 1 even for NaN; (-1)**±inf is 1. */
function cPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

/** C's fmod: the result has the sign of x; fmod(x, ±inf) is x. */
function cFmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  return x % y;
}

function copysign(x: number, y: number): number {
  const negative = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
  return negative ? -Math.abs(x) : Math.abs(x);
}

function signBitOfNaN(_y: number): boolean {
  // JS cannot observe a NaN's sign reliably; treat every NaN as positive.
  return false;
}

/** ceil/floor/trunc: ints pass through, floats round and become ints (OverflowError for inf, ValueError for nan). */
function toIntegral(round: (x: number) => number): (v: PyValue) => PyValue {
  return (v) => {
    if (typeof v === "number" || typeof v === "bigint") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return floatToInt(round(floatArg(v)));
  };
}

function log(args: PyValue[]): PyValue {
  const x = floatArg(args[0]);
  if (x <= 0) mathError();
  const l = roundFloat(Math.log(x));
  if (args.length === 1) return new PyFloat(l);
  const base = floatArg(args[1]);
  if (base <= 0) mathError();
  if (base === 1) raiseZeroDivisionError("divide by zero");
  return newFloat(l / roundFloat(Math.log(base)));
}

function frexp(v: PyValue): PyValue {
  const x = floatArg(v);
  if (x === 0 || !Number.isFinite(x)) return new PyTuple([new PyFloat(x), 0]);
  let exponent = Math.floor(Math.log2(Math.abs(x))) + 1;
  let mantissa = x * 2 ** -exponent;
  // log2 can be off by one near powers of two; fix so that 0.5 <= |m| < 1.
  if (Math.abs(mantissa) >= 1) {
    mantissa /= 2;
    exponent++;
  } else if (Math.abs(mantissa) < 0.5) {
    mantissa *= 2;
    exponent--;
  }
  if (!Number.isFinite(mantissa) || mantissa === 0) [mantissa, exponent] = frexpSlow(x);
  return new PyTuple([newFloat(mantissa), exponent]);
}

/** frexp for subnormals and extremes, where 2 ** -exponent over- or underflows. */
function frexpSlow(x: number): [number, number] {
  let e = 0;
  let m = x;
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  return [m, e];
}

function ldexp(a: PyValue, b: PyValue): PyValue {
  const x = floatArg(a);
  const n = Number(b);
  if (typeof b !== "number" && typeof b !== "bigint" && typeof b !== "boolean") raiseTypeError(`can't convert ${typeOf(b).name} to int`);
  let r = x;
  let e = n;
  // Scale in steps so that 2 ** e never overflows on its own.
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  r = roundFloat(r * 2 ** e);
  if (!Number.isFinite(r) && Number.isFinite(x)) mathError();
  return new PyFloat(r);
}

function modf(v: PyValue): PyValue {
  const x = floatArg(v);
  if (!Number.isFinite(x)) return new PyTuple([newFloat(Number.isNaN(x) ? x : copysign(0, x)), new PyFloat(x)]);
  const whole = Math.trunc(x);
  return new PyTuple([newFloat(copysign(x - whole, x)), newFloat(whole)]);
}

function factorial(v: PyValue): PyValue {
  if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") raiseTypeError(`can't convert ${typeOf(v).name} to int`);
  const n = Number(v);
  if (n < 0) raiseValueError("negative factorial");
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  let big = 1n;
  for (let i = 2n; i <= BigInt(n); i++) big *= i;
  return normInt(big);
}

function isclose(args: PyValue[], kw: Kw | null): PyValue {
  if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
  const a = floatArg(args[0]);
  const b = floatArg(args[1]);
  let relTol = 1e-9;
  let absTol = 0;
  if (kw !== null) {
    for (const [key, value] of kw) {
      if (key === "rel_tol") relTol = floatArg(value);
      else if (key === "abs_tol") absTol = floatArg(value);
      else raiseTypeError(`unexpected keyword argument '${key}'`);
    }
  }
  if (relTol < 0 || absTol < 0) raiseValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function isFlag(test: (x: number) => boolean): (v: PyValue) => PyValue {
  return (v) => test(floatArg(v));
}

/** The module object (one per interpreter). */
export function createMathModule(): PyModule {
  const m = new PyModule("math");
  const fn1 = (name: string, f: (x: number) => number) => m.set(name, builtinFunction(name, 1, 1, unary(f)));
  const fn2 = (name: string, f: (x: number, y: number) => number) => m.set(name, builtinFunction(name, 2, 2, binary(f)));
  m.set("e", new PyFloat(roundFloat(Math.E)));
  m.set("pi", new PyFloat(roundFloat(Math.PI)));
  m.set("tau", new PyFloat(roundFloat(2 * Math.PI)));
  m.set("inf", new PyFloat(Infinity));
  m.set("nan", new PyFloat(NaN));
  fn1("sqrt", (x) => (x < 0 ? NaN : Math.sqrt(x)));
  fn1("exp", Math.exp);
  fn1("expm1", Math.expm1);
  fn1("log2", (x) => (x <= 0 ? NaN : Math.log2(x)));
  fn1("log10", (x) => (x <= 0 ? NaN : Math.log10(x)));
  fn1("log1p", (x) => (x <= -1 ? NaN : Math.log1p(x)));
  fn1("cosh", Math.cosh);
  fn1("sinh", Math.sinh);
  fn1("tanh", Math.tanh);
  fn1("acosh", Math.acosh);
  fn1("asinh", Math.asinh);
  fn1("atanh", (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
  fn1("cos", Math.cos);
  fn1("sin", Math.sin);
  fn1("tan", Math.tan);
  fn1("acos", Math.acos);
  fn1("asin", Math.asin);
  fn1("atan", Math.atan);
  fn1("fabs", Math.abs);
  fn1("erf", erf);
  fn1("erfc", erfc);
  fn1("gamma", gamma);
  fn1("lgamma", lgamma);
  fn1("degrees", (x) => x * (180 / Math.PI));
  fn1("radians", (x) => x * (Math.PI / 180));
  fn2("pow", cPow);
  fn2("atan2", Math.atan2);
  fn2("copysign", copysign);
  fn2("fmod", cFmod);
  m.set("ceil", builtinFunction("ceil", 1, 1, toIntegral(Math.ceil)));
  m.set("floor", builtinFunction("floor", 1, 1, toIntegral(Math.floor)));
  m.set("trunc", builtinFunction("trunc", 1, 1, toIntegral(Math.trunc)));
  m.set("log", builtinFunctionKw("log", (args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length < 1 || args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
    return log(args);
  }));
  m.set("frexp", builtinFunction("frexp", 1, 1, frexp));
  m.set("ldexp", builtinFunction("ldexp", 2, 2, ldexp));
  m.set("modf", builtinFunction("modf", 1, 1, modf));
  m.set("factorial", builtinFunction("factorial", 1, 1, factorial));
  m.set("isfinite", builtinFunction("isfinite", 1, 1, isFlag(Number.isFinite)));
  m.set("isinf", builtinFunction("isinf", 1, 1, isFlag((x) => !Number.isFinite(x) && !Number.isNaN(x))));
  m.set("isnan", builtinFunction("isnan", 1, 1, isFlag(Number.isNaN)));
  m.set("isclose", builtinFunctionKw("isclose", isclose));
  return m;
}
