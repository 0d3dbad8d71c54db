// The range type: lazy arithmetic sequences of ints (numbers on the fast path, bigints when the bounds need them).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { genericGetAttr } from "../runtime/attributes";
import { PySlice, resolveSlice, toIndex } from "./slice";
import { normInt } from "./containers/int-util";
import { eq } from "./containers/proto";
import { hashKey } from "./containers/key-protocol";

export const rangeType = makeBuiltinType("range");
rangeType.isBaseType = false;
builtinTypes.set("range", rangeType);

type Int = number | bigint;

export class PyRange extends PyObject {
  /** Number of items; a bigint only when it exceeds 2**53. */
  readonly length: Int;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }

  /** True when every item is a safe JS number (the fast path). */
  get isSmall(): boolean {
    return typeof this.start === "number" && typeof this.stop === "number" && typeof this.step === "number";
  }
}

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [a, b, s] = [BigInt(start), BigInt(stop), BigInt(step)];
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

/** `range(stop)`, `range(start, stop[, step])`. */
export function newRange(args: PyValue[]): PyRange {
  if (args.length < 1 || args.length > 3) raiseTypeError(`function takes from 1 to 3 positional arguments but ${args.length} were given`);
  const ints = args.map(rangeArg);
  const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints.length === 3 ? ints[2] : 1];
  if (step === 0) raiseValueError("zero step");
  return new PyRange(start, stop, step);
}

function rangeArg(v: PyValue): Int {
  if (typeof v === "number") return v;
  if (typeof v === "bigint" || typeof v === "boolean" || (typeof v === "object" && v.$type.slots.index !== undefined)) {
    return toIndex(v);
  }
  return raiseTypeError(`can't convert ${typeof v === "string" ? "str" : (v as PyObject).$type.name} to int`);
}

/** The item at position `i` (0 ≤ i < length). */
function itemAt(r: PyRange, i: Int): Int {
  if (r.isSmall && typeof i === "number") {
    const v = (r.start as number) + i * (r.step as number);
    if (Number.isSafeInteger(v)) return v;
  }
  return normInt(BigInt(r.start) + BigInt(i) * BigInt(r.step));
}

export function rangeGetItem(r: PyRange, index: PyValue): PyValue {
  if (index instanceof PySlice) return sliceRange(r, index);
  let i = toIndex(index);
  const n = r.length;
  if (typeof i === "number" && typeof n === "number") {
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseIndexError("range index out of range");
    return itemAt(r, i);
  }
  let big = BigInt(i);
  if (big < 0n) big += BigInt(n);
  if (big < 0n || big >= BigInt(n)) raiseIndexError("range index out of range");
  return itemAt(r, normInt(big));
}

function sliceRange(r: PyRange, s: PySlice): PyRange {
  const n = typeof r.length === "number" ? r.length : Number.MAX_SAFE_INTEGER;
  const b = resolveSlice(s.start, s.stop, s.step, n);
  const step = normInt(BigInt(r.step) * BigInt(b.step));
  const start = b.length === 0 ? itemAt(r, 0) : itemAt(r, b.start);
  const stop = normInt(BigInt(start) + BigInt(b.length) * BigInt(step));
  return new PyRange(start, stop, step);
}

export function rangeContains(r: PyRange, x: PyValue): boolean {
  if (typeof x === "boolean") x = x ? 1 : 0;
  if (typeof x !== "number" && typeof x !== "bigint") {
    // A float or other object: compare item by item, as Python does.
    for (let i = 0; i < Number(r.length); i++) if (eq(itemAt(r, i), x)) return true;
    return false;
  }
  if (typeof x === "number" && r.isSmall) {
    const [start, stop, step] = [r.start as number, r.stop as number, r.step as number];
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  const [a, b, s, v] = [BigInt(r.start), BigInt(r.stop), BigInt(r.step), BigInt(x)];
  if (s > 0n ? v < a || v >= b : v > a || v <= b) return false;
  return (v - a) % s === 0n;
}

function rangeRepr(r: PyRange): string {
  const step = r.step === 1 ? "" : `, ${r.step}`;
  return `range(${r.start}, ${r.stop}${step})`;
}

/** Ranges are equal when they describe the same sequence (`range(0) == range(5, 5)`). */
function rangesEqual(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
}

function rangeRichCompare(self: PyRange, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyRange) || (op !== "eq" && op !== "ne")) return NotImplemented;
  return rangesEqual(self, other) === (op === "eq");
}

