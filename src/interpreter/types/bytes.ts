// The bytes type: an immutable Uint8Array, with the str-like methods, %-formatting and the buffer protocol.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { PySlice, itemIndex } from "./slice";
import { reprBytes } from "./text/str-repr";
import { getBuffer, byteComparableBuffer, compareBytes, bytesEqual, hashBytes } from "./text/buffer";
import { latin1String, latin1Bytes, decodeText } from "./text/utf8";
import { type TextKind, badImplicitConversion, checkArgs } from "./text/text-kind";
import { percentFormat } from "./text/percent";
import {
  bytesFromArgs, sliceBytes, repeatBytes, repeatCountOf, bytesContain, PyBytesIterator,
} from "./text/byte-sequence";

export const bytesType = makeBuiltinType("bytes");
builtinTypes.set("bytes", bytesType);

export class PyBytes extends PyObject {
  /** Cached hash (0 = not computed yet). */
  hashValue = 0;
  /** Attributes of instances of user subclasses of bytes. */
  $dict: Record<string, PyValue> | undefined;
  constructor(readonly data: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
  /** ByteStore view (shared with bytearray's iterator and helpers). */
  get buf(): Uint8Array {
    return this.data;
  }
  get length(): number {
    return this.data.length;
  }
}

export const EMPTY_BYTES = new PyBytes(new Uint8Array(0));

/** A bytes object owning `data` (callers must not mutate it afterwards). */
export function newBytes(data: Uint8Array): PyBytes {
  return data.length === 0 ? EMPTY_BYTES : new PyBytes(data);
}

/** bytes from a string of chars 0..255. */
export function bytesFromLatin1(s: string): PyBytes {
  return newBytes(latin1Bytes(s));
}

export function isBytes(v: PyValue): v is PyBytes {
  return v instanceof PyBytes;
}

/** The text kind the shared str/bytes methods use for bytes: arguments may be any buffer. */
export const bytesKind: TextKind = {
  name: "bytes",
  unicode: false,
  text: (self) => latin1String((self as PyBytes).data),
  arg: (v) => bufferText(v, "bytes"),
  argOrByte: (v) => byteOrBufferText(v, "bytes"),
  make: (s) => bytesFromLatin1(s),
};

/** A buffer argument of a bytes/bytearray method as latin-1 text. */
export function bufferText(v: PyValue, selfName: string): string {
  const data = getBuffer(v);
  if (data === null) return badImplicitConversion(v, selfName);
  return latin1String(data);
}

/** `b"abc".find(98)`: an int argument is one byte. */
export function byteOrBufferText(v: PyValue, selfName: string): string {
  if (typeof v === "number" || typeof v === "boolean") {
    const n = Number(v);
    if (n < 0 || n > 255) raiseValueError("byte must be in range(0, 256)");
    return String.fromCharCode(n);
  }
  return bufferText(v, selfName);
}

// ---------- slots ----------

function bytesRichCompare(self: PyBytes, other: PyValue, op: CompareOp): PyValue {
  const data = getBuffer(other);
  if (data === null || typeof other === "string") return NotImplemented;
  if ((op === "eq" || op === "ne") && byteComparableBuffer(other) === null) return op === "ne";
  if (op === "eq") return bytesEqual(self.data, data);
  if (op === "ne") return !bytesEqual(self.data, data);
  const c = compareBytes(self.data, data);
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "gt": return c > 0;
    default: return c >= 0;
  }
}

function bytesGetItem(self: PyBytes, key: PyValue): PyValue {
  if (typeof key === "number") {
    const data = self.data;
    const i = key < 0 ? key + data.length : key;
    if (i >= 0 && i < data.length) return data[i];
  }
  if (key instanceof PySlice) return newBytes(sliceBytes(self.data, key));
  return self.data[itemIndex(key, self.data.length, "bytes")];
}

function bytesAdd(self: PyBytes, other: PyValue): PyValue {
  const data = getBuffer(other);
  if (data === null) return NotImplemented;
  if (data.length === 0 && self.$type === bytesType) return self;
  const out = new Uint8Array(self.data.length + data.length);
  out.set(self.data, 0);
  out.set(data, self.data.length);
  return newBytes(out);
}

function bytesMul(self: PyBytes, n: PyValue): PyValue {
  const count = repeatCountOf(n);
  if (count === null) return NotImplemented;
  return newBytes(repeatBytes(self.data, count));
}

function bytesNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  const data = bytesFromArgs(args, kw);
  return type === bytesType ? newBytes(data) : new PyBytes(data, type);
}

function bytesHash(self: PyBytes): number {
  if (self.hashValue === 0) self.hashValue = hashBytes(self.data);
  return self.hashValue;
}

bytesType.defineSlots({
  repr: (self: PyBytes) => reprBytes(self.data),
  hash: bytesHash,
  richcompare: bytesRichCompare,
  len: (self: PyBytes) => self.data.length,
  bool: (self: PyBytes) => self.data.length !== 0,
  iter: (self: PyBytes) => new PyBytesIterator(self),
  getitem: bytesGetItem,
  contains: (self: PyBytes, item: PyValue) => bytesContain(self.data, item),
  add: bytesAdd,
  mul: bytesMul,
  rmul: bytesMul,
  mod: (self: PyBytes, values: PyValue) => bytesFromLatin1(percentFormat(latin1String(self.data), values, true)),
  buffer: (self: PyBytes) => self.data,
  new: bytesNew,
});

// ---------- methods ----------

/** `bytes.decode(encoding='utf-8', errors='strict')`, shared with bytearray. */
export function decodeMethod(self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 1, 3, true);
  const encoding = args[0] ?? kw?.get("encoding") ?? "utf-8";
  const errors = args[1] ?? kw?.get("errors") ?? "strict";
  if (typeof encoding !== "string" || typeof errors !== "string") return raiseTypeError("decode() argument must be str");
  return decodeText(getBuffer(self)!, encoding, errors);
}

/** `bytes.hex([sep])`, shared with bytearray and memoryview. */
export function hexMethod(self: PyValue, sep?: PyValue): PyValue {
  const data = getBuffer(self)!;
  const parts: string[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) parts[i] = (data[i] < 16 ? "0" : "") + data[i].toString(16);
  if (sep === undefined) return parts.join("");
  if (typeof sep !== "string" || sep.length !== 1) return raiseValueError("sep must be length 1.");
  return parts.join(sep);
}

/** `bytes.fromhex(s)`: pairs of hex digits, spaces allowed between pairs. */
export function parseHex(s: PyValue): Uint8Array {
  if (typeof s !== "string") return badImplicitConversion(s);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === " ") {
      i++;
      continue;
    }
    const hi = parseInt(s[i], 16);
    const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || Number.isNaN(lo)) raiseValueError("non-hex digit found");
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** `bytes.fromhex(s)` (a classmethod: a subclass gets an instance of itself). */
export function bytesFromHex(cls: PyType, s: PyValue): PyValue {
  const data = parseHex(s);
  return cls === bytesType ? newBytes(data) : bytesNew(cls, [newBytes(data)], null);
}
