// Text → numbers with MicroPython's rules: int(s, base) (prefixes, underscores, whitespace), float(s) ('inf', 'nan', exponents) and complex(s).
import { raiseValueError } from "../../runtime/errors";
import { config } from "../../runtime/config";
import { normInt } from "../int";
import { parseDecimal32 } from "./float32-emu";
import { parseDecimal64 } from "./float64-emu";
import type { IntValue } from "./int-ops";

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return 99;
}

/** Reads an optional 0x/0o/0b prefix allowed for `base`; returns [chars consumed, resolved base]. */
function readBasePrefix(s: string, i: number, base: number): [number, number] {
  if (s.length - i <= 1) return [0, base === 0 ? 10 : base];
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1) | 0x20;
  if (c === 48) {
    if ((base === 0 || base === 16) && next === 120) return [2, 16];
    if ((base === 0 || base === 8) && next === 111) return [2, 8];
    if ((base === 0 || base === 2) && next === 98) return [2, 2];
  }
  return [0, base === 0 ? 10 : base];
}

function raiseIntSyntax(base: number, rest: string): never {
  return raiseValueError(`invalid syntax for integer with base ${base}: ${quoteForError(rest)}`);
}

function quoteForError(s: string): string {
  return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

/** int(s, base): ValueError "invalid syntax for integer with base N: '...'" on bad text. */
export function parseIntText(s: string, base: number): IntValue {
  if ((base !== 0 && base < 2) || base > 36) raiseValueError("int() arg 2 must be >= 2 and <= 36");
  const end = s.length;
  let i = 0;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (i < end) {
    const c = s.charCodeAt(i);
    if (c === 43) i++;
    else if (c === 45) {
      negative = true;
      i++;
    }
  }
  const givenBase = base;
  const [prefixLength, resolvedBase] = readBasePrefix(s, i, base);
  base = resolvedBase;
  i += prefixLength;
  const valueStart = i;
  let digits = "";
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) continue;
    if (digitValue(c) >= base) break;
    digits += s[i];
  }
  // "017" with base 0 is ambiguous (an old octal literal), as in Python 3.
  const badOctal = givenBase === 0 && prefixLength === 0 && digits.length > 1 && digits[0] === "0" && /[1-9]/.test(digits);
  if (i === valueStart || badOctal) raiseIntSyntax(givenBase === 0 && badOctal ? 0 : base, s.slice(valueStart));
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  if (i !== end) raiseIntSyntax(base, s.slice(valueStart));
  const value = digitsToInt(digits, base);
  if (typeof value === "number") return negative ? 0 - value : value;
  return normInt(negative ? -value : value);
}

/** Converts validated digits in `base` to an int, exactly. */
export function digitsToInt(digits: string, base: number): IntValue {
  if (digits.length === 0) return 0;
  if (digits.length <= 10 || (base === 10 && digits.length <= 15)) return parseInt(digits, base);
  if (base === 10) return normInt(BigInt(digits));
  if (base === 16) return normInt(BigInt("0x" + digits));
  if (base === 8) return normInt(BigInt("0o" + digits));
  if (base === 2) return normInt(BigInt("0b" + digits));
  const bigBase = BigInt(base);
  let value = 0n;
  for (let k = 0; k < digits.length; k++) value = value * bigBase + BigInt(digitValue(digits.charCodeAt(k)));
  return normInt(value);
}

