// format(value, spec) and f-string fields: dispatch to the value's `format` slot, and str's own formatting.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { repr, str } from "../../runtime/protocol";
import { parseFormatSpec, padFormatted } from "./format-spec";
import { codePointLength, codePointSlice } from "./code-points";

/** `format(value, spec)`: the type's format slot, else object's rule (only an empty spec, meaning str()). */
export function formatValue(value: PyValue, spec: string): string {
  if (typeof value === "string") return spec.length === 0 ? value : formatString(value, spec);
  const slot = typeOf(value).slots.format;
  if (slot !== undefined) return slot(value, spec);
  if (spec.length === 0) return str(value);
  return raiseTypeError(`unsupported format string passed to ${typeOf(value).name}.__format__`);
}

/** One f-string / str.format field: `!r`/`!s`/`!a` conversion (code 114/115/97, -1 none) then the spec. */
export function formatField(value: PyValue, conversion: number, spec: string): string {
  if (conversion === 114 || conversion === 97) value = repr(value);
  else if (conversion === 115) value = str(value);
  return formatValue(value, spec);
}

/** str's format slot: `[[fill]align][width][.precision][s]`; signs, '=' and numeric types are errors. */
export function formatString(s: string, spec: string): string {
  let f = parseFormatSpec(spec);
  if (f.sign !== "") raiseValueError("sign not allowed in string format specifier");
  // A bare '0' flag implies '=' alignment; for text CPython treats it as a '0' fill aligned left.
  if (f.zeroPad && f.align === "=" && !/^[^]?[<>=^]/u.test(spec)) f = { ...f, align: "<" };
  if (f.align === "=") raiseValueError("'=' alignment not allowed in string format specifier");
  if (f.type !== "" && f.type !== "s") raiseValueError(`unknown format code '${f.type}' for object of type 'str'`);
  if (f.precision >= 0 && f.precision < codePointLength(s)) s = codePointSlice(s, 0, f.precision);
  return padFormatted(s, f, "<");
}
