// The protocol operations the container types need (repr, compare, iterate, call), in one place.
// They dispatch through type slots exactly as the core's runtime/protocol.ts does; containers import them
// from here so that they never form an import cycle with the runtime and load in any order.
import { type PyValue, type IterResult, STOP, PyObject } from "../../runtime/object";
import { typeOf, None } from "../../runtime/builtin-types";
import { richCompare } from "../../runtime/operators";
import { raiseTypeError } from "../../runtime/errors";
import type { CompareOp } from "../../runtime/type";
import { keysEqual } from "./key-protocol";
import { iterSeq } from "./seq-iterator";

/** `repr(v)`. */
export function repr(v: PyValue): string {
  if (typeof v === "string") return reprStr(v);
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  const slot = v.$type.slots.repr;
  if (slot !== undefined) return slot(v);
  return `<${v.$type.name} object>`;
}

/** str repr with MicroPython's quote choice; the str type's own slot wins once it is installed. */
function reprStr(s: string): string {
  const slot = typeOf(s).slots.repr;
  if (slot !== undefined) return slot(s);
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " " || ch === "\x7f") out += "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

/** `a == b` as a boolean. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return false;
  if (typeof a === "string" && typeof b === "string") return false;
  return keysEqual(a, b);
}

const OP_SYMBOL: Record<CompareOp, string> = { lt: "<", le: "<=", eq: "==", ne: "!=", gt: ">", ge: ">=" };

export { richCompare } from "../../runtime/operators";
export { callObject } from "../../runtime/call";

function compareNumbers(a: number, b: number, op: CompareOp): boolean {
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

/** Python truth value. */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "bigint": return true;
    case "string": return v.length !== 0;
  }
  if (v === None) return false;
  const slots = v.$type.slots;
  if (slots.bool !== undefined) return slots.bool(v);
  if (slots.len !== undefined) return slots.len(v) !== 0;
  return true;
}

/** `iter(v)`. */
export function getIter(v: PyValue): PyValue {
  const slot = typeOf(v).slots.iter;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`'${typeOf(v).name}' object isn't iterable`);
}

/** `next(it)` without raising: STOP when exhausted. */
export function iterNext(it: PyValue): IterResult {
  const slot = typeOf(it).slots.next;
  if (slot === undefined) return raiseTypeError(`'${typeOf(it).name}' object isn't an iterator`);
  return slot(it);
}

/** Every item of an iterable, into a fresh JS array (fast for lists and tuples). */
export function toArray(iterable: PyValue): PyValue[] {
  // Lists and tuples (and subclasses that keep their iteration) expose their items array directly.
  if (typeof iterable === "object" && iterable.$type.slots.iter === iterSeq) {
    return (iterable as unknown as { items: PyValue[] }).items.slice();
  }
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

/** `len(v)`. */
export function len(v: PyValue): number {
  if (typeof v === "string") return [...v].length;
  const slot = typeOf(v).slots.len;
  if (slot === undefined) return raiseTypeError(`object of type '${typeOf(v).name}' has no len()`);
  return slot(v);
}

export { OP_SYMBOL };
