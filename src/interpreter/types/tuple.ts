// The tuple type: an immutable array of values (namedtuples and user subclasses share this representation).
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented } from "../runtime/builtin-types";
import { raiseIndexError, raiseTypeError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { PySlice, itemIndex } from "./slice";
import { repr, toArray } from "./containers/proto";
import { compareSequences, repeatCount, repeatItems, containsItem, sliceItems } from "./containers/sequence";
import { guardedRepr } from "./containers/repr-guard";
import { iterSeq } from "./containers/seq-iterator";
import { hashKey, combineHash } from "./containers/key-protocol";

export const tupleType = makeBuiltinType("tuple");
builtinTypes.set("tuple", tupleType);

export class PyTuple extends PyObject {
  /** Attributes of instances of user subclasses of tuple. */
  $dict: Record<string, PyValue> | undefined;
  constructor(readonly items: PyValue[], type: PyType = tupleType) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

/** A tuple of these items (the shared empty tuple when there are none). */
export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

/** `tuple[index]` for the compiler's fast path. */
export function tupleGetItem(t: PyTuple, index: PyValue): PyValue {
  if (typeof index === "number") {
    const items = t.items;
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) return items[i];
    return raiseIndexError("tuple index out of range");
  }
  if (index instanceof PySlice) return newTuple(sliceItems(t.items, index));
  return t.items[itemIndex(index, t.items.length, "tuple")];
}

/** `(1,)`, `(1, 2)`, `()`. */
export function tupleRepr(t: PyTuple): string {
  return guardedRepr(t, "(...)", () => {
    const items = t.items;
    if (items.length === 1) return `(${repr(items[0])},)`;
    let out = "(";
    for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ", ") + repr(items[i]);
    return out + ")";
  });
}

export function tupleHash(t: PyTuple): number {
  const items = t.items;
  let h = 0x345678;
  for (let i = 0; i < items.length; i++) h = combineHash(h, hashKey(items[i]), i);
  return (h ^ items.length) | 0;
}

function tupleRichCompare(self: PyTuple, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyTuple)) return NotImplemented;
  return compareSequences(self.items, other.items, op);
}

function tupleAdd(self: PyTuple, other: PyValue): PyValue {
  if (!(other instanceof PyTuple)) return NotImplemented;
  if (other.items.length === 0 && self.$type === tupleType) return self;
  return newTuple(self.items.concat(other.items));
}

function tupleMul(self: PyTuple, n: PyValue): PyValue {
  const count = repeatCount(n);
  if (count === null) return NotImplemented;
  if (count === 1 && self.$type === tupleType) return self;
  return newTuple(repeatItems(self.items, count));
}

/** `tuple(iterable)`; for a subclass the instance carries the subtype. */
function tupleNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  if (type === tupleType) {
    if (args.length === 0) return EMPTY_TUPLE;
    const arg = args[0];
    if (arg instanceof PyTuple && arg.$type === tupleType) return arg;
    return newTuple(toArray(arg));
  }
  return new PyTuple(args.length === 0 ? [] : toArray(args[0]), type);
}

/** `tuple(iterable)` without going through new (the builtins' fast path). */
export function tupleFrom(iterable: PyValue): PyTuple {
  if (iterable instanceof PyTuple && iterable.$type === tupleType) return iterable;
  return newTuple(toArray(iterable));
}

// A named object (not a literal argument): TypeSlots' binary-operator index signature rejects literal keys.
const tupleSlots = {
  repr: tupleRepr,
  hash: tupleHash,
  richcompare: tupleRichCompare,
  bool: (self: PyTuple) => self.items.length !== 0,
  len: (self: PyTuple) => self.items.length,
  iter: iterSeq,
  getitem: tupleGetItem,
  contains: (self: PyTuple, x: PyValue) => containsItem(self.items, x),
  add: tupleAdd,
  mul: tupleMul,
  rmul: tupleMul,
  new: tupleNew,
};
tupleType.defineSlots(tupleSlots);
