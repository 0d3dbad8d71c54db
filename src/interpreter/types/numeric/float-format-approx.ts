// Float formatting as MicroPython's approximate algorithm prints it, step by step, for float32 (the Pico) and
// float64 (the unix port the conformance corpus comes from): scale to a decimal mantissa, then search nearby
// mantissas until the text reads back as the same float.
import { decimalExp32, float32Exponent, parseDecimal32 } from "./float32-emu";
import { decimalExp64, float64Exponent, parseDecimal64 } from "./float64-emu";

/** What differs between the float32 and float64 builds. */
interface Precision {
  round: (x: number) => number;
  exponent: (x: number) => number;
  decimalExp: (x: number, decExp: number) => number;
  parse: (s: string, start: number, end: number) => [number, number] | null;
  maxDigits: number;
  safeDigits: number;
  /** Room for the widest exponent form ("+9e+99" or "+9e+199"). */
  minExpRoom: number;
  /** C's conversion of a float to an unsigned mantissa of this build's width. */
  maxMantissa: number;
}

const SINGLE: Precision = {
  round: Math.fround, exponent: float32Exponent, decimalExp: decimalExp32, parse: parseDecimal32,
  maxDigits: 9, safeDigits: 6, minExpRoom: 6, maxMantissa: 4294967295,
};
const DOUBLE: Precision = {
  round: (x) => x, exponent: float64Exponent, decimalExp: decimalExp64, parse: parseDecimal64,
  maxDigits: 19, safeDigits: 16, minExpRoom: 7, maxMantissa: 18446744073709551615,
};

/** MicroPython's formatting buffer (a real build prints '%.30f' % 1.0 with 29 decimals, '%f' % -1e23 with 5). */
const BUFFER_SIZE = 33;

const MODE_E = 1;
const MODE_G = 2;
const MODE_F = 4;
const NO_DOT = 255;

/** The pieces formatMantissa needs besides the mantissa itself. */
interface Layout {
  p: Precision;
  prefix: string;
  numDigits: number;
  maxExpZeros: number;
  trailingZeros: number;
  dec: number;
  e: number;
  mode: number;
}

/**
 * Formats x with fmt e/E/f/F/g/G or 'r' (repr) and precision prec (< 0 → 6) as the float32 (`single`)
 * or float64 build prints it; `sign` prefixes non-negative numbers ('', '+' or ' ').
 */
export function formatFloatApprox(x: number, fmt: string, prec: number, sign: string, single: boolean): string {
  const p = single ? SINGLE : DOUBLE;
  let prefix = sign;
  if (x < 0 || (x === 0 && 1 / x < 0)) {
    prefix = "-";
    x = -x;
  }
  const upper = fmt === "E" || fmt === "F" || fmt === "G";
  if (!Number.isFinite(x)) {
    const word = Number.isNaN(x) ? "nan" : "inf";
    return prefix + (upper ? word.toUpperCase() : word);
  }
  const bufferSize = BUFFER_SIZE - prefix.length;
  const body = formatUnsigned(p, p.round(x), fmt.toLowerCase(), prec, bufferSize);
  return prefix + (upper ? body.toUpperCase() : body);
}

/** The decimal exponent estimate MicroPython uses: a lower bound on |exponent| refined by comparisons. */
function decimalExponent(p: Precision, f: number): number {
  let e = Math.trunc(p.round(p.exponent(f) * p.round(0.3010299956639812)));
  const positive = f >= 1 ? 1 : 0;
  let base = p.decimalExp(1, e + positive);
  while ((f >= base ? 1 : 0) === positive) {
    e += positive ? 1 : -1;
    base = p.decimalExp(1, e + positive);
  }
  return e;
}

function formatUnsigned(p: Precision, f: number, fmt: string, prec: number, bufferSize: number): string {
  let mode = fmt === "f" ? MODE_F : fmt === "g" || fmt === "r" ? MODE_G : MODE_E;
  if (prec < 0) prec = 6;
  let maxExpZeros = Math.min(prec, bufferSize - 3);
  if (fmt === "r") {
    prec = p.maxDigits;
    maxExpZeros = 16;
  }
  const e = f === 0 ? 0 : decimalExponent(p, f);
  if (mode === MODE_F && e > 0 && e + prec + 2 > bufferSize) {
    mode = MODE_G;
    prec++;
  }
  let maxDigits = prec;
  let leadZeros = 0;
  let trailZeros = 0;
  if (mode === MODE_F) {
    if (maxDigits > bufferSize - 3) maxDigits = bufferSize - 3;
    if (e < 0) {
      if (maxDigits > 2 && e < -2) {
        leadZeros = Math.min(-e, maxDigits) - 2;
        maxDigits -= leadZeros;
      } else {
        maxDigits++;
      }
    } else {
      maxDigits += e + 1;
    }
  } else if (mode !== MODE_G || maxDigits === 0) {
    maxDigits++;
  }
  if (maxDigits > p.maxDigits) {
    trailZeros = maxDigits - p.maxDigits;
    maxDigits = p.maxDigits;
  }
  const overhead = mode === MODE_F ? 3 : p.minExpRoom + 1;
  if (trailZeros > bufferSize - maxDigits - overhead) trailZeros = bufferSize - maxDigits - overhead;

  // Start with few digits and only dig deeper when they do not read back as f.
  for (let numDigits = Math.min(p.safeDigits, maxDigits); ; numDigits++) {
    const attempt = formatWithDigits(p, f, e, mode, numDigits, maxDigits, leadZeros, trailZeros, maxExpZeros);
    if (attempt !== null) return attempt;
  }
}

