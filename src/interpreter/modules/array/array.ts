// array.array: a growable typed array (numbers stored in a JS typed array, so its bytes are the buffer protocol's).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../../runtime/object";
import { makeBuiltinType, NotImplemented, None } from "../../runtime/builtin-types";
import { raiseIndexError, raiseTypeError, raiseValueError, raiseNotImplementedError } from "../../runtime/errors";
import type { PyType, CompareOp } from "../../runtime/type";
import { defineMethods } from "../../runtime/function";
import { PySlice, resolveSlice, itemIndex } from "../../types/slice";
import { repr, getIter, iterNext, eq } from "../../types/containers/proto";
import { compareSequences } from "../../types/containers/sequence";
import { raiseUnhashable } from "../../types/containers/key-protocol";
import { getBuffer } from "../../types/text/buffer";
import { newBytes } from "../../types/bytes";
import { typeCodeOf, type TypeCode, type Storage } from "./typecodes";

export const arrayType = makeBuiltinType("array", undefined, "array");

export class PyArray extends PyObject {
  store: Storage;
  length = 0;
  $dict: Record<string, PyValue> | undefined;
  constructor(readonly tc: TypeCode, capacity = 0, type: PyType = arrayType) {
    super(type);
    this.store = tc.alloc(Math.max(capacity, 4));
  }

  get(i: number): PyValue {
    return this.tc.fromStored(this.store[i]);
  }

  set(i: number, v: PyValue): void {
    (this.store as unknown[])[i] = this.tc.toStored(v);
  }

  append(v: PyValue): void {
    const stored = this.tc.toStored(v); // convert first: a bad value must leave the array unchanged
    if (this.length === this.store.length) this.reserve(this.length + 1);
    (this.store as unknown[])[this.length++] = stored;
  }

  reserve(n: number): void {
    if (n <= this.store.length) return;
    const grown = this.tc.alloc(Math.max(n, this.store.length * 2));
    copyItems(this.store, 0, grown, 0, this.length);
    this.store = grown;
  }

  /** The items' bytes (a live view for numeric types). */
  bytes(): Uint8Array {
    const s = this.store;
    if (Array.isArray(s)) return new Uint8Array(this.length * this.tc.size);
    return new Uint8Array(s.buffer, s.byteOffset, this.length * this.tc.size);
  }

  values(): PyValue[] {
    const out = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }
}

function copyItems(src: Storage, from: number, dst: Storage, to: number, n: number): void {
  if (!Array.isArray(src) && !Array.isArray(dst) && src.constructor === dst.constructor) {
    (dst as Uint8Array).set((src as Uint8Array).subarray(from, from + n), to);
    return;
  }
  for (let i = 0; i < n; i++) (dst as unknown[])[to + i] = (src as unknown[])[from + i];
}

export function newArray(tc: TypeCode, values: PyValue[], type: PyType = arrayType): PyArray {
  const a = new PyArray(tc, values.length, type);
  for (const v of values) a.append(v);
  return a;
}

/** Copies raw bytes (native little-endian layout) into a new array; a trailing partial item is dropped. */
function fromRawBytes(tc: TypeCode, data: Uint8Array, type: PyType): PyArray {
  const n = Math.floor(data.length / tc.size);
  const a = new PyArray(tc, n, type);
  if (tc.kind === "object") return raiseTypeError("can't convert bytes to object array");
  a.length = n;
  a.bytes().set(data.subarray(0, n * tc.size));
  return a;
}

/** `array(typecode[, initializer])`. */
function arrayNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length < 1 || args.length > 2) {
    raiseTypeError(`function takes from 1 to 2 positional arguments but ${args.length} were given`);
  }
  const tc = typeCodeOf(args[0]);
  if (args.length === 1) return new PyArray(tc, 0, type);
  const init = args[1];
  if (!(init instanceof PyArray)) {
    const raw = getBuffer(init);
    if (raw !== null) return fromRawBytes(tc, raw, type);
  }
  const a = new PyArray(tc, 0, type);
  extend(a, init);
  return a;
}

function extend(a: PyArray, iterable: PyValue): void {
  if (iterable instanceof PyArray) {
    for (const v of iterable.values()) a.append(v);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) a.append(x);
}

