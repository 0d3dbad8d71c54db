// printf-style `%` formatting for str and bytes, with MicroPython's rules and messages.
import { PyObject, type PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError, raiseKeyError, raiseOverflowError } from "../../runtime/errors";
import { repr, str } from "../../runtime/protocol";
import { PyTuple } from "../tuple";
import { PyDict, dictType } from "../dict";
import { PyFloat, floatType } from "../float";
import { PyBytes } from "../bytes";
import { encodeUtf8, latin1String } from "./utf8";
import { codePointLength, codePointSlice } from "./code-points";

/** One `%[(key)][flags][width][.precision]type` directive's options. */
interface Directive {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  precision: number;
}

/** `pattern % values` for str (isBytes false) or for bytes given as a latin-1 string (isBytes true). */
export function percentFormat(pattern: string, values: PyValue, isBytes: boolean): string {
  let args: PyValue[];
  let dict: PyDict | null = null;
  if (values instanceof PyTuple) args = values.items;
  else {
    args = [values];
    if (values instanceof PyDict && values.$type === dictType) dict = values;
  }
  let argIndex = 0;
  const nextArg = (): PyValue => {
    if (argIndex >= args.length) raiseTypeError("not enough arguments for format string");
    return args[argIndex++];
  };
  let out = "";
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const pct = pattern.indexOf("%", i);
    if (pct < 0) {
      out += pattern.slice(i);
      break;
    }
    out += pattern.slice(i, pct);
    i = pct + 1;
    if (i >= n) raiseValueError("incomplete format");
    if (pattern[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    let arg: PyValue | undefined;
    if (pattern[i] === "(") {
      if (dict === null) raiseTypeError("format requires a dict");
      argIndex = 1; // the dict is used up as a positional argument
      const close = pattern.indexOf(")", i);
      if (close < 0) raiseValueError("incomplete format key");
      const key = pattern.slice(i + 1, close);
      arg = dict!.get(key);
      if (arg === undefined) raiseKeyError(key);
      i = close + 1;
    }
    const d: Directive = { left: false, plus: false, space: false, alt: false, zero: false, width: 0, precision: -1 };
    i = parseFlags(pattern, i, d);
    if (pattern[i] === "*") {
      d.width = intOf(nextArg());
      if (d.width < 0) {
        d.left = true;
        d.width = -d.width;
      }
      i++;
    } else i = parseNumber(pattern, i, (v) => (d.width = v));
    if (pattern[i] === ".") {
      i++;
      d.precision = 0;
      if (pattern[i] === "*") {
        d.precision = intOf(nextArg());
        i++;
      } else i = parseNumber(pattern, i, (v) => (d.precision = v));
    }
    if (i >= n) raiseValueError("incomplete format");
    if (arg === undefined) arg = nextArg();
    out += convert(pattern, i, arg, d, isBytes);
    i++;
  }
  if (argIndex < args.length && dict === null) raiseTypeError("not all arguments converted during string formatting");
  return out;
}

function parseFlags(pattern: string, i: number, d: Directive): number {
  for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case "-": d.left = true; break;
      case "+": d.plus = true; break;
      case " ": d.space = true; break;
      case "#": d.alt = true; break;
      case "0": d.zero = true; break;
      default: return i;
    }
  }
  return i;
}

function parseNumber(pattern: string, i: number, set: (v: number) => void): number {
  const start = i;
  while (i < pattern.length && pattern.charCodeAt(i) >= 48 && pattern.charCodeAt(i) <= 57) i++;
  if (i > start) set(parseInt(pattern.slice(start, i), 10));
  return i;
}

function convert(pattern: string, i: number, arg: PyValue, d: Directive, isBytes: boolean): string {
  const type = pattern[i];
  switch (type) {
    case "s":
    case "r":
    case "a":
      return padText(textOf(arg, type, isBytes), d);
    case "c":
      return padText(charOf(arg, isBytes), d);
    case "d":
    case "i":
    case "u":
      return formatInt(integerOf(arg), 10, false, d);
    case "x":
    case "X":
      return formatInt(strictIntOf(arg), 16, type === "X", d);
    case "o":
      return formatInt(strictIntOf(arg), 8, false, d);
    case "e": case "E": case "f": case "F": case "g": case "G":
      return formatFloatDirective(arg, type, d);
  }
  const code = pattern.charCodeAt(i);
  return raiseValueError(`unsupported format character '${pattern[i]}' (0x${code.toString(16)}) at index ${i}`);
}

