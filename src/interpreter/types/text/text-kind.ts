// What the shared str/bytes methods need to know about their type: how to read self and arguments, how to build results.
import type { PyValue, Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { toIndex } from "../slice";
import { codePointLength, hasSurrogates, unitOffset, codePointIndex } from "./code-points";

/** A method of str/bytes/bytearray as the shared implementations define it (self counted in arity errors). */
export type TextMethod = (self: PyValue, args: PyValue[], kw: Kw | null) => PyValue;

export interface TextKind {
  /** The Python type name. */
  name: string;
  /** str: indices count code points and whitespace includes Unicode spaces. bytes: one char per byte. */
  unicode: boolean;
  /** The text of self (bytes as a latin-1 string). */
  text(self: PyValue): string;
  /** An argument of a compatible type as text, or raises MicroPython's TypeError. */
  arg(v: PyValue): string;
  /** Like `arg`, but bytes also accept an int (a single byte), as in `b"ab".find(97)`. */
  argOrByte(v: PyValue): string;
  /** Builds a value of self's kind from text. */
  make(s: string): PyValue;
}

/** MicroPython's argument-count errors (self included in the counts, as MicroPython counts it). */
export function checkArgs(args: PyValue[], kw: Kw | null, min: number, max: number, takesKw = false): void {
  if (kw !== null && kw.size > 0 && !takesKw) raiseTypeError("function doesn't take keyword arguments");
  const n = args.length + 1;
  if (min === max && n !== min) raiseTypeError(`function takes ${min} positional arguments but ${n} were given`);
  if (n < min) raiseTypeError(`function missing ${min - n} required positional arguments`);
  if (n > max) raiseTypeError(`function expected at most ${max} arguments, got ${n}`);
}

/** A keyword-or-positional argument: args[pos] or kw[name] (undefined when absent). */
export function argOrKw(args: PyValue[], kw: Kw | null, pos: number, name: string): PyValue | undefined {
  if (pos < args.length) return args[pos];
  return kw?.get(name);
}

/** "can't convert 'int' object to str implicitly". */
export function badImplicitConversion(v: PyValue, target = "str"): never {
  return raiseTypeError(`can't convert '${typeOf(v).name}' object to ${target} implicitly`);
}

/** An optional index argument (None or missing → undefined) as a JS number (bigints clamp). */
export function optionalIndex(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  const i = toIndex(v);
  if (typeof i === "number") return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** An int argument that must be given (maxsplit, count, width). */
export function intArg(v: PyValue): number {
  const i = toIndex(v);
  if (typeof i === "number") return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/**
 * Resolves `start`/`end` arguments against `text` like CPython (negatives count from the end, end clamps
 * to the length) and returns UTF-16 offsets, or null when start lies beyond the end of the text.
 */
export function resolveRange(kind: TextKind, text: string, startArg: PyValue | undefined, endArg: PyValue | undefined): [number, number] | null {
  const unicode = kind.unicode && hasSurrogates(text);
  const length = unicode ? codePointLength(text) : text.length;
  let start = optionalIndex(startArg) ?? 0;
  let end = optionalIndex(endArg) ?? length;
  if (end > length) end = length;
  else if (end < 0) end = Math.max(0, end + length);
  if (start < 0) start = Math.max(0, start + length);
  if (start > length) return null;
  if (!unicode) return [start, end];
  return [unitOffset(text, start), unitOffset(text, end)];
}

/** Converts a UTF-16 offset found in `text` back to a Python index for this kind. */
export function pythonIndex(kind: TextKind, text: string, offset: number): number {
  return kind.unicode ? codePointIndex(text, offset) : offset;
}
