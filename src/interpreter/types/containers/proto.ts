// The protocol operations the container types need (repr, ==, <, truth, iteration, len, calls).
// Same semantics as the core's runtime/protocol.ts, dispatching through the same type slots, but kept
// free of imports that reach types/float.ts or runtime/operators.ts: tuple.ts and dict.ts are imported by
// runtime/function.ts, and those modules import function.ts back at load time (a cycle that breaks
// whenever function.ts happens to load first).
import { type PyValue, type IterResult, STOP, PyObject } from "../../runtime/object";
import { typeOf, None, NotImplemented } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import type { CompareOp, PyType } from "../../runtime/type";
import { SequenceIterator } from "../../runtime/sequence-iterator";
import { iterSeq } from "./seq-iterator";

export { callObject } from "../../runtime/call";

/** `repr(v)`. */
export function repr(v: PyValue): string {
  const slot = typeOf(v).slots.repr;
  if (slot !== undefined) return slot(v);
  switch (typeof v) {
    case "number":
    case "bigint":
      return String(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return "'" + v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
  }
  return `<${v.$type.name} object>`;
}

/** `str(v)`. */
export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  const slots = typeOf(v).slots;
  const slot = slots.str ?? slots.repr;
  return slot !== undefined ? slot(v) : repr(v);
}

/** `a == b` as a JS boolean, identity first (what containers use). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return false;
  if (typeof a === "string" && typeof b === "string") return false;
  return truthy(richCompare(a, b, "eq"));
}

const REFLECTED: Record<CompareOp, CompareOp> = { lt: "gt", le: "ge", eq: "eq", ne: "ne", gt: "lt", ge: "le" };

/** `a <op> b` with Python's reflected-operand rules; the result may be any object. */
export function richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (typeof a === "number" && typeof b === "number") return compareValues(a, b, op);
  if (typeof a === "string" && typeof b === "string") return compareValues(a, b, op);
  const ta = typeOf(a);
  const tb = typeOf(b);
  const forward = ta.slots.richcompare;
  const reflected = tb !== ta ? tb.slots.richcompare : undefined;
  if (reflected !== undefined && tb.isSubtypeOf(ta) && reflected !== forward) {
    const r = reflected(b, a, REFLECTED[op]);
    if (r !== NotImplemented) return r;
  }
  if (forward !== undefined) {
    const r = forward(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (reflected !== undefined) {
    const r = reflected(b, a, REFLECTED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  return raiseUnsupportedCompare(op, ta, tb);
}

function raiseUnsupportedCompare(op: CompareOp, ta: PyType, tb: PyType): never {
  return raiseTypeError(`unsupported types for __${op}__: '${ta.name}', '${tb.name}'`);
}

function compareValues<T extends number | string>(a: T, b: T, op: CompareOp): boolean {
  switch (op) {
    case "lt": return a < b;
    case "le": return a <= b;
    case "eq": return a === b;
    case "ne": return a !== b;
    case "gt": return a > b;
    case "ge": return a >= b;
  }
}

/** `a < b` as a boolean (the only comparison sorting uses). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  return truthy(richCompare(a, b, "lt"));
}

/** Python truthiness. */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length !== 0;
    case "bigint": return true;
  }
  if (v === None) return false;
  const slots = v.$type.slots;
  if (slots.bool !== undefined) return slots.bool(v);
  if (slots.len !== undefined) return slots.len(v) !== 0;
  return true;
}

/** `iter(v)`, including the old `__getitem__` sequence protocol. */
export function getIter(v: PyValue): PyValue {
  const type = typeOf(v);
  const slot = type.slots.iter;
  if (slot !== undefined) return slot(v);
  if (type.slots.getitem !== undefined) return new SequenceIterator(v);
  return raiseTypeError(`'${type.name}' object isn't iterable`);
}

/** The next item, or STOP. */
export function iterNext(it: PyValue): IterResult {
  const slot = typeOf(it).slots.next;
  if (slot !== undefined) return slot(it);
  return raiseTypeError(`'${typeOf(it).name}' object isn't an iterator`);
}

/** Every item of an iterable, into a fresh JS array (a plain copy for lists and tuples). */
export function toArray(iterable: PyValue): PyValue[] {
  // Lists and tuples (and subclasses that keep their iteration) expose their items array directly.
  if (iterable instanceof PyObject && iterable.$type.slots.iter === iterSeq) {
    return (iterable as unknown as { items: PyValue[] }).items.slice();
  }
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

/** `len(v)`. */
export function len(v: PyValue): number {
  const slot = typeOf(v).slots.len;
  if (slot !== undefined) return slot(v);
  if (typeof v === "string") return Array.from(v).length;
  return raiseTypeError(`object of type '${typeOf(v).name}' has no len()`);
}
