// Single-precision arithmetic as the Pico's firmware does it: float32 bit access, its powf for powers of 5, and MicroPython's decimal scaling and parsing.
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const fr = Math.fround;

export function float32Bits(x: number): number {
  f32[0] = x;
  return u32[0];
}

export function float32FromBits(bits: number): number {
  u32[0] = bits >>> 0;
  return f32[0];
}

/** The unbiased binary exponent stored in a float32 (subnormals give -127). */
export function float32Exponent(x: number): number {
  return ((float32Bits(x) >>> 23) & 0xff) - 127;
}

/**
 * powf(5, n) as the firmware computes it: correctly rounded (checked against a real Pico's output,
 * which an approximate power does not reproduce).
 */
export function pow5f(n: number): number {
  return fr(5 ** n);
}

/**
 * `num * 10**decExp` in float32 as MicroPython's approximate conversion computes it: the power of two
 * goes into the exponent field directly, then one multiplication (or exact division) by a power of 5.
 */
export function decimalExp32(num: number, decExp: number): number {
  if (decExp === 0 || num === 0) return num;
  const bits = float32Bits(num);
  const oldField = (bits >>> 23) & 0xff;
  const field = (oldField + decExp) & 0xff;
  // Subnormals have no exponent to adjust: scale them exactly instead (C would print nonsense).
  const scaled = oldField === 0 ? fr(num * 2 ** decExp) : float32FromBits((bits & 0x807fffff) | (field << 23));
  if (decExp < 0 && decExp >= -10) return fr(scaled / pow5f(-decExp));
  return fr(scaled * pow5f(decExp));
}

/** Largest mantissa that can take one more decimal digit without overflowing 32 bits. */
const MANTISSA_MAX = 0x19999998;

const IN_INTEGER = 0;
const IN_FRACTION = 1;
const IN_EXPONENT = 2;

/**
 * Parses an unsigned decimal ("12.5e-3", underscores allowed) into a float32 the way the Pico does.
 * Returns [value, index after the number], or null when an exponent has no digits after 'e'.
 */
export function parseDecimal32(s: string, start: number, end: number): [number, number] | null {
  let state = IN_INTEGER;
  let expNegative = false;
  let mantissa = 0;
  let expValue = 0;
  let expExtra = 0;
  let zerosInteger = 0;
  let zerosFraction = 0;
  const acceptDigit = (digit: number, where: number) => {
    if (mantissa < MANTISSA_MAX) {
      if (where === IN_FRACTION) expExtra--;
      mantissa = 10 * mantissa + digit;
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
      } else if (digit === 0 || mantissa >= MANTISSA_MAX) {
        // Zeros are held back so that trailing ones cost no precision.
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
  return [decimalExp32(fr(mantissa), exponent), i];
}
