// The buffer protocol as the text types use it: the bytes behind bytes, bytearray, memoryview and array objects.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";

/** The bytes of an object supporting the buffer protocol, or null (str has no buffer here, as in CPython). */
export function getBuffer(v: PyValue): Uint8Array | null {
  if (typeof v !== "object") return null;
  const slot = v.$type.slots.buffer;
  return slot === undefined ? null : slot(v);
}

/** Like getBuffer, raising MicroPython's TypeError when there is no buffer. */
export function requireBuffer(v: PyValue): Uint8Array {
  return getBuffer(v) ?? raiseTypeError("object with buffer protocol required");
}

/** True when `v`'s type (or a base) provides a buffer. */
export function hasBuffer(v: PyValue): boolean {
  return typeof v === "object" && typeOf(v).slots.buffer !== undefined;
}

/**
 * The bytes of `v` for comparing with bytes/bytearray: as MicroPython, an array.array only compares equal
 * when its items are unsigned bytes (typecode 'B'); other typecodes get null (never equal).
 */
export function byteComparableBuffer(v: PyValue): Uint8Array | null {
  if (typeof v !== "object") return null;
  // MicroPython never finds an array equal to bytes, whatever its typecode.
  if ((v as { tc?: unknown }).tc !== undefined) return null;
  return getBuffer(v);
}

/** Lexicographic comparison of two byte sequences: negative, zero or positive. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** FNV-1a over bytes; str uses the same function over its char codes so that b"ab" and "ab" hash alike. */
export function hashBytes(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
  return (h >>> 1) || 1;
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 1) || 1;
}