/** One pass at `numDigits` digits; null when MicroPython would retry with one more digit. */
function formatWithDigits(
  p: Precision, f: number, e: number, mode: number, numDigits: number, maxDigits: number,
  leadZeros: number, trailZeros: number, maxExpZeros: number,
): string | null {
  const layout: Layout = {
    p, prefix: "", numDigits, maxExpZeros, trailingZeros: trailZeros + (maxDigits - numDigits), dec: 0, e, mode,
  };
  let decExp: number;
  if (f === 0) {
    decExp = 0;
  } else if (mode === MODE_F) {
    decExp = numDigits - 1;
    if (e < 0) {
      if (leadZeros > 0) {
        layout.prefix = "0." + "0".repeat(leadZeros);
        decExp += leadZeros + 1;
        layout.dec = NO_DOT;
      }
    } else {
      decExp -= e;
      layout.dec = e;
    }
  } else {
    decExp = numDigits - e - 1;
  }
  const cap = 10n ** BigInt(numDigits);
  // Without a wider float type the last one or two digits come from an integer multiplication.
  let factor = 1n;
  if (numDigits > p.safeDigits && decExp > 1) {
    if (numDigits > p.safeDigits + 1 && decExp > 2) {
      factor = 100n;
      decExp -= 2;
    } else {
      factor = 10n;
      decExp -= 1;
    }
  }
  const scaled = p.round(p.decimalExp(f, decExp) + 0.5);
  const whole = Number.isFinite(scaled) ? Math.trunc(Math.min(scaled, p.maxMantissa)) : p.maxMantissa;
  const mantissa = factor * BigInt(whole);
  return searchMantissa(f, mantissa, cap, layout, numDigits < maxDigits);
}

function readBack(p: Precision, text: string): number {
  const parsed = p.parse(text, 0, text.length);
  return parsed === null ? NaN : parsed[0];
}

/**
 * MicroPython's dichotomic search: nudges the last digits up or down until the text reads back as f,
 * keeping the closest candidate; null asks the caller for one more digit.
 */
function searchMantissa(f: number, mantissa: bigint, cap: bigint, layout: Layout, canRetry: boolean): string | null {
  const p = layout.p;
  let text = formatMantissa(mantissa, cap, layout);
  let diff = p.round(readBack(p, text) - f);
  if (diff === 0) return text;
  let bestDiff = diff;
  let bestMantissa = mantissa;
  let errRange = 1n;
  if (layout.numDigits > p.safeDigits) errRange = 1n << BigInt(3 * (layout.numDigits - p.safeDigits));
  for (let runs = 3 + 3 * (p.maxDigits - p.safeDigits); runs > 0; runs--) {
    if (diff < 0 || Object.is(diff, -0)) mantissa += errRange;
    else mantissa -= errRange;
    text = formatMantissa(mantissa, cap, layout);
    diff = p.round(readBack(p, text) - f);
    if (diff === 0) return text;
    const delta = p.round(Math.abs(diff) - Math.abs(bestDiff));
    if (delta < 0 || (delta === 0 && mantissa % 10n === 0n)) {
      bestDiff = diff;
      bestMantissa = mantissa;
    }
    if (errRange > 1n) {
      errRange /= 2n;
    } else {
      if (canRetry) return null;
      return mantissa === bestMantissa ? text : formatMantissa(bestMantissa, cap, layout);
    }
  }
  return text;
}

/** Writes the decimal mantissa as digits with the dot, trailing zeros and exponent the format needs. */
function formatMantissa(mantissa: bigint, cap: bigint, layout: Layout): string {
  let { numDigits, trailingZeros, dec, e } = layout;
  const { mode, maxExpZeros } = layout;
  let prefix = layout.prefix;
  if (mantissa !== 0n && mantissa >= cap) {
    // Rounding produced one digit too many.
    if (mode & MODE_F) {
      numDigits++;
      dec++;
    } else {
      mantissa /= 10n;
      e++;
    }
  }
  if (mode & MODE_G && e !== 0) {
    if (e >= 0) {
      if (e < maxExpZeros) {
        dec += e;
        if (dec >= numDigits) trailingZeros = dec - (numDigits - 1);
        e = 0;
      }
    } else if (e >= -4) {
      let dropped = 0;
      while (e < 0 && mantissa % 10n === 0n) {
        mantissa /= 10n;
        dropped++;
        e++;
      }
      numDigits -= dropped;
      prefix += "0." + "0".repeat(Math.max(0, dropped - e - 1));
      dec = NO_DOT;
      e = 0;
    }
  }
  // The low numDigits digits of the mantissa, zero-padded.
  let digits = mantissa.toString();
  digits = digits.length >= numDigits ? digits.slice(digits.length - numDigits) : "0".repeat(numDigits - digits.length) + digits;
  if (numDigits <= 0) digits = "";
  let dot = dec >= NO_DOT;
  let out = prefix;
  if (dec + 1 < numDigits) {
    dot = true;
    out += digits.slice(0, dec + 1) + "." + digits.slice(dec + 1);
  } else {
    out += digits;
  }
  if (trailingZeros > 0) {
    let intDigitsLeft = dec - (numDigits - 1);
    while (trailingZeros-- > 0) {
      if (intDigitsLeft-- === 0) {
        out += ".";
        dot = true;
      }
      out += "0";
    }
  }
  if (mode & MODE_G && dot) out = stripZeros(out);
  if ((e !== 0 || mode & MODE_E) && !(mode & MODE_F)) {
    const abs = Math.abs(e);
    out += (e >= 0 ? "e+" : "e-") + (abs < 10 ? "0" : "") + abs;
  }
  return out;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}
