// The str type: JS strings; lengths and indices count code points (fast path when there are no surrogates).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../runtime/object";
import { makeBuiltinType, registerPrimitiveType, builtinTypes, typeOf, NotImplemented } from "../runtime/builtin-types";
import { raiseTypeError, raiseIndexError, raiseMemoryError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { str as strOf } from "../runtime/protocol";
import { PySlice, sliceBounds, toIndex } from "./slice";
import { hasSurrogates, codePointLength, codePointAt, codePoints, codePointSlice } from "./text/code-points";
import { reprStr } from "./text/str-repr";
import { hashString, requireBuffer } from "./text/buffer";
import { type TextKind, badImplicitConversion, checkArgs, argOrKw } from "./text/text-kind";
import { percentFormat } from "./text/percent";
import { strFormat } from "./text/str-format";
import { formatString } from "./text/format-value";
import { decodeText, encodeText } from "./text/utf8";
import { newBytes } from "./bytes";
import { repeatCountOf } from "./text/byte-sequence";

export const strType = makeBuiltinType("str");
registerPrimitiveType("str", strType);
builtinTypes.set("str", strType);

/** An instance of a user subclass of str (plain str values are JS strings). */
export class PyStr extends PyObject {
  $dict: Record<string, PyValue> | undefined;
  constructor(readonly value: string, type: PyType) {
    super(type);
  }
}

/** The JS string of a str or str-subclass value, or null for anything else. */
export function strValue(v: PyValue): string | null {
  if (typeof v === "string") return v;
  return v instanceof PyStr ? v.value : null;
}

/** A str argument, or MicroPython's "can't convert 'X' object to str implicitly". */
export function requireStr(v: PyValue): string {
  if (typeof v === "string") return v;
  return v instanceof PyStr ? v.value : badImplicitConversion(v);
}

const selfText = (self: PyValue): string => (typeof self === "string" ? self : (self as PyStr).value);

export const strKind: TextKind = {
  name: "str",
  unicode: true,
  text: selfText,
  arg: requireStr,
  argOrByte: requireStr,
  make: (s) => s,
};

// ---------- indexing ----------

/** `s[i]` and `s[a:b:c]`. */
export function strGetItem(self: PyValue, key: PyValue): PyValue {
  const s = selfText(self);
  if (typeof key === "number" && !hasSurrogates(s)) {
    const i = key < 0 ? key + s.length : key;
    if (i >= 0 && i < s.length) return s[i];
    return raiseIndexError("string index out of range");
  }
  if (key instanceof PySlice) return strSlice(s, key);
  if (typeof key !== "number" && typeof key !== "boolean" && typeof key !== "bigint" && typeOf(key).slots.index === undefined) {
    return raiseTypeError(`string indices must be integers, not ${typeOf(key).name}`);
  }
  const length = codePointLength(s);
  const k = toIndex(key);
  const i = typeof k === "number" ? (k < 0 ? k + length : k) : -1;
  if (i < 0 || i >= length) return raiseIndexError("string index out of range");
  return codePointAt(s, i);
}

function strSlice(s: string, slice: PySlice): string {
  const surrogates = hasSurrogates(s);
  const b = sliceBounds(slice, surrogates ? codePointLength(s) : s.length);
  if (b.step === 1) return surrogates ? codePointSlice(s, b.start, b.start + b.length) : s.slice(b.start, b.start + b.length);
  const chars = surrogates ? codePoints(s) : null;
  let out = "";
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out += chars === null ? s[j] : chars[j];
  return out;
}

// ---------- iteration ----------

export const strIteratorType = makeBuiltinType("iterator");
strIteratorType.isBaseType = false;

/** Iterates code points: a surrogate pair comes out as one character. */
export class PyStrIterator extends PyObject {
  index = 0;
  constructor(readonly s: string) {
    super(strIteratorType);
  }
}

strIteratorType.defineSlots({
  iter: (self: PyStrIterator) => self,
  next: (self: PyStrIterator): IterResult => {
    const s = self.s;
    const i = self.index;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        self.index = i + 2;
        return s.slice(i, i + 2);
      }
    }
    self.index = i + 1;
    return s[i];
  },
});

// ---------- operators ----------

function strRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const b = strValue(other);
  if (b === null) return NotImplemented;
  const a = selfText(self);
  switch (op) {
    case "eq": return a === b;
    case "ne": return a !== b;
    case "lt": return a < b;
    case "le": return a <= b;
    case "gt": return a > b;
    case "ge": return a >= b;
  }
}

function strAdd(self: PyValue, other: PyValue): PyValue {
  const b = strValue(other);
  if (b !== null) return selfText(self) + b;
  // Let a user class's __radd__ answer; MicroPython raises at once otherwise.
  const otherType = typeOf(other);
  if (otherType.isUserClass && otherType.slots.radd !== undefined) return NotImplemented;
  return badImplicitConversion(other);
}

const MAX_STRING_UNITS = 1 << 28;

function strMul(self: PyValue, n: PyValue): PyValue {
  const count = repeatCountOf(n);
  if (count === null) return NotImplemented;
  const s = selfText(self);
  if (count <= 0 || s.length === 0) return "";
  if (s.length * count > MAX_STRING_UNITS) raiseMemoryError("memory allocation failed");
  return s.repeat(count);
}

function strContains(self: PyValue, item: PyValue): boolean {
  return selfText(self).includes(requireStr(item));
}

// ---------- construction ----------

/** `str()`, `str(obj)`, `str(buffer, encoding[, errors])` (encoding and errors may be keywords, as in CPython). */
function strNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  const encoding = argOrKw(args, kw, 1, "encoding");
  const errors = argOrKw(args, kw, 2, "errors");
  let s: string;
  if (args.length === 0) s = "";
  else if (encoding === undefined && errors === undefined) s = strOf(args[0]);
  else {
    const codec = encoding === undefined ? "utf-8" : requireStr(encoding);
    s = decodeText(requireBuffer(args[0]), codec, errors === undefined ? "strict" : requireStr(errors));
  }
  return type === strType ? s : new PyStr(s, type);
}

strType.defineSlots({
  repr: (self: PyValue) => reprStr(selfText(self)),
  str: selfText,
  hash: (self: PyValue) => hashString(selfText(self)),
  richcompare: strRichCompare,
  bool: (self: PyValue) => selfText(self).length !== 0,
  len: (self: PyValue) => codePointLength(selfText(self)),
  iter: (self: PyValue) => new PyStrIterator(selfText(self)),
  getitem: strGetItem,
  contains: strContains,
  add: strAdd,
  mul: strMul,
  rmul: strMul,
  mod: (self: PyValue, values: PyValue) => percentFormat(selfText(self), values, false),
  format: (self: PyValue, spec: string) => (spec.length === 0 ? selfText(self) : formatString(selfText(self), spec)),
  new: strNew,
});

// ---------- methods ----------

function encodeMethod(self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 1, 3, true);
  const encoding = argOrKw(args, kw, 0, "encoding");
  return newBytes(encodeText(selfText(self), encoding === undefined ? "utf-8" : requireStr(encoding)));
}

/** str's own methods besides the shared text ones (installed by text/install.ts). */
export const strMethods = {
  format: (self: PyValue, args: PyValue[], kw: Kw | null): PyValue => strFormat(selfText(self), args, kw),
  encode: encodeMethod,
};
