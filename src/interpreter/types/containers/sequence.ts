// Algorithms shared by list and tuple (and deque/array where they fit): comparison, repetition, search.
import type { PyValue } from "../../runtime/object";
import { typeOf, None } from "../../runtime/builtin-types";
import { raiseValueError, raiseMemoryError, raiseOverflowError } from "../../runtime/errors";
import type { CompareOp } from "../../runtime/type";
import { eq, richCompare } from "./proto";
import { resolveSlice, type PySlice } from "../slice";

/** Element-wise equality (identity first, as Python's containers do). */
export function sequencesEqual(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !eq(x, y)) return false;
  }
  return true;
}

/** Lexicographic comparison: the first differing items decide, else the lengths. */
export function compareSequences(a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): PyValue {
  if (op === "eq") return sequencesEqual(a, b);
  if (op === "ne") return !sequencesEqual(a, b);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || eq(x, y)) continue;
    return richCompare(x, y, op);
  }
  return compareLengths(a.length, b.length, op);
}

function compareLengths(m: number, n: number, op: CompareOp): boolean {
  switch (op) {
    case "lt": return m < n;
    case "le": return m <= n;
    case "gt": return m > n;
    case "ge": return m >= n;
    case "eq": return m === n;
    case "ne": return m !== n;
  }
}

/** The repeat count of `seq * n`, or null when `n` is not an int (the operator then returns NotImplemented). */
export function repeatCount(n: PyValue): number | null {
  if (typeof n === "number") return n;
  if (typeof n === "boolean") return n ? 1 : 0;
  if (typeof n === "bigint") return n < 0n ? 0 : Number.MAX_SAFE_INTEGER;
  const slot = typeOf(n).slots.index;
  if (slot === undefined) return null;
  const v = slot(n);
  return typeof v === "number" ? v : v < 0n ? 0 : Number.MAX_SAFE_INTEGER;
}

/** The largest sequence we allow building (MicroPython raises MemoryError when allocation fails). */
const MAX_ITEMS = 1 << 28;

/** `items * n` as a new array. */
export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (n === 1) return items.slice();
  if (items.length * n > MAX_ITEMS) {
    if (n >= Number.MAX_SAFE_INTEGER) raiseOverflowError("small int overflow");
    raiseMemoryError("memory allocation failed");
  }
  const out = new Array<PyValue>(items.length * n);
  const len = items.length;
  for (let r = 0, p = 0; r < n; r++) for (let i = 0; i < len; i++) out[p++] = items[i];
  return out;
}

/** `value in items`. */
export function containsItem(items: readonly PyValue[], value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "string") {
    // Same-type primitives compare by ===; anything else may still be equal (1 == 1.0, 1 == True).
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === value) return true;
      if (typeof x !== typeof value && eq(x, value)) return true;
    }
    return false;
  }
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === value || eq(x, value)) return true;
  }
  return false;
}

/** `seq.count(value)`. */
export function countItem(items: readonly PyValue[], value: PyValue): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === value || eq(x, value)) n++;
  }
  return n;
}

/**
 * `seq.index(value[, start[, stop]])`: start and stop are clamped like slice bounds;
 * MicroPython raises `ValueError: object not in sequence`.
 */
export function indexOfItem(items: readonly PyValue[], value: PyValue, start: PyValue = None, stop: PyValue = None): number {
  const b = resolveSlice(start, stop, None, items.length);
  for (let i = b.start; i < b.stop; i++) {
    const x = items[i];
    if (x === value || eq(x, value)) return i;
  }
  return raiseValueError("object not in sequence");
}

/** The items a slice selects, as a new array (shared by tuple, deque...). */
export function sliceItems(items: readonly PyValue[], s: PySlice): PyValue[] {
  const b = resolveSlice(s.start, s.stop, s.step, items.length);
  if (b.step === 1) return items.slice(b.start, b.start + b.length);
  const out = new Array<PyValue>(b.length);
  for (let i = 0, p = b.start; i < b.length; i++, p += b.step) out[i] = items[p];
  return out;
}

