// Double precision as MicroPython's approximate conversions compute it: decimal scaling through the exponent field and one power of 5, and its decimal parser.
import { intTrueDiv } from "./int-ops";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high word (sign, exponent, top of the fraction) on this platform.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The unbiased binary exponent stored in a double (subnormals give -1023). */
export function float64Exponent(x: number): number {
  f64[0] = x;
  return ((u32[HI] >>> 20) & 0x7ff) - 1023;
}

const pow5Cache = new Map<number, number>();

/** pow(5, n) correctly rounded (as the C library gives it for these exact powers and their reciprocals). */
export function pow5d(n: number): number {
  let v = pow5Cache.get(n);
  if (v === undefined) {
    v = n >= 0 ? Number(5n ** BigInt(n)) : intTrueDiv(1, 5n ** BigInt(-n));
    pow5Cache.set(n, v);
  }
  return v;
}

/** `num * 10**decExp`: 2**decExp added to the exponent field (wrapping as the C bitfield does), then one power of 5. */
export function decimalExp64(num: number, decExp: number): number {
  if (decExp === 0 || num === 0) return num;
  f64[0] = num;
  const hi = u32[HI];
  const oldField = (hi >>> 20) & 0x7ff;
  const field = (oldField + decExp) & 0x7ff;
  u32[HI] = ((hi & 0x800fffff) | (field << 20)) >>> 0;
  // Subnormals have no exponent to adjust: scale them exactly instead (C would print nonsense).
  const scaled = oldField === 0 ? num * 2 ** (decExp >> 1) * 2 ** (decExp - (decExp >> 1)) : f64[0];
  if (decExp < 0 && decExp >= -22) return scaled / pow5d(-decExp);
  return scaled * pow5d(decExp);
}

const MANTISSA_MAX = 0x1999999999999998n;
const IN_INTEGER = 0;
const IN_FRACTION = 1;
const IN_EXPONENT = 2;

/** MicroPython's decimal parser with a 64-bit mantissa: [value, index after the number], or null for a bare exponent. */
export function parseDecimal64(s: string, start: number, end: number): [number, number] | null {
  let state = IN_INTEGER;
  let expNegative = false;
  let mantissa = 0n;
  // Small mantissas accumulate in a number and move to a bigint only when they grow.
  let small = 0;
  let useBig = false;
  let expValue = 0;
  let expExtra = 0;
  let zerosInteger = 0;
  let zerosFraction = 0;
  const full = () => (useBig ? mantissa >= MANTISSA_MAX : false);
  const acceptDigit = (digit: number, where: number) => {
    if (!full()) {
      if (where === IN_FRACTION) expExtra--;
      if (!useBig && small <= 900719925474098) small = small * 10 + digit;
      else {
        if (!useBig) {
          mantissa = BigInt(small);
          useBig = true;
        }
        mantissa = mantissa * 10n + BigInt(digit);
      }
    } else if (where === IN_INTEGER) {
      expExtra++;
    }
  };
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i++);
    if (c >= 48 && c <= 57) {
      const digit = c - 48;
      if (state === IN_EXPONENT) {
        if (expValue < 107374181) expValue = 10 * expValue + digit;
      } else if (digit === 0 || full()) {
        if (state === IN_INTEGER) zerosInteger++;
        else zerosFraction++;
      } else {
        for (; zerosInteger > 0; zerosInteger--) acceptDigit(0, IN_INTEGER);
        for (; zerosFraction > 0; zerosFraction--) acceptDigit(0, IN_FRACTION);
        acceptDigit(digit, state);
      }
    } else if (state === IN_INTEGER && c === 46) {
      state = IN_FRACTION;
    } else if (state !== IN_EXPONENT && (c | 0x20) === 101) {
      state = IN_EXPONENT;
      if (i < end) {
        const sign = s.charCodeAt(i);
        if (sign === 43) i++;
        else if (sign === 45) {
          i++;
          expNegative = true;
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
  const exponent = (expNegative ? -expValue : expValue) + expExtra + zerosInteger;
  const value = useBig ? Number(mantissa) : small;
  return [decimalExp64(value, exponent), i];
}