function rangeHash(r: PyRange): number {
  if (r.length === 0) return hashKey(0);
  return hashKey(r.start) ^ Math.imul(hashKey(r.length), 31) ^ (r.length === 1 ? 0 : Math.imul(hashKey(r.step), 1000003));
}

function rangeGetAttr(self: PyRange, name: string): PyValue | undefined {
  switch (name) {
    case "start": return self.start;
    case "stop": return self.stop;
    case "step": return self.step;
  }
  return genericGetAttr(self, rangeType, name);
}

// ---- iteration ---------------------------------------------------------------------------------

export const rangeIteratorType = makeBuiltinType("range_iterator");
rangeIteratorType.isBaseType = false;

/** Iterates a small range with plain numbers; big ranges fall back to BigInt arithmetic. */
export class PyRangeIterator extends PyObject {
  constructor(
    public current: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeIteratorType);
  }
}

export function rangeIteratorNext(it: PyRangeIterator): IterResult {
  const v = it.current;
  if (it.step > 0 ? v >= it.stop : v <= it.stop) return STOP;
  it.current = v + it.step;
  return v;
}

class PyBigRangeIterator extends PyObject {
  index = 0n;
  constructor(readonly range: PyRange) {
    super(bigRangeIteratorType);
  }
}
const bigRangeIteratorType = makeBuiltinType("range_iterator");
bigRangeIteratorType.isBaseType = false;

/** `iter(range)`; also what the compiler may call for `for i in range(...)` when it does not inline the loop. */
export function rangeIter(r: PyRange): PyValue {
  if (r.isSmall) {
    const last = itemAt(r, r.length);
    if (typeof last === "number" && Number.isSafeInteger((r.stop as number) + (r.step as number))) {
      return new PyRangeIterator(r.start as number, r.stop as number, r.step as number);
    }
  }
  return new PyBigRangeIterator(r);
}

rangeIteratorType.defineSlots({ iter: (self: PyRangeIterator) => self, next: rangeIteratorNext });
bigRangeIteratorType.defineSlots({
  iter: (self: PyBigRangeIterator) => self,
  next: (self: PyBigRangeIterator): IterResult => {
    if (self.index >= BigInt(self.range.length)) return STOP;
    return itemAt(self.range, normInt(self.index++));
  },
});

/** `reversed(range)`: the same items backwards, as a range iterator. */
export function rangeReversed(r: PyRange): PyValue {
  if (r.length === 0) return rangeIter(r);
  const last = itemAt(r, typeof r.length === "number" ? r.length - 1 : normInt(r.length - 1n));
  const step = typeof r.step === "number" ? -r.step : normInt(-r.step);
  const sum = typeof r.start === "number" && typeof step === "number" ? r.start + step : NaN;
  const beforeFirst = Number.isSafeInteger(sum) ? sum : normInt(BigInt(r.start) + BigInt(step));
  return rangeIter(new PyRange(last, beforeFirst, step));
}

function rangeNew(_type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  return newRange(args);
}

rangeType.defineSlots({
  repr: rangeRepr,
  hash: rangeHash,
  richcompare: rangeRichCompare,
  bool: (self: PyRange) => self.length !== 0,
  // len() of a huge range is a bigint (sys.maxsize-sized ranges exist); the slot passes it through.
  len: (self: PyRange) => self.length as number,
  iter: rangeIter,
  getitem: rangeGetItem,
  contains: rangeContains,
  getattr: rangeGetAttr,
  new: rangeNew,
});

/** `range.count(x)` and `range.index(x)`. */
export const rangeMethods = {
  count: (self: PyRange, x: PyValue) => (rangeContains(self, x) ? 1 : 0),
  index: (self: PyRange, x: PyValue): PyValue => {
    if (!rangeContains(self, x)) return raiseValueError(`${typeof x === "object" ? "object" : String(x)} is not in range`);
    const v = typeof x === "boolean" ? (x ? 1 : 0) : x;
    return normInt((BigInt(v as Int) - BigInt(self.start)) / BigInt(self.step));
  },
};
