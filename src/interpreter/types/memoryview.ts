// The memoryview type: a window (offset, length, item format) onto another object's buffer, with slice assignment.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import { getIter, genericGetAttr } from "../runtime/protocol";
import { raiseTypeError, raiseValueError, raiseNotImplementedError, raiseOverflowError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { PySlice, sliceBounds, itemIndex, toIndex } from "./slice";
import { PyFloat } from "./float";
import { PyBytes } from "./bytes";
import { PyByteArray } from "./bytearray";
import { PyList } from "./list";
import { getBuffer, bytesEqual } from "./text/buffer";
import { PyBytesIterator } from "./text/byte-sequence";

export const memoryviewType = makeBuiltinType("memoryview");
memoryviewType.isBaseType = false;
builtinTypes.set("memoryview", memoryviewType);

/** Item sizes of the formats a memoryview understands (array typecodes; little-endian like the RP2040). */
const ITEM_SIZES: Record<string, number> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8 };

const MAX_VIEW_OFFSET = 0xffffff;

export class PyMemoryView extends PyObject {
  constructor(
    /** The object whose buffer this views. */
    readonly source: PyObject,
    /** First byte of the view in the source's buffer. */
    readonly offset: number,
    /** Number of items. */
    readonly count: number,
    readonly format: string,
    readonly itemsize: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }
  /** The source's current storage (re-read each time: a bytearray may have been reallocated). */
  storage(): Uint8Array {
    const s = this.source;
    if (s instanceof PyByteArray) return s.buf;
    if (s instanceof PyBytes) return s.data;
    return s.$type.slots.buffer!(s);
  }
  /** The viewed bytes as a (live) subarray. */
  get bytes(): Uint8Array {
    return this.storage().subarray(this.offset, this.offset + this.count * this.itemsize);
  }
  /** ByteStore view for the byte iterator. */
  get buf(): Uint8Array {
    return this.bytes;
  }
  get length(): number {
    return this.count * this.itemsize;
  }
}

/** `memoryview(obj)`: the whole buffer, with the item format of an array. */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    return new PyMemoryView(obj.source, obj.offset, obj.count, obj.format, obj.itemsize, obj.readonly);
  }
  const data = getBuffer(obj);
  if (data === null || typeof obj !== "object") return raiseTypeError("object with buffer protocol required");
  // array.array (modules/array) carries its typecode as `tc`; its item size is the Pico's C type size.
  const tc = (obj as { tc?: { code?: unknown; size?: unknown } }).tc;
  const format = typeof tc?.code === "string" && tc.code in ITEM_SIZES ? tc.code : "B";
  const itemsize = typeof tc?.size === "number" && format !== "B" ? tc.size : ITEM_SIZES[format];
  const readonly = obj instanceof PyBytes;
  return new PyMemoryView(obj, 0, Math.floor(data.length / itemsize), format, itemsize, readonly);
}

function view(self: PyMemoryView): DataView {
  const s = self.storage();
  return new DataView(s.buffer, s.byteOffset + self.offset, self.count * self.itemsize);
}

function readItem(self: PyMemoryView, i: number): PyValue {
  if (self.itemsize === 1) {
    const b = self.storage()[self.offset + i];
    return self.format === "b" ? (b << 24) >> 24 : b;
  }
  const v = view(self);
  const at = i * self.itemsize;
  switch (self.format) {
    case "h": return v.getInt16(at, true);
    case "H": return v.getUint16(at, true);
    case "i": case "l": return v.getInt32(at, true);
    case "I": case "L": return v.getUint32(at, true);
    case "q": return normBig(v.getBigInt64(at, true));
    case "Q": return normBig(v.getBigUint64(at, true));
    case "f": return new PyFloat(v.getFloat32(at, true));
    default: return new PyFloat(v.getFloat64(at, true));
  }
}

