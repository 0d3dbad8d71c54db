// The generic entry points of the object protocol (DESIGN.md "Protocol entry points"): every one dispatches
// through `typeOf(x).slots` after a primitive fast path, and raises MicroPython's error wording.
import { type PyValue, type IterResult, PyObject, STOP } from "./object";
import { typeOf, None } from "./builtin-types";
import type { CompareOp, PyType } from "./type";
import { raiseTypeError, raiseIndexError } from "./errors";
import { richCompare } from "./operators";
import { PyInstance } from "./instance";
import { SequenceIterator } from "./sequence-iterator";
import { tick } from "./state";
import { checkAllocItems } from "./alloc";

export { getAttr, lookupAttr, setAttr, delAttr, hasAttr, callMethod, genericGetAttr, genericSetAttr, bindAttr,
  lookupSpecial, callSpecial, raiseNoAttribute, isDataDescriptor } from "./attributes";
export { callObject, isCallable } from "./call";
export { binaryOp, inplaceOp, unaryOp, richCompare, raiseUnsupported, type UnaryOpName } from "./operators";

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

// ---------- identity ----------

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/** A stable number per object (used by `id()`, default `hash()` and default reprs). */
export function identityOf(o: PyObject): number {
  let id = identities.get(o);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(o, id);
  }
  return id;
}

/** What `id(o)` returns: looks like an address, as on MicroPython. */
export function objectId(v: PyValue): number {
  if (typeof v !== "object") return typeof v === "number" ? v * 2 + 1 : hash(v);
  return 0x20000000 + identityOf(v) * 16;
}

// ---------- repr / str ----------

export function repr(v: PyValue): string {
  const slot = typeOf(v).slots.repr;
  if (slot !== undefined) return slot(v);
  return primitiveRepr(v) ?? defaultRepr(v as PyObject);
}

export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  const type = typeOf(v);
  const slot = type.slots.str ?? type.slots.repr;
  if (slot !== undefined) return slot(v);
  return primitiveRepr(v) ?? defaultRepr(v as PyObject);
}

/** Used before the type files install their slots (and as a safety net). */
function primitiveRepr(v: PyValue): string | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return String(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return "'" + v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
  }
  return undefined;
}

/** `<Foo object at 20000010>`, MicroPython's default repr. */
export function defaultRepr(o: PyObject): string {
  return `<${o.$type.name} object at ${objectId(o).toString(16)}>`;
}

// ---------- hash / equality / truth ----------

export function hash(v: PyValue): number {
  const slot = typeOf(v).slots.hash;
  if (slot !== undefined) return slot(v);
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return stringHash(v);
    case "bigint":
      return Number(BigInt.asIntN(32, v));
  }
  return identityOf(v);
}

function stringHash(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/** `a == b` as a JS boolean with identity first (what containers, `in` and `list.index` use). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return false;
  if (typeof a === "string" && typeof b === "string") return false;
  return truthy(richCompare(a, b, "eq"));
}

/** A comparison as a JS boolean (`a < b` in a condition). */
export function compareBool(a: PyValue, b: PyValue, op: CompareOp): boolean {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case "lt": return a < b;
      case "le": return a <= b;
      case "eq": return a === b;
      case "ne": return a !== b;
      case "gt": return a > b;
      case "ge": return a >= b;
    }
  }
  return truthy(richCompare(a, b, op));
}

/** Python truthiness. */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true; // normalised bigints are never zero
  }
  if (v === None) return false;
  const type = v.$type;
  const bool = type.slots.bool;
  if (bool !== undefined) return bool(v);
  const len = type.slots.len;
  if (len !== undefined) return len(v) !== 0;
  return true;
}

// ---------- iteration ----------

/** `iter(o)`. Types with only `__getitem__` iterate by index until IndexError (the old sequence protocol). */
export function getIter(v: PyValue): PyValue {
  const type = typeOf(v);
  const slot = type.slots.iter;
  if (slot !== undefined) return slot(v);
  if (type.slots.getitem !== undefined && !(v instanceof PyInstance && type.lookup("__getitem__") === undefined)) {
    return new SequenceIterator(v);
  }
  return raiseTypeError(`'${type.name}' object isn't iterable`);
}

/** The next item, or STOP when exhausted (no exception on the hot path). */
export function iterNext(it: PyValue): IterResult {
  const slot = typeOf(it).slots.next;
  if (slot !== undefined) return slot(it);
  return raiseTypeError(`'${typeOf(it).name}' object isn't an iterator`);
}

/** Collects any iterable into a fresh JS array. */
export function toArray(iterable: PyValue): PyValue[] {
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return out;
    out.push(v);
    if ((out.length & 0x3ff) === 0) growing(out.length);
  }
}

/** Every 1024 items of a growing array: the interrupt check and the allocation limit. */
export function growing(length: number): void {
  tick();
  if (length > MAX_ITEMS) checkAllocItems(length);
}

const MAX_ITEMS = 1 << 24;

// ---------- containers ----------

export function len(v: PyValue): number {
  if (typeof v === "string") {
    const slot = typeOf(v).slots.len;
    return slot !== undefined ? slot(v) : [...v].length;
  }
  const slot = typeOf(v).slots.len;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`object of type '${typeOf(v).name}' has no len()`);
}

export function getItem(o: PyValue, key: PyValue): PyValue {
  const slot = typeOf(o).slots.getitem;
  if (slot !== undefined) return slot(o, key);
  return raiseTypeError(`'${typeOf(o).name}' object isn't subscriptable`);
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  const slot = typeOf(o).slots.setitem;
  if (slot !== undefined) return slot(o, key, value);
  return raiseTypeError(`'${typeOf(o).name}' object doesn't support item assignment`);
}

export function delItem(o: PyValue, key: PyValue): void {
  const slot = typeOf(o).slots.delitem;
  if (slot !== undefined) return slot(o, key);
  return raiseTypeError(`'${typeOf(o).name}' object doesn't support item deletion`);
}

/** `item in container`; falls back to iterating with == as MicroPython does. */
export function contains(container: PyValue, item: PyValue): boolean {
  const slot = typeOf(container).slots.contains;
  if (slot !== undefined) return slot(container, item);
  const it = getIter(container);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return false;
    if (eq(v, item)) return true;
  }
}

// ---------- types ----------

export function isInstance(v: PyValue, type: PyType): boolean {
  const t = typeOf(v);
  return t === type || t.isSubtypeOf(type);
}

export function isSubclass(sub: PyType, type: PyType): boolean {
  return sub.isSubtypeOf(type);
}

/** Raised by sequence types for a bad index: `list index out of range`. */
export function raiseIndexOutOfRange(typeNameText: string): never {
  return raiseIndexError(`${typeNameText} index out of range`);
}