/** Scans an unsigned decimal (digits, '.', exponent, underscores) in double precision: [value, end] or null. */
function parseDecimalDouble(s: string, start: number, end: number): [number, number] | null {
  let clean = "";
  let sawMantissaDigit = false;
  let state = 0; // 0 integer part, 1 fraction, 2 exponent
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i++);
    if (c >= 48 && c <= 57) {
      if (state !== 2) sawMantissaDigit = true;
      clean += s[i - 1];
    } else if (state === 0 && c === 46) {
      state = 1;
      clean += ".";
    } else if (state !== 2 && (c | 0x20) === 101) {
      state = 2;
      if (!sawMantissaDigit) clean = "0";
      clean += "e";
      if (i < end) {
        const sign = s.charCodeAt(i);
        if (sign === 43 || sign === 45) {
          clean += s[i];
          i++;
        }
      }
      if (i === end) return null;
    } else if (c === 95) {
      continue;
    } else {
      i--;
      break;
    }
  }
  if (!sawMantissaDigit) return [0, i];
  // A dangling "e" followed by a non-digit reads as exponent 0, as MicroPython's scanner does.
  if (/e[+-]?$/.test(clean)) clean += "0";
  return [Number(clean), i];
}

function parseUnsignedDecimal(s: string, start: number, end: number): [number, number] | null {
  // Both builds parse with MicroPython's approximate scaling, so repr's round trip holds exactly.
  return config.singlePrecision ? parseDecimal32(s, start, end) : parseDecimal64(s, start, end);
}

function matchWord(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  return s.slice(i, i + word.length).toLowerCase() === word;
}

/** One real number at s[i..]: [value, end, isImaginary] or null when nothing numeric is there. */
function parseRealPart(s: string, i: number, allowImag: boolean): [number, number, boolean] | null {
  const end = s.length;
  let negative = false;
  if (i < end) {
    const c = s.charCodeAt(i);
    if (c === 43) i++;
    else if (c === 45) {
      negative = true;
      i++;
    }
  }
  const valueStart = i;
  let value: number;
  if (matchWord(s, i, "inf")) {
    value = Infinity;
    i += 3;
    if (matchWord(s, i, "inity")) i += 5;
  } else if (matchWord(s, i, "nan")) {
    value = NaN;
    i += 3;
  } else {
    const parsed = parseUnsignedDecimal(s, i, end);
    if (parsed === null) return null;
    [value, i] = parsed;
  }
  let imaginary = false;
  if (allowImag && i < end && (s.charCodeAt(i) | 0x20) === 106) {
    if (i === valueStart) value = 1;
    i++;
    imaginary = true;
  }
  if (i === valueStart) return null;
  return [negative ? -value : value, i, imaginary];
}

function raiseNumberSyntax(): never {
  return raiseValueError("invalid syntax for number");
}

/** float(s): ValueError "invalid syntax for number" on bad text. */
export function parseFloatText(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const part = parseRealPart(s, i, false);
  if (part === null) raiseNumberSyntax();
  i = part![1];
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i !== s.length) raiseNumberSyntax();
  return part![0];
}

/** complex(s): "1+2j", "-3.5j", "j", "2"; returns [real, imag]. */
export function parseComplexText(s: string): [number, number] {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const first = parseRealPart(s, i, true);
  if (first === null) raiseNumberSyntax();
  let [value, next, imaginary] = first!;
  let real = 0;
  let imag = 0;
  if (imaginary) imag = value;
  else real = value;
  const c = s.charCodeAt(next);
  if (!imaginary && (c === 43 || c === 45)) {
    const second = parseRealPart(s, next, true);
    if (second === null || !second[2]) raiseNumberSyntax();
    imag = second![0];
    next = second![1];
  }
  while (next < s.length && isSpace(s.charCodeAt(next))) next++;
  if (next !== s.length) raiseNumberSyntax();
  return [real, imag];
}

/**
 * The float a literal denotes at the current precision. The parser reads literals in double precision;
 * in single precision the Pico parses the text with its float32 algorithm, which this reproduces from
 * the shortest text of the double (the literal's own text for any literal of up to 17 digits).
 */
export function floatLiteralValue(x: number): number {
  if (!Number.isFinite(x)) return x;
  // A folded constant can be negative (const(-0.3)): the literal was the magnitude.
  if (x < 0 || Object.is(x, -0)) return -floatLiteralValue(-x);
  const text = String(x);
  const parsed = parseUnsignedDecimal(text, 0, text.length);
  return parsed === null ? config.singlePrecision ? Math.fround(x) : x : parsed[0];
}
