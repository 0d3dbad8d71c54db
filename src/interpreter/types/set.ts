// The set and frozenset types: a PyDict table whose values are the elements themselves (so 1, True and 1.0 are one element).
import { PyObject, STOP, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented, None } from "../runtime/builtin-types";
import { raiseKeyError, raiseTypeError, raiseMemoryError, newException, KeyError } from "../runtime/errors";
import { heapLock } from "../runtime/config";
import type { PyType, CompareOp } from "../runtime/type";
import { PyDict } from "./dict";
import { viewSetOps, viewItems, type PyDictView } from "./dict-views";
import { repr, getIter, iterNext } from "./containers/proto";
import { guardedRepr } from "./containers/repr-guard";
import { hashKey, raiseUnhashable } from "./containers/key-protocol";
import { PySeqIterator } from "./containers/seq-iterator";

export const setType = makeBuiltinType("set");
builtinTypes.set("set", setType);
export const frozensetType = makeBuiltinType("frozenset");
builtinTypes.set("frozenset", frozensetType);

export class PySet extends PyObject {
  /** Element (canonical key) → the element as first added. */
  table: PyDict = new PyDict();
  /** Cached hash of a frozenset. */
  hashCache: number | undefined;
  /** Attributes of instances of user subclasses. */
  $dict: Record<string, PyValue> | undefined;
  constructor(type: PyType = setType) {
    super(type);
    // micropython.heap_lock(): creating a set allocates on MicroPython's heap (heapalloc_fail_set).
    if (heapLock.depth > 0) raiseMemoryError("memory allocation failed, heap is locked");
  }

  get size(): number {
    return this.table.map.size;
  }

  has(x: PyValue): boolean {
    return typeof x === "string" || typeof x === "number" ? this.table.map.has(x) : this.table.has(x);
  }

  add(x: PyValue): void {
    if (typeof x === "string" || typeof x === "number") {
      if (!this.table.map.has(x)) this.table.setStr(x as string, x);
    } else if (!this.table.has(x)) {
      this.table.set(x, x);
    }
  }

  delete(x: PyValue): boolean {
    return this.table.delete(x);
  }

  /** The elements in iteration order. */
  values(): IterableIterator<PyValue> {
    return this.table.map.values();
  }

  elements(): PyValue[] {
    return Array.from(this.table.map.values());
  }
}

export function isSetLike(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function isFrozen(s: PySet): boolean {
  return s.$type.isSubtypeOf(frozensetType);
}

/** A new empty set of the builtin type matching `like` (frozenset for frozensets, set otherwise). */
function sameKind(like: PySet): PySet {
  return new PySet(isFrozen(like) ? frozensetType : setType);
}

export function newSet(items: Iterable<PyValue> = [], type: PyType = setType): PySet {
  const s = new PySet(type);
  for (const x of items) s.add(x);
  return s;
}

/** `s.add(x)` for set comprehensions. */
export function setAdd(s: PySet, x: PyValue): void {
  s.add(x);
}

/** Adds every element of any iterable. */
export function setAddAll(s: PySet, iterable: PyValue): void {
  if (iterable instanceof PySet) {
    for (const x of iterable.values()) s.add(x);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) s.add(x);
}

/** Any iterable as a set (sets themselves are returned as they are). */
function asSet(iterable: PyValue): PySet {
  if (iterable instanceof PySet) return iterable;
  const s = new PySet();
  setAddAll(s, iterable);
  return s;
}

// ---- algebra -----------------------------------------------------------------------------------

export function setUnion(a: PySet, b: PySet, out = sameKind(a)): PySet {
  for (const x of a.values()) out.add(x);
  for (const x of b.values()) out.add(x);
  return out;
}

export function setIntersection(a: PySet, b: PySet, out = sameKind(a)): PySet {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small.values()) if (big.has(x)) out.add(x);
  return out;
}

export function setDifference(a: PySet, b: PySet, out = sameKind(a)): PySet {
  for (const x of a.values()) if (!b.has(x)) out.add(x);
  return out;
}