/** %s / %r: in a bytes pattern a bytes argument goes in raw, anything else as its UTF-8 text. */
function textOf(arg: PyValue, type: string, isBytes: boolean): string {
  if (isBytes && type === "s" && arg instanceof PyBytes) return latin1String(arg.data);
  const text = type === "s" ? str(arg) : repr(arg);
  return isBytes ? latin1String(encodeUtf8(text)) : text;
}

function charOf(arg: PyValue, isBytes: boolean): string {
  if (typeof arg === "string") {
    if (codePointLength(arg) !== 1) raiseTypeError("%c requires int or char");
    return arg;
  }
  if (typeof arg === "bigint") raiseOverflowError("overflow converting long int to machine word");
  if (typeof arg === "number" || typeof arg === "boolean") {
    const code = Number(arg);
    if (isBytes) return String.fromCharCode(code & 0xff);
    if (code < 0 || code > 0x10ffff) raiseOverflowError("%c arg not in range(0x110000)");
    return String.fromCodePoint(code);
  }
  return raiseTypeError("integer required");
}

/** Width, left alignment and precision (truncation) for text conversions. */
function padText(text: string, d: Directive): string {
  if (d.precision >= 0 && d.precision < codePointLength(text)) text = codePointSlice(text, 0, d.precision);
  const pad = d.width - codePointLength(text);
  if (pad <= 0) return text;
  return d.left ? text + " ".repeat(pad) : " ".repeat(pad) + text;
}

function intOf(v: PyValue): number {
  const i = integerOf(v);
  return typeof i === "number" ? i : Number(i);
}

/** %d accepts floats (truncated) and objects with __int__, as MicroPython's arg_as_int. */
function integerOf(v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return truncateFloat(v.value);
  const slot = typeOf(v).slots.int ?? typeOf(v).slots.index;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** %x and %o need a real integer (Python 3.5 semantics, as MicroPython). */
function strictIntOf(v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const slot = typeOf(v).slots.index;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

function truncateFloat(x: number): number | bigint {
  if (!Number.isFinite(x)) {
    return raiseValueError(Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
  }
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** Integer directive: sign, optional 0x/0o prefix, precision as minimum digits, then width. */
export function formatInt(value: number | bigint, base: number, upper: boolean, d: Directive): string {
  const negative = value < 0;
  let digits = (negative ? -value : value).toString(base);
  if (upper) digits = digits.toUpperCase();
  if (d.precision > digits.length) digits = "0".repeat(d.precision - digits.length) + digits;
  let prefix = negative ? "-" : d.plus ? "+" : d.space ? " " : "";
  if (d.alt && base === 16) prefix += upper ? "0X" : "0x";
  if (d.alt && base === 8) prefix += "0o";
  const pad = d.width - prefix.length - digits.length;
  if (pad <= 0) return prefix + digits;
  if (d.left) return prefix + digits + " ".repeat(pad);
  if (d.zero) return prefix + "0".repeat(pad) + digits;
  return " ".repeat(pad) + prefix + digits;
}

/** Float directives go through the float type's format slot, with the directive rewritten as a format spec. */
function formatFloatDirective(arg: PyValue, type: string, d: Directive): string {
  const x = floatOf(arg);
  let spec = d.left ? "<" : "";
  if (d.plus) spec += "+";
  else if (d.space) spec += " ";
  if (d.alt) spec += "#";
  if (d.zero && !d.left) spec += "0";
  if (d.width > 0) spec += String(d.width);
  spec += "." + String(d.precision < 0 ? 6 : d.precision) + type;
  const format = floatType.slots.format;
  if (format === undefined) return String(x);
  return format(new PyFloat(x), spec);
}

function floatOf(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyObject) {
    const slot = typeOf(v).slots.float;
    if (slot !== undefined) return slot(v);
  }
  return raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}