function arrayGetItem(a: PyArray, index: PyValue): PyValue {
  if (index instanceof PySlice) {
    const b = resolveSlice(index.start, index.stop, index.step, a.length);
    const out = new PyArray(a.tc, b.length);
    for (let i = 0, p = b.start; i < b.length; i++, p += b.step) out.append(a.get(p));
    return out;
  }
  return a.get(itemIndex(index, a.length, "array"));
}

function arraySetItem(a: PyArray, index: PyValue, value: PyValue): void {
  if (index instanceof PySlice) return assignSlice(a, index, value);
  a.set(itemIndex(index, a.length, "array"), value);
}

/** `a[i:j] = other_array` (MicroPython requires an array or buffer on the right). */
function assignSlice(a: PyArray, s: PySlice, value: PyValue): void {
  const src = value instanceof PyArray ? value.values() : null;
  if (src === null) return raiseTypeError("array/bytes required on right side");
  const b = resolveSlice(s.start, s.stop, s.step, a.length);
  if (b.step !== 1) {
    if (src.length !== b.length) raiseValueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${b.length}`);
    for (let i = 0, p = b.start; i < b.length; i++, p += b.step) a.set(p, src[i]);
    return;
  }
  const values = a.values();
  values.splice(b.start, Math.max(b.stop - b.start, 0), ...src);
  a.length = 0;
  for (const v of values) a.append(v);
}

function arrayRepr(a: PyArray): string {
  const name = a.$type.isUserClass ? a.$type.name : "array";
  if (a.length === 0) return `${name}('${a.tc.code}')`;
  return `${name}('${a.tc.code}', [${a.values().map(repr).join(", ")}])`;
}

/**
 * MicroPython compares arrays item by item when the layouts are compatible (same typecode up to
 * signedness) and raises NotImplementedError for other pairs of arrays (floats always).
 */
function arrayRichCompare(self: PyArray, other: PyValue, op: CompareOp): PyValue {
  if (other instanceof PyArray) {
    const [a, b] = [self.tc, other.tc];
    if (a.kind === "float" || b.kind === "float" || a.code.toLowerCase() !== b.code.toLowerCase()) {
      return raiseNotImplementedError();
    }
    return compareSequences(self.values(), other.values(), op);
  }
  // An array never equals a bytes-like object (CPython and MicroPython agree), and does not order against one.
  if (op === "eq") return false;
  if (op === "ne") return true;
  return NotImplemented;
}

function arrayAdd(self: PyArray, other: PyValue): PyValue {
  if (!(other instanceof PyArray)) return NotImplemented;
  const out = newArray(self.tc, self.values());
  extend(out, other);
  return out;
}

function arrayContains(self: PyArray, x: PyValue): boolean {
  for (let i = 0; i < self.length; i++) {
    const v = self.get(i);
    if (v === x || eq(v, x)) return true;
  }
  return false;
}

// ---- iteration ---------------------------------------------------------------------------------

const arrayIteratorType = makeBuiltinType("iterator");
arrayIteratorType.isBaseType = false;

class PyArrayIterator extends PyObject {
  index = 0;
  constructor(readonly array: PyArray) {
    super(arrayIteratorType);
  }
}

arrayIteratorType.defineSlots({
  iter: (self: PyArrayIterator) => self,
  next: (self: PyArrayIterator): IterResult => (self.index < self.array.length ? self.array.get(self.index++) : STOP),
});

// A named object (not a literal argument): TypeSlots' binary-operator index signature rejects literal keys.
const arraySlots = {
  repr: arrayRepr,
  hash: raiseUnhashable,
  richcompare: arrayRichCompare,
  bool: (self: PyArray) => self.length !== 0,
  len: (self: PyArray) => self.length,
  iter: (self: PyArray) => new PyArrayIterator(self),
  getitem: arrayGetItem,
  setitem: arraySetItem,
  contains: arrayContains,
  add: arrayAdd,
  iadd: (self: PyArray, other: PyValue) => (extend(self, other), self),
  buffer: (self: PyArray) => self.bytes(),
  new: arrayNew,
};
arrayType.defineSlots(arraySlots);

defineMethods(arrayType, {
  append: (self: PyArray, v: PyValue) => (self.append(v), None),
  extend: (self: PyArray, it: PyValue) => (extend(self, it), None),
  tobytes: (self: PyArray) => newBytes(self.bytes().slice()),
});