export function setSymmetricDifference(a: PySet, b: PySet, out = sameKind(a)): PySet {
  for (const x of a.values()) if (!b.has(x)) out.add(x);
  for (const x of b.values()) if (!a.has(x)) out.add(x);
  return out;
}

export function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const x of a.values()) if (!b.has(x)) return false;
  return true;
}

function setsEqual(a: PySet, b: PySet): boolean {
  return a.size === b.size && isSubset(a, b);
}

/** Replaces the contents of `s` with those of `from` (in-place operators). */
function replaceContents(s: PySet, from: PySet): void {
  s.table = from.table;
}

// ---- slots -------------------------------------------------------------------------------------

/** `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`. */
export function setRepr(s: PySet): string {
  const name = s.$type.name;
  if (s.size === 0) return `${name}()`;
  return guardedRepr(s, `${name}(...)`, () => {
    const body = "{" + s.elements().map(repr).join(", ") + "}";
    return s.$type === setType ? body : `${name}(${body})`;
  });
}

/** Order-independent: the same elements hash the same whatever their order. */
export function frozensetHash(s: PySet): number {
  if (s.hashCache !== undefined) return s.hashCache;
  let h = 1927868237 * (s.size + 1);
  for (const x of s.values()) {
    const e = hashKey(x);
    h ^= Math.imul(e ^ (e << 16) ^ 89869747, 3644798167);
  }
  s.hashCache = (Math.imul(h, 69069) + 907133923) | 0;
  return s.hashCache;
}

function setRichCompare(self: PySet, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PySet)) return NotImplemented;
  switch (op) {
    case "eq": return setsEqual(self, other);
    case "ne": return !setsEqual(self, other);
    case "le": return isSubset(self, other);
    case "lt": return self.size < other.size && isSubset(self, other);
    case "ge": return isSubset(other, self);
    case "gt": return self.size > other.size && isSubset(other, self);
  }
}

type SetAlgebra = (a: PySet, b: PySet, out?: PySet) => PySet;

function binary(op: SetAlgebra) {
  return (self: PySet, other: PyValue): PyValue => (other instanceof PySet ? op(self, other) : NotImplemented);
}

function reflected(op: SetAlgebra) {
  return (self: PySet, other: PyValue): PyValue => (other instanceof PySet ? op(other, self) : NotImplemented);
}

function inplace(op: SetAlgebra) {
  return (self: PySet, other: PyValue): PyValue => {
    if (!(other instanceof PySet)) return NotImplemented;
    if (isFrozen(self)) return op(self, other); // frozensets rebind instead of mutating
    replaceContents(self, op(self, other, new PySet()));
    return self;
  };
}

/** `set(iterable)` / `frozenset(iterable)`; a frozenset of a frozenset is that frozenset. */
function setNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  if (type === frozensetType && args.length === 1 && args[0] instanceof PySet && args[0].$type === frozensetType) {
    return args[0];
  }
  const s = new PySet(type);
  // A set is filled by __init__ (so user subclasses overriding __init__ work); a frozenset right away.
  if (args.length === 1 && type.isSubtypeOf(frozensetType)) setAddAll(s, args[0]);
  return s;
}

function setInit(self: PySet, args: PyValue[], kw: Kw | null): void {
  if (isFrozen(self)) return;
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  self.table = new PyDict();
  if (args.length === 1) setAddAll(self, args[0]);
}

/** `set(iterable)` without going through new/init (the builtins' fast path). */
export function setFrom(iterable: PyValue): PySet {
  const s = new PySet();
  setAddAll(s, iterable);
  return s;
}

/** Iterates a snapshot: sets may not change size during iteration, and a snapshot never sees it. */
function setIter(self: PySet): PyValue {
  return new PySeqIterator({ items: self.elements() });
}

