// format(number, spec) for int, bool and float: presentation types, signs, bases, grouping and padding as MicroPython does them.
import { raiseValueError, raiseOverflowError } from "../../runtime/errors";
import { parseFormatSpec, padFormatted, groupDigits, type FormatSpec } from "../text/format-spec";
import { formatFloat, floatRepr } from "./float-format";
import { intToFloat, type IntValue } from "./int-ops";
import { roundFloat } from "../../runtime/config";

/** An int in `base` without sign (bigints included), lower-case digits. */
export function intDigits(v: IntValue, base: number): string {
  const s = v.toString(base);
  return s.charCodeAt(0) === 45 ? s.slice(1) : s;
}

const BASE_PREFIX: Record<string, string> = { b: "0b", o: "0o", x: "0x", X: "0X" };
const BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 };

function signPrefix(negative: boolean, spec: FormatSpec): string {
  if (negative) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

function isNegative(v: IntValue): boolean {
  return v < 0;
}

/** `format(int, spec)`. */
export function formatIntSpec(v: IntValue, spec: string, typeName = "int"): string {
  const f = parseFormatSpec(spec);
  const type = f.type;
  if (type === "e" || type === "E" || type === "f" || type === "F" || type === "g" || type === "G" || type === "%") {
    return formatFloatParsed(roundFloat(intToFloat(v)), f);
  }
  if (type === "c") return formatCharSpec(v, f);
  const base = type === "" ? 10 : BASES[type];
  if (base === undefined) raiseValueError(`unknown format code '${type}' for object of type '${typeName}'`);
  if (f.precision >= 0) raiseValueError("precision not allowed in integer format specifier");
  let digits = intDigits(v, base);
  if (type === "X") digits = digits.toUpperCase();
  const prefix = signPrefix(isNegative(v), f) + (f.alternate ? BASE_PREFIX[type] ?? "" : "");
  if (f.grouping !== "") {
    const every = base === 10 ? 3 : 4;
    const zeroWidth = f.fill === "0" && f.align === "=" ? Math.max(0, f.width - prefix.length) : 0;
    return padFormatted(prefix + groupDigits(digits, f.grouping, every, zeroWidth), f, ">");
  }
  return padFormatted(prefix + digits, f, ">");
}

/** `{:c}`: the code point as a character, right-aligned like any number ('=' pads like '>'). */
function formatCharSpec(v: IntValue, f: FormatSpec): string {
  if (f.sign !== "") raiseValueError("sign not allowed with integer format specifier 'c'");
  // MicroPython reads the int as unsigned, so negatives are out of range too.
  if (v < 0 || v >= 0x110000) raiseOverflowError("%c arg not in range(0x110000)");
  const spec = f.align === "=" ? { ...f, align: ">" as const } : f;
  return padFormatted(String.fromCodePoint(Number(v)), spec, ">");
}

/** `format(float, spec)`. */
export function formatFloatSpec(x: number, spec: string): string {
  if (spec.length === 0) return floatRepr(x);
  return formatFloatParsed(x, parseFormatSpec(spec));
}

function formatFloatParsed(x: number, f: FormatSpec): string {
  let type = f.type;
  const sign = f.sign === "+" || f.sign === " " ? f.sign : "";
  let body: string;
  if (type === "") {
    // No type: str() when no precision is given, else 'g' (MicroPython's rule).
    body = f.precision < 0 ? withSign(floatRepr(x), sign) : formatFloat(x, "g", f.precision, sign);
  } else if (type === "%") {
    body = formatFloat(roundFloat(x * 100), "f", f.precision, sign) + "%";
  } else if ("eEfFgG".includes(type)) {
    body = formatFloat(x, type, f.precision, sign);
  } else {
    return raiseValueError(`unknown format code '${type}' for object of type 'float'`);
  }
  return padFormatted(body, f, ">");
}

function withSign(s: string, sign: string): string {
  return s.charCodeAt(0) === 45 ? s : sign + s;
}

/** Guards conversions of huge ints where a machine word is expected (e.g. `%c`). */
export function intToSmall(v: IntValue): number {
  if (typeof v === "bigint") raiseOverflowError("overflow converting long int to machine word");
  return v as number;
}

/** bin()/oct()/hex(): the sign, the 0b/0o/0x prefix, then the digits ("-0x1f"). */
export function formatIntBase(v: IntValue, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  return (v < 0 ? "-" : "") + prefix + intDigits(v, base);
}
