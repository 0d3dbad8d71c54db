// Exact integer arithmetic on Python ints (JS number when safe, normalised bigint beyond), for slots and the compiler's slow paths.
import { normInt } from "../int";
import { raiseValueError, raiseZeroDivisionError, raiseOverflowError } from "../../runtime/errors";

/** A Python int value: a safe-integer number or a bigint outside the safe range. */
export type IntValue = number | bigint;

const MAX_SAFE = 9007199254740991;

function big(v: IntValue): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** True when a JS number holding an integer is exactly representable as a Python small int. */
function isSafe(r: number): boolean {
  return r >= -MAX_SAFE && r <= MAX_SAFE;
}

export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    // Both operands are safe, so a result inside the safe range is exact; outside it went big.
    if (isSafe(r)) return r;
    return BigInt(a) + BigInt(b);
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (isSafe(r)) return r;
    return BigInt(a) - BigInt(b);
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // `r + 0` turns -0 (from 0 * -5) into 0: ints have no negative zero.
    if (isSafe(r)) return r + 0;
    return normInt(BigInt(a) * BigInt(b));
  }
  return normInt(big(a) * big(b));
}

export function intNeg(a: IntValue): IntValue {
  if (typeof a === "number") return 0 - a;
  return normInt(-a);
}

export function intAbs(a: IntValue): IntValue {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

export function intInvert(a: IntValue): IntValue {
  if (typeof a === "number") return -a - 1;
  return normInt(-a - 1n);
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  // BigInt division truncates toward zero; step down when the signs differ and there is a remainder (found by a
  // multiplication, much cheaper than a second big division).
  return (a < 0n) !== (b < 0n) && q * b !== a ? q - 1n : q;
}

function bigFloorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

/** `a // b`, floored toward −∞; ZeroDivisionError as MicroPython words it. */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("divide by zero");
    // |a| < 2**53, so the rounded quotient never crosses an integer: the floor is exact.
    return Math.floor(a / b) + 0;
  }
  const bb = big(b);
  if (bb === 0n) raiseZeroDivisionError("divide by zero");
  return normInt(bigFloorDiv(big(a), bb));
}

/** `a % b` with the sign of `b`. */
export function intMod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("divide by zero");
    const r = a % b;
    if (r === 0) return 0;
    return (r < 0) !== (b < 0) ? r + b : r;
  }
  const bb = big(b);
  if (bb === 0n) raiseZeroDivisionError("divide by zero");
  return normInt(bigFloorMod(big(a), bb));
}

/** `divmod(a, b)` as a pair [quotient, remainder]. */
export function intDivmod(a: IntValue, b: IntValue): [IntValue, IntValue] {
  return [intFloorDiv(a, b), intMod(a, b)];
}

/**
 * `a ** b` for b >= 0 (exact). A negative exponent gives a float in Python: callers check `b < 0`
 * first and use float power (see intPowToValue in int.ts).
 */
export function intPow(a: IntValue, b: IntValue): IntValue {
  if (typeof b === "bigint") {
    // Only 0, 1 and -1 survive a huge exponent; anything else would exhaust memory.
    if (a === 0 || a === 1) return a;
    if (a === -1) return b % 2n === 0n ? 1 : -1;
    raiseOverflowError("overflow converting long int to machine word");
  }
  const e = b as number;
  if (typeof a === "number") {
    let result = 1;
    let base = a;
    let n = e;
    // Square-and-multiply on numbers while every step stays exact; fall back to BigInt otherwise.
    while (n > 0) {
      if (n & 1) {
        const r = result * base;
        if (!isSafe(r)) return normInt(BigInt(a) ** BigInt(e));
        result = r;
      }
      n = Math.floor(n / 2);
      if (n > 0) {
        const sq = base * base;
        if (!isSafe(sq)) return normInt(BigInt(a) ** BigInt(e));
        base = sq;
      }
    }
    return result + 0;
  }
  return normInt(a ** BigInt(e));
}