const commonSlots = {
  repr: setRepr,
  richcompare: setRichCompare,
  bool: (self: PySet) => self.size !== 0,
  len: (self: PySet) => self.size,
  iter: setIter,
  contains: (self: PySet, x: PyValue) => self.has(x),
  or: binary(setUnion),
  and: binary(setIntersection),
  sub: binary(setDifference),
  xor: binary(setSymmetricDifference),
  ror: reflected(setUnion),
  rand: reflected(setIntersection),
  rsub: reflected(setDifference),
  rxor: reflected(setSymmetricDifference),
  new: setNew,
};
const mutableSlots = {
  ...commonSlots,
  hash: raiseUnhashable,
  ior: inplace(setUnion),
  iand: inplace(setIntersection),
  isub: inplace(setDifference),
  ixor: inplace(setSymmetricDifference),
  init: setInit,
};
setType.defineSlots(mutableSlots);
frozensetType.defineSlots({ ...commonSlots, hash: frozensetHash });

// ---- methods -----------------------------------------------------------------------------------

/** Applies `op` to self and each argument in turn (`s.union(a, b)`), returning a new set. */
function multiArg(op: SetAlgebra) {
  return (self: PySet, ...others: PyValue[]): PyValue => {
    let result = copyOf(self);
    for (const other of others) result = op(result, asSet(other), sameKind(self));
    return result;
  };
}

function copyOf(s: PySet): PySet {
  const out = sameKind(s);
  for (const x of s.values()) out.add(x);
  return out;
}

function multiArgUpdate(op: SetAlgebra) {
  return (self: PySet, ...others: PyValue[]): PyValue => {
    for (const other of others) replaceContents(self, op(self, asSet(other), new PySet()));
    return None;
  };
}

export const setMethods = {
  copy: (self: PySet) => (self.$type === frozensetType ? self : copyOf(self)),
  union: multiArg(setUnion),
  intersection: multiArg(setIntersection),
  difference: multiArg(setDifference),
  symmetric_difference: (self: PySet, other: PyValue) => setSymmetricDifference(self, asSet(other)),
  issubset: (self: PySet, other: PyValue) => isSubset(self, asSet(other)),
  issuperset: (self: PySet, other: PyValue) => isSubset(asSet(other), self),
  isdisjoint: (self: PySet, other: PyValue) => setIntersection(self, asSet(other)).size === 0,
};

export const mutableSetMethods = {
  add: (self: PySet, x: PyValue) => (self.add(x), None),
  discard: (self: PySet, x: PyValue) => (self.delete(x), None),
  remove: (self: PySet, x: PyValue) => (self.delete(x) ? None : raiseKeyError(x)),
  pop: (self: PySet) => setPop(self),
  clear: (self: PySet) => ((self.table = new PyDict()), None),
  update: multiArgUpdate(setUnion),
  intersection_update: multiArgUpdate(setIntersection),
  difference_update: multiArgUpdate(setDifference),
  symmetric_difference_update: (self: PySet, other: PyValue) => {
    replaceContents(self, setSymmetricDifference(self, asSet(other), new PySet()));
    return None;
  },
};

/** Removes and returns the first element (MicroPython removes from the front of its table too). */
export function setPop(self: PySet): PyValue {
  const first = self.table.map.values().next();
  if (first.done) throw newException(KeyError, "pop from an empty set");
  self.delete(first.value);
  return first.value;
}

// ---- set operations on dict keys/items views (the result is a set) ----------------------------

const viewAlgebra: Record<"and" | "or" | "sub" | "xor", SetAlgebra> = {
  and: setIntersection, or: setUnion, sub: setDifference, xor: setSymmetricDifference,
};
viewSetOps.binary = (view: PyDictView, other: PyValue, op) => {
  const mine = newSet(viewItems(view));
  return viewAlgebra[op](mine, asSet(other), new PySet());
};
viewSetOps.compare = (view: PyDictView, other: PyValue, op) => {
  if (!(other instanceof PySet) && !(other instanceof PyObject && other.$type === view.$type)) return NotImplemented;
  const theirs = other instanceof PySet ? other : newSet(viewItems(other as PyDictView));
  return setRichCompare(newSet(viewItems(view)), theirs, op as CompareOp);
};
