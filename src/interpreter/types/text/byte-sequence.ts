// Helpers bytes and bytearray share: building byte arrays from constructor arguments, items, slices, repetition.
import { PyObject, STOP, type PyValue, type IterResult, type Kw } from "../../runtime/object";
import { makeBuiltinType, typeOf } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError, raiseMemoryError, raiseOverflowError } from "../../runtime/errors";
import { getIter, iterNext, str as strOf } from "../../runtime/protocol";
import { PySlice, sliceBounds, toIndex } from "../slice";
import { getBuffer } from "./buffer";
import { encodeText } from "./utf8";

/** A byte value from an int-like argument, with MicroPython's range error. */
export function byteValue(v: PyValue): number {
  const i = toIndex(v);
  if (typeof i !== "number" || i < 0 || i > 255) raiseValueError("bytes value out of range");
  return i as number;
}

/** The bytes `bytes(...)` / `bytearray(...)` construct from their arguments (a fresh array). */
export function bytesFromArgs(args: PyValue[], kw: Kw | null): Uint8Array {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length === 0) return new Uint8Array(0);
  const source = args[0];
  if (typeof source === "string" || typeOf(source).mro.some((t) => t.name === "str" && t.module === null)) {
    if (args.length < 2 || args.length > 3) raiseTypeError("wrong number of arguments");
    return encodeText(strOf(source), strOf(args[1]));
  }
  if (args.length > 1) raiseTypeError("wrong number of arguments");
  if (typeof source === "bigint") raiseOverflowError("overflow converting long int to machine word");
  if (typeof source === "number" || typeof source === "boolean") {
    const n = Number(source);
    if (n < 0) raiseValueError("negative count");
    if (n > 0x10000000) raiseMemoryError("memory allocation failed");
    return new Uint8Array(n);
  }
  const buffer = getBuffer(source);
  if (buffer !== null) return buffer.slice();
  return bytesFromIterable(source);
}

/** Bytes from an iterable of ints (each 0..255). */
export function bytesFromIterable(iterable: PyValue): Uint8Array {
  const values: number[] = [];
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== STOP; v = iterNext(it)) values.push(byteValue(v));
  return Uint8Array.from(values);
}

/** `seq[slice]` over bytes: any step. */
export function sliceBytes(data: Uint8Array, s: PySlice): Uint8Array {
  const b = sliceBounds(s, data.length);
  if (b.step === 1) return data.slice(b.start, b.start + b.length);
  const out = new Uint8Array(b.length);
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out[i] = data[j];
  return out;
}

/** `data * n` (n ≤ 0 → empty), MemoryError beyond what a Pico could ever hold many times over. */
export function repeatBytes(data: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || data.length === 0) return new Uint8Array(0);
  if (data.length * n > 0x10000000) raiseMemoryError("memory allocation failed");
  const out = new Uint8Array(data.length * n);
  for (let i = 0; i < n; i++) out.set(data, i * data.length);
  return out;
}

/** Repetition count from the right operand of `*`, null when it is not an int (NotImplemented). */
export function repeatCountOf(v: PyValue): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v < 0n ? 0 : raiseMemoryError("memory allocation failed");
  if (typeof v === "string") return null;
  const slot = v.$type.slots.index;
  if (slot === undefined) return null;
  const i = slot(v);
  return typeof i === "number" ? i : i < 0n ? 0 : raiseMemoryError("memory allocation failed");
}

/** Index of `needle` in `hay` (bytes search), -1 when absent. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from <= hay.length ? from : -1;
  const first = needle[0];
  const last = hay.length - n;
  outer: for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < n; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** `x in bytes`: an int is a byte value, anything with a buffer a subsequence. */
export function bytesContain(data: Uint8Array, item: PyValue): boolean {
  if (typeof item === "number" || typeof item === "boolean" || typeof item === "bigint") {
    const i = toIndex(item);
    if (typeof i !== "number" || i < 0 || i > 255) raiseValueError("byte must be in range(0, 256)");
    return data.indexOf(i as number) >= 0;
  }
  const needle = getBuffer(item);
  if (needle === null) return raiseTypeError(`can't convert '${typeOf(item).name}' object to bytes implicitly`);
  return indexOfBytes(data, needle) >= 0;
}

// ---------- iteration ----------

export const bytesIteratorType = makeBuiltinType("iterator");
bytesIteratorType.isBaseType = false;

/** Storage as bytes and bytearray expose it: `buf[0:length]` are the current bytes (bytearray keeps spare capacity). */
export interface ByteStore {
  readonly buf: Uint8Array;
  readonly length: number;
}

/** Iterates a byte store by position, so a bytearray growing during the loop is seen as it is. */
export class PyBytesIterator extends PyObject {
  index = 0;
  constructor(readonly source: ByteStore) {
    super(bytesIteratorType);
  }
}

bytesIteratorType.defineSlots({
  iter: (self: PyBytesIterator) => self,
  next: (self: PyBytesIterator): IterResult => {
    const source = self.source;
    return self.index < source.length ? source.buf[self.index++] : STOP;
  },
});
