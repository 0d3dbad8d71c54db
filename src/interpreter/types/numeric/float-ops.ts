// Float arithmetic with Python's rules (floored //, % with the divisor's sign, pow corner cases), exact int/float comparison and numeric hashing.
import { roundFloat } from "../../runtime/config";
import { raiseZeroDivisionError, raiseOverflowError, raiseValueError } from "../../runtime/errors";
import type { CompareOp } from "../../runtime/type";
import { intFromIntegralDouble, type IntValue } from "./int-ops";

/** `x % y` for floats, the result taking the sign of y (ZeroDivisionError for y == 0). */
export function floatMod(x: number, y: number): number {
  if (y === 0) raiseZeroDivisionError("divide by zero");
  let mod = x % y;
  if (mod === 0) return y < 0 ? -0 : 0;
  if ((mod < 0) !== (y < 0)) mod = roundFloat(mod + y);
  return mod;
}

/** [x // y, x % y] computed together so that x == (x//y)*y + x%y as closely as floats allow (CPython's logic). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raiseZeroDivisionError("divide by zero");
  let mod = x % y;
  let div = roundFloat(roundFloat(x - mod) / y);
  if (mod === 0) {
    mod = y < 0 ? -0 : 0;
  } else if ((mod < 0) !== (y < 0)) {
    mod = roundFloat(mod + y);
    div = roundFloat(div - 1);
  }
  let floorDiv: number;
  if (div === 0) {
    floorDiv = x / y < 0 ? -0 : 0;
  } else {
    floorDiv = Math.floor(div);
    if (roundFloat(div - floorDiv) > 0.5) floorDiv = roundFloat(floorDiv + 1);
  }
  return [floorDiv, mod];
}

export function floatFloorDiv(x: number, y: number): number {
  return floatDivmod(x, y)[0];
}

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) raiseZeroDivisionError("divide by zero");
  return roundFloat(x / y);
}

/**
 * `x ** y` for floats. Returns null when Python's answer is complex (negative base, fractional exponent),
 * so the caller can switch to complex power.
 */
export function floatPow(x: number, y: number): number | null {
  if (x === 0 && y < 0 && y !== -Infinity) raiseZeroDivisionError("divide by zero");
  if (x < 0 && y !== Math.floor(y) && Number.isFinite(y)) return null;
  // C's pow: 1**anything and anything**0 are 1 even for NaN, unlike JS.
  if (x === 1 || y === 0) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  return roundFloat(Math.pow(x, y));
}

/** int(x) for a float: truncation toward zero, with MicroPython's errors for inf and nan. */
export function floatToInt(x: number): IntValue {
  if (Number.isNaN(x)) raiseValueError("can't convert NaN to int");
  if (!Number.isFinite(x)) raiseOverflowError("can't convert inf to int");
  return intFromIntegralDouble(Math.trunc(x));
}

/** Compares an int with a float exactly (2**53 + 1 != 2.0**53); NaN compares false except for `ne`. */
export function compareIntFloat(a: IntValue, x: number, op: CompareOp): boolean {
  if (Number.isNaN(x)) return op === "ne";
  let c: number;
  if (typeof a === "number") c = a < x ? -1 : a > x ? 1 : 0;
  else if (!Number.isFinite(x)) c = x > 0 ? -1 : 1;
  else {
    const whole = Math.floor(x);
    const big = BigInt(whole);
    if (a < big) c = -1;
    else if (a > big) c = 1;
    else c = whole === x ? 0 : -1;
  }
  return compareResult(c, op);
}

export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "eq": return c === 0;
    case "ne": return c !== 0;
    case "gt": return c > 0;
    case "ge": return c >= 0;
  }
}

export function compareFloats(x: number, y: number, op: CompareOp): boolean {
  switch (op) {
    case "lt": return x < y;
    case "le": return x <= y;
    case "eq": return x === y;
    case "ne": return x !== y;
    case "gt": return x > y;
    case "ge": return x >= y;
  }
}

/** hash(float) as MicroPython computes it by default: the value truncated to an int (so hash(2.0) == hash(2)). */
export function floatHash(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  const t = Math.trunc(x);
  if (Math.abs(t) <= Number.MAX_SAFE_INTEGER) return t + 0;
  return Number(BigInt.asIntN(32, BigInt(t)));
}

/** hash(int): small ints hash to themselves; bigints fold to a number (equal values hash equally). */
export function intHash(v: IntValue): number {
  if (typeof v === "number") return v;
  return Number(BigInt.asIntN(32, v));
}

/** round(x) for a float: to the nearest integer, ties to even; returns a float (the caller converts). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // Math.round rounds .5 up; undo that for odd results exactly halfway.
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

/** round(x, ndigits) for a float, rounding the decimal representation half-to-even as CPython does. */
export function roundFloatDigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 300) return x;
  if (ndigits < -308) return 0 * x;
  const fixed = ndigits >= 0 ? roundDecimalString(x, ndigits) : roundToTens(x, -ndigits);
  return roundFloat(fixed);
}

function roundToTens(x: number, tens: number): number {
  const scale = 10 ** tens;
  return roundHalfEven(x / scale) * scale;
}

/** Rounds x to `digits` decimals using its exact binary value (ties only when exactly halfway). */
function roundDecimalString(x: number, digits: number): number {
  // Beyond 2**52 every double is already whole (and toFixed would switch to exponent form).
  if (digits > 100 || Math.abs(x) >= 4503599627370496) return x;
  const scaled = x.toFixed(Math.min(100, digits + 30));
  // Decide with the exact expansion: digits beyond `digits` decide up/down, exact "5000..." is a tie.
  const point = scaled.indexOf(".");
  const keep = scaled.slice(0, point + 1 + digits);
  const rest = scaled.slice(point + 1 + digits);
  let roundUp = false;
  if (rest.length > 0) {
    if (rest[0] > "5") roundUp = true;
    else if (rest[0] === "5") {
      roundUp = /[1-9]/.test(rest.slice(1)) || isOddLastDigit(keep);
    }
  }
  const base = Number(keep.endsWith(".") ? keep.slice(0, -1) : keep);
  if (!roundUp) return base === 0 && x < 0 ? -0 : base;
  const ulp = 10 ** -digits;
  return Number((Math.abs(base) + ulp).toFixed(digits)) * (x < 0 ? -1 : 1);
}

function isOddLastDigit(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return (c - 48) % 2 === 1;
  }
  return false;
}
