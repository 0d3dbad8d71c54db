// Single-precision float formatting exactly as the Pico's MicroPython prints it (its approximate float32 algorithm, reproduced step by step).
import { decimalExp32, float32Exponent, parseDecimal32 } from "./float32-emu";

const fr = Math.fround;
const MAX_MANTISSA_DIGITS = 9;
const SAFE_MANTISSA_DIGITS = 6;
/** Room for "+9e+99" that the 'e' form always needs. */
const MIN_EXP_ROOM = 6;
const BUFFER_SIZE = 32;

const MODE_E = 1;
const MODE_G = 2;
const MODE_F = 4;
const NO_DOT = 255;

/** The pieces formatMantissa needs besides the mantissa itself. */
interface Layout {
  prefix: string;
  numDigits: number;
  maxExpZeros: number;
  trailingZeros: number;
  dec: number;
  e: number;
  mode: number;
}

/**
 * Formats x (a float32 value) with fmt e/E/f/F/g/G or 'r' (repr) and precision prec (< 0 → 6);
 * `sign` prefixes non-negative numbers ('', '+' or ' ').
 */
export function formatFloatSingle(x: number, fmt: string, prec: number, sign: string): string {
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
  const body = formatUnsigned(fr(x), fmt.toLowerCase(), prec, bufferSize);
  return prefix + (upper ? body.toUpperCase() : body);
}

/** The decimal exponent estimate MicroPython uses: a lower bound on |exponent| refined by comparisons. */
function decimalExponent32(f: number): number {
  let e = Math.trunc(fr(float32Exponent(f) * fr(0.3010299956639812)));
  const positive = f >= 1 ? 1 : 0;
  let base = decimalExp32(1, e + positive);
  while ((f >= base ? 1 : 0) === positive) {
    e += positive ? 1 : -1;
    base = decimalExp32(1, e + positive);
  }
  return e;
}

function formatUnsigned(f: number, fmt: string, prec: number, bufferSize: number): string {
  let mode = fmt === "f" ? MODE_F : fmt === "g" || fmt === "r" ? MODE_G : MODE_E;
  if (prec < 0) prec = 6;
  let maxExpZeros = Math.min(prec, bufferSize - 3);
  if (fmt === "r") {
    prec = MAX_MANTISSA_DIGITS;
    maxExpZeros = 16;
  }
  const e = f === 0 ? 0 : decimalExponent32(f);
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
  if (maxDigits > MAX_MANTISSA_DIGITS) {
    trailZeros = maxDigits - MAX_MANTISSA_DIGITS;
    maxDigits = MAX_MANTISSA_DIGITS;
  }
  const overhead = mode === MODE_F ? 3 : MIN_EXP_ROOM + 1;
  if (trailZeros > bufferSize - maxDigits - overhead) trailZeros = bufferSize - maxDigits - overhead;

  // Start with few digits and only dig deeper when they do not read back as f.
  for (let numDigits = Math.min(SAFE_MANTISSA_DIGITS, maxDigits); ; numDigits++) {
    const attempt = formatWithDigits(f, e, mode, numDigits, maxDigits, leadZeros, trailZeros, maxExpZeros);
    if (attempt !== null) return attempt;
  }
}

/** One pass at `numDigits` digits; null when MicroPython would retry with one more digit. */
function formatWithDigits(
  f: number, e: number, mode: number, numDigits: number, maxDigits: number,
  leadZeros: number, trailZeros: number, maxExpZeros: number,
): string | null {
  const layout: Layout = {
    prefix: "", numDigits, maxExpZeros, trailingZeros: trailZeros + (maxDigits - numDigits), dec: 0, e, mode,
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
  const cap = 10 ** numDigits;
  // Without a wider float type the last one or two digits come from an integer multiplication.
  let mantissa = 1;
  if (numDigits > SAFE_MANTISSA_DIGITS && decExp > 1) {
    if (numDigits > SAFE_MANTISSA_DIGITS + 1 && decExp > 2) {
      mantissa = 100;
      decExp -= 2;
    } else {
      mantissa = 10;
      decExp -= 1;
    }
  }
  mantissa *= toUint32(fr(decimalExp32(f, decExp) + 0.5));
  return searchMantissa(f, mantissa, cap, layout, numDigits < maxDigits);
}

function toUint32(x: number): number {
  return x >= 4294967296 ? 4294967295 : Math.trunc(x);
}

function readBack(text: string): number {
  const parsed = parseDecimal32(text, 0, text.length);
  return parsed === null ? NaN : parsed[0];
}

/**
 * MicroPython's dichotomic search: nudges the last digits up or down until the text reads back as f,
 * keeping the closest candidate; null asks the caller for one more digit.
 */
function searchMantissa(f: number, mantissa: number, cap: number, layout: Layout, canRetry: boolean): string | null {
  let text = formatMantissa(mantissa, cap, layout);
  let diff = fr(readBack(text) - f);
  if (diff === 0) return text;
  let bestDiff = diff;
  let bestMantissa = mantissa;
  let errRange = 1;
  if (layout.numDigits > SAFE_MANTISSA_DIGITS) errRange = 2 ** (3 * (layout.numDigits - SAFE_MANTISSA_DIGITS));
  for (let runs = 3 + 3 * (MAX_MANTISSA_DIGITS - SAFE_MANTISSA_DIGITS); runs > 0; runs--) {
    if (diff < 0 || Object.is(diff, -0)) mantissa += errRange;
    else mantissa -= errRange;
    text = formatMantissa(mantissa, cap, layout);
    diff = fr(readBack(text) - f);
    if (diff === 0) return text;
    const delta = fr(Math.abs(diff) - Math.abs(bestDiff));
    if (delta < 0 || (delta === 0 && mantissa % 10 === 0)) {
      bestDiff = diff;
      bestMantissa = mantissa;
    }
    if (errRange > 1) {
      errRange /= 2;
    } else {
      if (canRetry) return null;
      return mantissa === bestMantissa ? text : formatMantissa(bestMantissa, cap, layout);
    }
  }
  return text;
}

/** Writes the decimal mantissa as digits with the dot, trailing zeros and exponent the format needs. */
function formatMantissa(mantissa: number, cap: number, layout: Layout): string {
  let { numDigits, trailingZeros, dec, e } = layout;
  const { mode, maxExpZeros } = layout;
  let prefix = layout.prefix;
  if (mantissa !== 0 && mantissa >= cap) {
    // Rounding produced one digit too many.
    if (mode & MODE_F) {
      numDigits++;
      dec++;
    } else {
      mantissa = Math.floor(mantissa / 10);
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
      while (e < 0 && mantissa % 10 === 0) {
        mantissa /= 10;
        dropped++;
        e++;
      }
      numDigits -= dropped;
      prefix += "0." + "0".repeat(Math.max(0, dropped - e - 1));
      dec = NO_DOT;
      e = 0;
    }
  }
  let digits = "";
  for (let i = 0; i < numDigits; i++) {
    digits = String(mantissa % 10) + digits;
    mantissa = Math.floor(mantissa / 10);
  }
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
