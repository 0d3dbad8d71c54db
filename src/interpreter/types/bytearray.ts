// The bytearray type: a growable byte buffer (spare capacity so append is amortised O(1)) with bytes' methods.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented, None } from "../runtime/builtin-types";
import { raiseTypeError, raiseValueError, raiseMemoryError } from "../runtime/errors";
import { heapLock } from "../runtime/config";
import type { PyType, CompareOp } from "../runtime/type";
import { PySlice, sliceBounds, itemIndex, toIndex } from "./slice";
import { reprBytes } from "./text/str-repr";
import { getBuffer, byteComparableBuffer, compareBytes, bytesEqual } from "./text/buffer";
import { latin1String, latin1Bytes } from "./text/utf8";
import type { TextKind } from "./text/text-kind";
import { percentFormat } from "./text/percent";
import {
  bytesFromArgs, bytesFromIterable, sliceBytes, repeatBytes, repeatCountOf, bytesContain, PyBytesIterator,
} from "./text/byte-sequence";
import { bufferText, byteOrBufferText, parseHex } from "./bytes";

export const bytearrayType = makeBuiltinType("bytearray");
builtinTypes.set("bytearray", bytearrayType);

export class PyByteArray extends PyObject {
  /** Storage: the first `length` bytes are the contents, the rest is spare capacity. */
  buf: Uint8Array;
  length: number;
  $dict: Record<string, PyValue> | undefined;
  constructor(data: Uint8Array, type: PyType = bytearrayType) {
    super(type);
    // micropython.heap_lock(): a bytearray lives on MicroPython's heap (heapalloc_fail_bytearray).
    if (heapLock.depth > 0) raiseMemoryError("memory allocation failed, heap is locked");
    this.buf = data;
    this.length = data.length;
  }
  /** The current contents as a live view (invalidated when the bytearray grows). */
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

export function newByteArray(data: Uint8Array): PyByteArray {
  return new PyByteArray(data);
}

/** Makes room for `extra` more bytes. */
function reserve(self: PyByteArray, extra: number): void {
  const needed = self.length + extra;
  if (needed <= self.buf.length) return;
  if (heapLock.depth > 0) raiseMemoryError("memory allocation failed, heap is locked");
  const grown = new Uint8Array(Math.max(needed, self.buf.length * 2, 16));
  grown.set(self.buf.subarray(0, self.length));
  self.buf = grown;
}

export function byteArrayAppend(self: PyByteArray, value: number): void {
  if (self.length === self.buf.length) reserve(self, 1);
  self.buf[self.length++] = value;
}

export function byteArrayExtend(self: PyByteArray, data: Uint8Array): void {
  // Copy first: `b.extend(b)` passes a view of self's own storage.
  const copy = data.buffer === self.buf.buffer ? data.slice() : data;
  reserve(self, copy.length);
  self.buf.set(copy, self.length);
  self.length += copy.length;
}

/** Replaces `[start, start+count)` with `data` (slice assignment / deletion with step 1). */
function splice(self: PyByteArray, start: number, count: number, data: Uint8Array): void {
  const tail = self.buf.slice(start + count, self.length);
  const newLength = start + data.length + tail.length;
  if (newLength > self.buf.length) reserve(self, newLength - self.length);
  self.buf.set(data, start);
  self.buf.set(tail, start + data.length);
  self.length = newLength;
}

export const bytearrayKind: TextKind = {
  name: "bytearray",
  unicode: false,
  text: (self) => latin1String((self as PyByteArray).buf, 0, (self as PyByteArray).length),
  arg: (v) => bufferText(v, "bytearray"),
  argOrByte: (v) => byteOrBufferText(v, "bytearray"),
  make: (s) => new PyByteArray(latin1Bytes(s)),
};

// ---------- item access ----------

function byteArg(v: PyValue): number {
  const i = toIndex(v);
  if (typeof i !== "number" || i < 0 || i > 255) raiseValueError("byte must be in range(0, 256)");
  return i as number;
}

function getItem(self: PyByteArray, key: PyValue): PyValue {
  if (typeof key === "number") {
    const i = key < 0 ? key + self.length : key;
    if (i >= 0 && i < self.length) return self.buf[i];
  }
  if (key instanceof PySlice) return new PyByteArray(sliceBytes(self.data, key));
  return self.buf[itemIndex(key, self.length, "bytearray")];
}

function setItem(self: PyByteArray, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) return assignSlice(self, key, value);
  self.buf[itemIndex(key, self.length, "bytearray")] = byteArg(value);
}

