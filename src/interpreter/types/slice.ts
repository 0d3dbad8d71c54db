// The slice type and the index arithmetic every sequence shares (slice bounds, item indices), with MicroPython's semantics.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { genericGetAttr } from "../runtime/attributes";
import { repr } from "./containers/proto";
import { makeBuiltinType, builtinTypes, typeOf, None } from "../runtime/builtin-types";
import { raiseTypeError, raiseValueError, raiseIndexError } from "../runtime/errors";

export const sliceType = makeBuiltinType("slice");
sliceType.isBaseType = false;
builtinTypes.set("slice", sliceType);

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }
}

/** A slice resolved against a sequence length: the positions `start, start+step, …` (`length` of them). */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  /** How many items the slice selects. */
  length: number;
}

/**
 * An int usable as an index: int, bool, or an object with `__index__`. Bigints stay bigints (callers clamp).
 * MicroPython's wording for anything else.
 */
export function toIndex(v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  const slot = typeOf(v).slots.index;
  if (slot !== undefined) return slot(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** A slice component as a JS number; bigints clamp to ±2**53 which is beyond any sequence length. */
function sliceComponent(v: PyValue): number {
  if (typeof v === "number") return v;
  const i = toIndex(v);
  if (typeof i === "number") return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** Resolves `start:stop:step` against `length` like CPython's PySlice_AdjustIndices (MicroPython agrees). */
export function resolveSlice(start: PyValue, stop: PyValue, step: PyValue, length: number): SliceBounds {
  let st = 1;
  if (step !== None) {
    st = sliceComponent(step);
    if (st === 0) raiseValueError("slice step cannot be zero");
  }
  let lo: number;
  let hi: number;
  if (st > 0) {
    lo = start === None ? 0 : clampBound(sliceComponent(start), length, 0, length);
    hi = stop === None ? length : clampBound(sliceComponent(stop), length, 0, length);
  } else {
    lo = start === None ? length - 1 : clampBound(sliceComponent(start), length, -1, length - 1);
    hi = stop === None ? -1 : clampBound(sliceComponent(stop), length, -1, length - 1);
  }
  return { start: lo, stop: hi, step: st, length: countSlice(lo, hi, st) };
}

function clampBound(i: number, length: number, min: number, max: number): number {
  if (i < 0) i += length;
  return i < min ? min : i > max ? max : i;
}

/** Number of items in `range(start, stop, step)` for a non-zero step. */
export function countSlice(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/** Resolves a slice object against a length. */
export function sliceBounds(s: PySlice, length: number): SliceBounds {
  return resolveSlice(s.start, s.stop, s.step, length);
}

/**
 * A non-negative item index for `seq[i]`, or raises `IndexError: <type> index out of range`.
 * `typeName` is the name in the message ("list", "tuple", "bytearray"...).
 */
export function itemIndex(i: PyValue, length: number, typeName: string): number {
  let n: number;
  if (typeof i === "number") n = i;
  else {
    const v = toIndexForItem(i, typeName);
    n = typeof v === "number" ? v : Number.MAX_SAFE_INTEGER;
  }
  if (n < 0) n += length;
  if (n < 0 || n >= length) raiseIndexError(`${typeName} index out of range`);
  return n;
}

/** `list indices must be integers, not str` (MicroPython's wording, same as CPython's). */
function toIndexForItem(i: PyValue, typeName: string): number | bigint {
  if (typeof i === "boolean") return i ? 1 : 0;
  if (typeof i === "bigint") return i;
  const slot = typeOf(i).slots.index;
  if (slot !== undefined) return slot(i);
  return raiseTypeError(`${typeName} indices must be integers, not ${typeOf(i).name}`);
}

/** `slice.indices(length)`: the resolved (start, stop, step) as CPython returns them. */
export function sliceIndicesTuple(s: PySlice, length: PyValue): [number, number, number] {
  const n = toIndex(length);
  if (typeof n !== "number" || n < 0) raiseValueError("length should not be negative");
  const b = sliceBounds(s, n as number);
  return [b.start, b.stop, b.step];
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

export function isSlice(v: PyValue): v is PySlice {
  return v instanceof PySlice;
}

// ---- the slice object's own behaviour ----------------------------------------------------------

function sliceRepr(s: PySlice): string {
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
}

function sliceGetAttr(self: PySlice, name: string): PyValue | undefined {
  switch (name) {
    case "start": return self.start;
    case "stop": return self.stop;
    case "step": return self.step;
  }
  return genericGetAttr(self, sliceType, name);
}

/** `slice(stop)`, `slice(start, stop[, step])`. */
function sliceNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length < 1 || args.length > 3) {
    raiseTypeError(`function takes from 1 to 3 positional arguments but ${args.length} were given`);
  }
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
}

sliceType.defineSlots({
  repr: sliceRepr,
  // MicroPython does not hash slices (CPython only does since 3.12): `{}[:] = 1` is a TypeError.
  hash: (s: PySlice) => raiseTypeError(`unhashable type: '${s.$type.name}'`),
  getattr: sliceGetAttr,
  new: sliceNew,
});
