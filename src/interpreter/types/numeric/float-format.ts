// Float → text as MicroPython prints it: repr/str and the 'e'/'f'/'g' conversions of % and format(), in double or single precision.
import { config } from "../../runtime/config";
import { formatFloatSingle } from "./float-format-single";

/**
 * MicroPython's formatter keeps at most this many significant digits and, when more are asked for,
 * first tries 16 (then 17…) and pads with zeros once the digits read back as the same double.
 */
const SAFE_DIGITS = 16;
const MAX_DIGITS = 19;
/** The output buffer MicroPython formats into; 'f' of a huge number that does not fit switches to 'g'. */
const BUFFER_SIZE = 32;

/** repr(float) / str(float): the shortest form MicroPython gives, always with a '.' or an exponent. */
export function floatRepr(x: number): string {
  if (config.singlePrecision) return addPointZero(formatFloatSingle(x, "r", 0, ""));
  if (Number.isInteger(x) && Math.abs(x) < 1e16) {
    // Fast path for whole numbers below the exponent threshold: "3.0", "-0.0".
    return x === 0 && 1 / x < 0 ? "-0.0" : x + ".0";
  }
  return addPointZero(formatDouble(x, "r", 0, ""));
}

function addPointZero(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // '.', 'e' or the 'n' of inf/nan: already float-looking.
    if (c === 46 || c === 101 || c === 110) return s;
  }
  return s + ".0";
}

/**
 * Formats with a printf conversion: fmt is one of e E f F g G (or 'r' for repr), prec < 0 means 6,
 * `sign` is '', '+' or ' ' (the prefix for non-negative numbers).
 */
export function formatFloat(x: number, fmt: string, prec: number, sign: string): string {
  if (config.singlePrecision) return formatFloatSingle(x, fmt, prec, sign);
  return formatDouble(x, fmt, prec, sign);
}

function formatDouble(x: number, fmt: string, prec: number, sign: string): string {
  let prefix = sign;
  if (x < 0 || (x === 0 && 1 / x < 0)) {
    prefix = "-";
    x = -x;
  }
  const upper = fmt === "E" || fmt === "F" || fmt === "G";
  if (!Number.isFinite(x)) {
    const word = Number.isNaN(x) ? "nan" : "inf";
    // MicroPython prints nan without a sign even when its sign bit is set.
    if (Number.isNaN(x)) prefix = sign;
    return prefix + (upper ? word.toUpperCase() : word);
  }
  const body = formatPositive(x, fmt.toLowerCase(), prec, BUFFER_SIZE - prefix.length);
  return prefix + (upper ? body.toUpperCase() : body);
}

/** The decimal exponent of the leading digit: 10**e <= x < 10**(e+1) (x > 0, finite). */
export function decimalExponent(x: number): number {
  const s = x.toExponential();
  return parseInt(s.slice(s.indexOf("e") + 1), 10);
}

/** x rounded (half away from zero, as MicroPython) to n significant digits: [digits, exponent of the first]. */
function roundSignificant(x: number, n: number): [string, number] {
  if (x === 0) return ["0".repeat(n), 0];
  const s = x.toExponential(n - 1);
  const ePos = s.indexOf("e");
  const digits = s.slice(0, ePos).replace(".", "");
  return [digits, parseInt(s.slice(ePos + 1), 10)];
}

function formatPositive(x: number, fmt: string, prec: number, bufferSize: number): string {
  if (prec < 0) prec = 6;
  let maxExpZeros = prec;
  if (fmt === "r") {
    fmt = "g";
    prec = MAX_DIGITS;
    maxExpZeros = 16;
  }
  const e = x === 0 ? 0 : decimalExponent(x);
  if (fmt === "f" && e > 0 && e + prec + 2 > bufferSize) {
    // Too wide for MicroPython's buffer: it falls back to 'g' with one more digit.
    fmt = "g";
    prec++;
  }
  if (fmt === "f") return formatFixed(x, prec, e);
  const wanted = fmt === "e" ? prec + 1 : Math.max(prec, 1);
  const [digits, exp] = chooseDigits(x, wanted, 0);
  return fmt === "e" ? layoutExponent(digits, exp, prec > 0) : layoutGeneral(digits, exp, maxExpZeros);
}

/**
 * The significant digits to print: exact rounding when few are wanted; otherwise the first of 16, 17, …
 * digits that reads back as x, padded with zeros to `wanted` (so '%.20f' % 0.1 shows zeros, not binary noise).
 * `leadingZeros` counts the zeros MicroPython's mantissa spends before the first significant digit.
 */
function chooseDigits(x: number, wanted: number, leadingZeros: number): [string, number] {
  const maxDigits = wanted + leadingZeros;
  if (maxDigits <= SAFE_DIGITS || x === 0) return roundSignificant(x, Math.max(wanted, 1));
  const limit = Math.min(maxDigits, MAX_DIGITS);
  for (let n = SAFE_DIGITS; ; n++) {
    const sig = n - leadingZeros;
    const [digits, exp] = roundSignificant(x, sig);
    if (n >= limit || Number(digits[0] + "." + digits.slice(1) + "e" + exp) === x) {
      return [digits.padEnd(wanted, "0"), exp];
    }
  }
}

function formatFixed(x: number, prec: number, e: number): string {
  prec = Math.min(prec, 100);
  // Significant digits the fixed form asks for, and MicroPython's leading zeros inside its mantissa.
  const wanted = prec + e + 1;
  const leadingZeros = e >= 0 ? 0 : e >= -2 || prec <= 2 ? -e : 1;
  if (wanted + leadingZeros <= SAFE_DIGITS || wanted <= 0) return x.toFixed(prec);
  const [digits, exp] = chooseDigits(x, wanted, leadingZeros);
  return layoutFixed(digits, exp, prec);
}

/** Lays digits d0.d1d2… × 10**exp out with exactly `prec` decimals. */
function layoutFixed(digits: string, exp: number, prec: number): string {
  let intPart: string;
  let frac: string;
  if (exp >= 0) {
    const all = digits.padEnd(exp + 1, "0");
    intPart = all.slice(0, exp + 1);
    frac = all.slice(exp + 1);
  } else {
    intPart = "0";
    frac = "0".repeat(-exp - 1) + digits;
  }
  frac = frac.padEnd(prec, "0").slice(0, prec);
  return prec > 0 ? intPart + "." + frac : intPart;
}

function exponentSuffix(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? "e-" : "e+") + (abs < 10 ? "0" + abs : String(abs));
}

function layoutExponent(digits: string, exp: number, withPoint: boolean): string {
  return digits[0] + (withPoint ? "." + digits.slice(1) : "") + exponentSuffix(exp);
}

function stripFractionZeros(s: string): string {
  if (s.indexOf(".") < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

/** 'g': fixed when -4 <= exp < maxExpZeros, else exponent; trailing zeros dropped either way. */
function layoutGeneral(digits: string, exp: number, maxExpZeros: number): string {
  if (exp >= 0 && exp < maxExpZeros) {
    if (digits.length <= exp + 1) return digits.padEnd(exp + 1, "0");
    return stripFractionZeros(digits.slice(0, exp + 1) + "." + digits.slice(exp + 1));
  }
  if (exp < 0 && exp >= -4) {
    return stripFractionZeros("0." + "0".repeat(-exp - 1) + digits);
  }
  return stripFractionZeros(digits[0] + "." + digits.slice(1)) + exponentSuffix(exp);
}