/** `b[a:b:c] = source`: any buffer, or an iterable of ints; extended slices must keep the length. */
function assignSlice(self: PyByteArray, slice: PySlice, value: PyValue): void {
  const source = getBuffer(value)?.slice() ?? sliceSource(value);
  const b = sliceBounds(slice, self.length);
  if (b.step === 1) return splice(self, b.start, b.length, source);
  if (source.length !== b.length) {
    raiseValueError(`attempt to assign bytes of size ${source.length} to extended slice of size ${b.length}`);
  }
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) self.buf[j] = source[i];
}

function sliceSource(value: PyValue): Uint8Array {
  if (typeof value === "number" || typeof value === "boolean") return raiseTypeError("can only assign an iterable");
  return bytesFromIterable(value);
}

function delItem(self: PyByteArray, key: PyValue): void {
  if (key instanceof PySlice) {
    const b = sliceBounds(key, self.length);
    if (b.step === 1) return splice(self, b.start, b.length, new Uint8Array(0));
    const drop = new Set<number>();
    for (let i = 0, j = b.start; i < b.length; i++, j += b.step) drop.add(j);
    const kept = self.data.filter((_, i) => !drop.has(i));
    self.buf = kept;
    self.length = kept.length;
    return;
  }
  const i = itemIndex(key, self.length, "bytearray");
  splice(self, i, 1, new Uint8Array(0));
}

// ---------- slots ----------

function richCompare(self: PyByteArray, other: PyValue, op: CompareOp): PyValue {
  const data = getBuffer(other);
  if (data === null) return NotImplemented;
  if ((op === "eq" || op === "ne") && byteComparableBuffer(other) === null) return op === "ne";
  const mine = self.data;
  if (op === "eq") return bytesEqual(mine, data);
  if (op === "ne") return !bytesEqual(mine, data);
  const c = compareBytes(mine, data);
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "gt": return c > 0;
    default: return c >= 0;
  }
}

function add(self: PyByteArray, other: PyValue): PyValue {
  const data = getBuffer(other);
  if (data === null) return NotImplemented;
  const out = new Uint8Array(self.length + data.length);
  out.set(self.data, 0);
  out.set(data, self.length);
  return new PyByteArray(out);
}

function inplaceAdd(self: PyByteArray, other: PyValue): PyValue {
  const data = getBuffer(other);
  if (data === null) return NotImplemented;
  byteArrayExtend(self, data);
  return self;
}

function mul(self: PyByteArray, n: PyValue): PyValue {
  const count = repeatCountOf(n);
  if (count === null) return NotImplemented;
  return new PyByteArray(repeatBytes(self.data, count));
}

function bytearrayNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  return new PyByteArray(bytesFromArgs(args, kw), type);
}

bytearrayType.defineSlots({
  repr: (self: PyByteArray) => `bytearray(${reprBytes(self.buf, 0, self.length)})`,
  hash: (): number => raiseTypeError("unhashable type: 'bytearray'"),
  richcompare: richCompare,
  len: (self: PyByteArray) => self.length,
  bool: (self: PyByteArray) => self.length !== 0,
  iter: (self: PyByteArray) => new PyBytesIterator(self),
  getitem: getItem,
  setitem: setItem,
  delitem: delItem,
  contains: (self: PyByteArray, item: PyValue) => bytesContain(self.data, item),
  add,
  iadd: inplaceAdd,
  mul,
  rmul: mul,
  mod: (self: PyByteArray, values: PyValue) =>
    new PyByteArray(latin1Bytes(percentFormat(latin1String(self.buf, 0, self.length), values, true))),
  buffer: (self: PyByteArray) => self.data,
  new: bytearrayNew,
});

// ---------- methods ----------

/** bytearray's own methods (the installer adds them with bytes' shared ones); MicroPython has no insert/pop/remove. */
export const bytearrayMethods = {
  fromhex: (cls: PyType, s: PyValue) => new PyByteArray(parseHex(s), cls),
  append: (self: PyByteArray, value: PyValue) => (byteArrayAppend(self, byteArg(value)), None),
  extend: (self: PyByteArray, iterable: PyValue) => {
    byteArrayExtend(self, getBuffer(iterable) ?? bytesFromIterable(iterable));
    return None;
  },
};