function normBig(x: bigint): number | bigint {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

function writeItem(self: PyMemoryView, i: number, value: PyValue): void {
  const at = i * self.itemsize;
  if (self.format === "f" || self.format === "d") {
    const x = value instanceof PyFloat ? value.value : Number(toIndex(value));
    if (self.format === "f") view(self).setFloat32(at, x, true);
    else view(self).setFloat64(at, x, true);
    return;
  }
  const n = toIndex(value);
  const v = view(self);
  // Values wrap to the item size, as MicroPython stores them.
  switch (self.itemsize) {
    case 1: v.setUint8(at, Number(BigInt.asUintN(8, BigInt(n)))); break;
    case 2: v.setUint16(at, Number(BigInt.asUintN(16, BigInt(n))), true); break;
    case 4: v.setUint32(at, Number(BigInt.asUintN(32, BigInt(n))), true); break;
    default: v.setBigUint64(at, BigInt.asUintN(64, BigInt(n)), true);
  }
}

function checkWritable(self: PyMemoryView): void {
  if (self.readonly) raiseTypeError("'memoryview' object doesn't support item assignment");
}

function subview(self: PyMemoryView, slice: PySlice): PyMemoryView {
  const b = sliceBounds(slice, self.count);
  if (b.step !== 1) raiseNotImplementedError("only slices with step=1 (aka None) are supported");
  // MicroPython keeps a view's offset (in items) in 24 bits on a 32-bit port such as the Pico.
  if (self.offset / self.itemsize + b.start > MAX_VIEW_OFFSET) raiseOverflowError("memoryview offset too large");
  return new PyMemoryView(self.source, self.offset + b.start * self.itemsize, b.length, self.format, self.itemsize, self.readonly);
}

function getItem(self: PyMemoryView, key: PyValue): PyValue {
  if (key instanceof PySlice) return subview(self, key);
  return readItem(self, itemIndex(key, self.count, "memoryview"));
}

function setItem(self: PyMemoryView, key: PyValue, value: PyValue): void {
  checkWritable(self);
  if (!(key instanceof PySlice)) return writeItem(self, itemIndex(key, self.count, "memoryview"), value);
  const target = subview(self, key);
  const source = value instanceof PyMemoryView ? value.bytes : getBuffer(value);
  if (source === null) return raiseTypeError("object with buffer protocol required");
  // The byte sizes must agree (MicroPython compares bytes, so item sizes must match too).
  if (source.length !== target.count * target.itemsize || (value instanceof PyMemoryView && value.itemsize !== target.itemsize)) {
    raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
  }
  target.bytes.set(source);
}

function richCompare(self: PyMemoryView, other: PyValue, op: CompareOp): PyValue {
  const data = other instanceof PyMemoryView ? other.bytes : getBuffer(other);
  if (data === null || (op !== "eq" && op !== "ne")) return NotImplemented;
  const equal = bytesEqual(self.bytes, data);
  return op === "eq" ? equal : !equal;
}

memoryviewType.defineSlots({
  repr: () => "<memoryview>",
  len: (self: PyMemoryView) => self.count,
  iter: (self: PyMemoryView) =>
    self.format === "B" ? new PyBytesIterator(self) : getIter(new PyList(itemsOf(self))),
  getattr: (self: PyMemoryView, name: string) => {
    if (name === "itemsize") return self.itemsize;
    if (name === "nbytes") return self.count * self.itemsize;
    if (name === "readonly") return self.readonly;
    if (name === "format") return self.format;
    return genericGetAttr(self, memoryviewType, name);
  },
  getitem: getItem,
  setitem: setItem,
  richcompare: richCompare,
  buffer: (self: PyMemoryView) => self.bytes,
  new: (_type: PyType, args: PyValue[], kw: Kw | null) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
    return newMemoryView(args[0]);
  },
});

function itemsOf(self: PyMemoryView): PyValue[] {
  const out: PyValue[] = new Array(self.count);
  for (let i = 0; i < self.count; i++) out[i] = readItem(self, i);
  return out;
}

/** `mv.cast(format)`: the same bytes seen as items of another format (MicroPython's only memoryview method). */
function cast(self: PyMemoryView, format: PyValue): PyValue {
  if (typeof format !== "string" || !(format in ITEM_SIZES)) return raiseValueError("bad typecode");
  const itemsize = ITEM_SIZES[format];
  const nbytes = self.count * self.itemsize;
  if (nbytes % itemsize !== 0) raiseTypeError("memoryview: length is not a multiple of itemsize");
  return new PyMemoryView(self.source, self.offset, nbytes / itemsize, format, itemsize, self.readonly);
}

/** memoryview's methods (installed by text/install.ts). */
export const memoryviewMethods = { cast };