/** `pow(a, b, m)` with ints: modular exponentiation, as MicroPython (negative exponents not supported). */
export function powMod(a: IntValue, b: IntValue, m: IntValue): IntValue {
  const mb = big(m);
  if (mb === 0n) raiseValueError("divide by zero");
  let base = bigFloorMod(big(a), mb);
  let e = big(b);
  // MicroPython treats a negative exponent as zero iterations of the loop: the result is 1 % m.
  let result = bigFloorMod(1n, mb);
  while (e > 0n) {
    if (e & 1n) result = bigFloorMod(result * base, mb);
    e >>= 1n;
    if (e > 0n) base = bigFloorMod(base * base, mb);
  }
  return normInt(result);
}

function checkShift(b: IntValue): void {
  if (b < 0) raiseValueError("negative shift count");
}

/** `a << b`, exact; ValueError for a negative count. */
export function intLshift(a: IntValue, b: IntValue): IntValue {
  checkShift(b);
  if (typeof b === "bigint") {
    if (a === 0) return 0;
    raiseOverflowError("overflow converting long int to machine word");
  }
  if (typeof a === "number") {
    if (a === 0) return 0;
    if ((b as number) < 31) {
      const r = a * 2 ** (b as number);
      if (isSafe(r)) return r;
    }
  }
  return normInt(big(a) << BigInt(b));
}

/** `a >> b`, arithmetic (floors toward −∞). */
export function intRshift(a: IntValue, b: IntValue): IntValue {
  checkShift(b);
  if (typeof b === "bigint") return a < 0 ? -1 : 0;
  if (typeof a === "number") {
    if (b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  return normInt(a >> BigInt(b));
}

/** Fits in a signed 32-bit int, where JS bitwise operators are exact. */
function isInt32(v: IntValue): v is number {
  return typeof v === "number" && (v | 0) === v;
}

export function intAnd(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}

export function intOr(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}

export function intXor(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}

/** -1, 0 or 1 comparing two ints (mixed number/bigint allowed). */
export function intCompare(a: IntValue, b: IntValue): number {
  // JS compares number and bigint exactly, so no conversion is needed.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEquals(a: IntValue, b: IntValue): boolean {
  // Normalisation means a bigint never equals a number, but `==` is exact across the two anyway.
  // eslint-disable-next-line eqeqeq
  return a == b;
}

/** Number of bits needed for |a| (int.bit_length()). */
export function intBitLength(a: IntValue): number {
  let v = big(a);
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  return v.toString(2).length;
}

/**
 * Converts an int to the nearest float. MicroPython gives inf for ints too large for a double
 * (no OverflowError); BigInt → Number rounds to nearest-even, matching mpz's conversion.
 */
export function intToFloat(a: IntValue): number {
  return typeof a === "number" ? a : Number(a);
}

/** `a / b` for ints: true division giving a JS double (before single-precision rounding). */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("divide by zero");
    return a / b;
  }
  const bb = big(b);
  if (bb === 0n) raiseZeroDivisionError("divide by zero");
  return bigTrueDiv(big(a), bb);
}

/** Correctly rounded quotient of two bigints, even when both are beyond the double range. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb) && Math.abs(fa) < 2 ** 53 && Math.abs(fb) < 2 ** 53) return fa / fb;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Scale so the integer quotient carries 55+ significant bits, then let Number() round it.
  const shift = b.toString(2).length - a.toString(2).length + 64;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    q = (a << BigInt(shift)) / b;
    r = (a << BigInt(shift)) % b;
  } else {
    q = a / (b << BigInt(-shift));
    r = a % (b << BigInt(-shift));
  }
  // A sticky bit keeps round-to-nearest-even honest when the remainder is not zero.
  if (r !== 0n) q |= 1n;
  const scaled = scaleBy2(Number(q), -shift);
  return neg ? -scaled : scaled;
}

function scaleBy2(x: number, e: number): number {
  // Multiply by 2**e in steps so that intermediate powers do not overflow or underflow.
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** Parses an int from a JS integer-valued double exactly (float → int conversion; caller checks finiteness). */
export function intFromIntegralDouble(x: number): IntValue {
  if (isSafe(x)) return x + 0;
  return normInt(BigInt(x));
}
