// Argument conversions shared by the native modules, with MicroPython's wording (mp_obj_get_int and friends).
import type { PyValue, Kw } from "../runtime/object";
import { typeOf, None } from "../runtime/builtin-types";
import { raiseTypeError, raiseOverflowError } from "../runtime/errors";
import { PyFloat } from "../types/float";
import { getBuffer } from "../types/text/buffer";
import { encodeUtf8 } from "../types/text/utf8";
import { strValue } from "../types/str";

/** An int argument as a JS number (bools count); bigints outside the machine word raise OverflowError. */
export function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return raiseOverflowError("overflow converting long int to machine word");
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** An int argument truncated to its low 32 bits (mp_obj_get_int_truncated), as an unsigned number. */
export function uint32Arg(v: PyValue): number {
  if (typeof v === "bigint") return Number(BigInt.asUintN(32, v));
  return intArg(v) >>> 0;
}

/** A float argument (int, bool or float). */
export function floatArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.value;
  const slot = typeOf(v).slots.float;
  if (slot !== undefined && typeof v === "object" && !(typeOf(v).name === "str")) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}

/** A str argument (str subclasses too; no implicit conversion). */
export function strArg(v: PyValue): string {
  return strValue(v) ?? raiseTypeError(`can't convert '${typeOf(v).name}' object to str implicitly`);
}

/** The bytes of a buffer-protocol argument, or of a str as UTF-8 (MicroPython lets str stand in for bytes). */
export function bytesLikeArg(v: PyValue): Uint8Array {
  const s = strValue(v);
  if (s !== null) return encodeUtf8(s);
  return getBuffer(v) ?? raiseTypeError("object with buffer protocol required");
}

/** The optional argument at `i`, treating None as missing. */
export function optionalArg(args: PyValue[], i: number): PyValue | undefined {
  const v = args[i];
  return v === undefined || v === None ? undefined : v;
}

/** A keyword argument's value, or undefined. */
export function kwArg(kw: Kw | null, name: string): PyValue | undefined {
  return kw === null ? undefined : kw.get(name);
}

/** Rejects keywords other than `allowed`, with the wording of MicroPython's mp_arg_parse_all. */
export function checkKeywords(kw: Kw | null, allowed: string[]): void {
  if (kw === null) return;
  for (const name of kw.keys()) {
    if (!allowed.includes(name)) raiseTypeError("extra keyword arguments given");
  }
}
