// int(...) construction: int(), int(x) through __int__ / float truncation, int(text, base) with MicroPython's parsing rules.
import type { PyValue, Kw } from "../../runtime/object";
import type { PyType } from "../../runtime/type";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { getBuffer } from "../text/buffer";
import { latin1String } from "../text/utf8";
import { parseIntText } from "./parse";
import type { IntValue } from "./int-ops";

/** The text of a str or buffer argument, or null. */
function textOf(v: PyValue): string | null {
  if (typeof v === "string") return v;
  const data = getBuffer(v);
  return data === null ? null : latin1String(data);
}

function baseOf(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return 99;
  const slot = typeOf(v).slots.index;
  if (slot !== undefined) return Number(slot(v));
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** int(x): ints stay, bools become 0/1, text is parsed in base 10, anything else goes through its int slot. */
export function toIntValue(v: PyValue): IntValue {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return parseIntText(v, 10);
  }
  const slots = typeOf(v).slots;
  if (slots.int !== undefined) return slots.int(v);
  const text = textOf(v);
  if (text !== null) return parseIntText(text, 10);
  if (slots.index !== undefined) return slots.index(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** The int type's `new` slot. Subclasses of int keep the plain value (instances of them are not boxed). */
export function newIntFromArgs(_type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) {
    const base = kw.get("base");
    if (base === undefined || kw.size > 1 || args.length !== 1) raiseTypeError("function doesn't take keyword arguments");
    return newIntFromArgs(_type, [args[0], base!], null);
  }
  if (args.length === 0) return 0;
  if (args.length === 1) return toIntValue(args[0]);
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  const text = textOf(args[0]);
  if (text === null) raiseTypeError("can't convert non-string with explicit base");
  return parseIntText(text!, baseOf(args[1]));
}
