// Float → text as MicroPython prints it: repr/str and the 'e'/'f'/'g' conversions of % and format(), in double or single precision.
import { config } from "../../runtime/config";
import { formatFloatApprox } from "./float-format-approx";

/** repr(float) / str(float): the shortest form MicroPython gives, always with a '.' or an exponent. */
export function floatRepr(x: number): string {
  if (!config.singlePrecision && Number.isInteger(x) && Math.abs(x) < 1e16) {
    // Whole numbers below the exponent threshold print exactly: "3.0", "-0.0".
    return x === 0 && 1 / x < 0 ? "-0.0" : x + ".0";
  }
  return addPointZero(formatFloatApprox(x, "r", 0, "", config.singlePrecision));
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
 * Formats with a printf conversion: fmt is one of e E f F g G (or 'r' for repr without the ".0"),
 * prec < 0 means 6, `sign` is '', '+' or ' ' (the prefix for non-negative numbers).
 */
export function formatFloat(x: number, fmt: string, prec: number, sign: string): string {
  return formatFloatApprox(x, fmt, prec, sign, config.singlePrecision);
}
