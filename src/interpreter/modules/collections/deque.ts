// collections.deque: a growable ring buffer with an optional maxlen (a full deque drops from the other end).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../../runtime/object";
import { makeBuiltinType, None, NotImplemented } from "../../runtime/builtin-types";
import { raiseIndexError, raiseTypeError, raiseValueError, raiseRuntimeError } from "../../runtime/errors";
import type { PyType, CompareOp } from "../../runtime/type";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { PySlice, toIndex } from "../../types/slice";
import { repr, getIter, iterNext, eq } from "../../types/containers/proto";
import { guardedRepr } from "../../types/containers/repr-guard";
import { compareSequences, countItem, indexOfItem } from "../../types/containers/sequence";
import { raiseUnhashable } from "../../types/containers/key-protocol";

export const dequeType = makeBuiltinType("deque", undefined, "collections");

export class PyDeque extends PyObject {
  private buf: PyValue[] = new Array(8);
  private head = 0;
  length = 0;
  /** Bumped on every mutation so iterators can detect changes. */
  version = 0;
  $dict: Record<string, PyValue> | undefined;
  constructor(
    readonly maxlen: number,
    type: PyType = dequeType,
    /** MicroPython's third argument, flag 1: appending to a full deque raises IndexError('full'). */
    readonly raiseWhenFull = false,
  ) {
    super(type);
  }

  private grow(): void {
    const old = this.buf;
    const next = new Array<PyValue>(old.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = old[(this.head + i) % old.length];
    this.buf = next;
    this.head = 0;
  }

  at(i: number): PyValue {
    return this.buf[(this.head + i) % this.buf.length];
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) % this.buf.length] = v;
  }

  append(v: PyValue): void {
    this.version++;
    if (this.length === this.maxlen) {
      if (this.raiseWhenFull) raiseIndexError("full");
      if (this.maxlen === 0) return;
      this.popLeft();
    }
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) % this.buf.length] = v;
    this.length++;
  }

  appendLeft(v: PyValue): void {
    this.version++;
    if (this.length === this.maxlen) {
      if (this.raiseWhenFull) raiseIndexError("full");
      if (this.maxlen === 0) return;
      this.pop();
    }
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1 + this.buf.length) % this.buf.length;
    this.buf[this.head] = v;
    this.length++;
  }

  pop(): PyValue {
    if (this.length === 0) return raiseIndexError("empty");
    this.version++;
    this.length--;
    const at = (this.head + this.length) % this.buf.length;
    const v = this.buf[at];
    this.buf[at] = undefined as never;
    return v;
  }

  popLeft(): PyValue {
    if (this.length === 0) return raiseIndexError("empty");
    this.version++;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as never;
    this.head = (this.head + 1) % this.buf.length;
    this.length--;
    return v;
  }

  clear(): void {
    this.version++;
    this.buf = new Array(8);
    this.head = 0;
    this.length = 0;
  }

  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}

/** `deque(iterable=(), maxlen=None[, flags])` (MicroPython's flags: 1 = raise when full). */
function dequeNew(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  let iterable: PyValue = args.length > 0 ? args[0] : None;
  let maxlen: PyValue = args.length > 1 ? args[1] : None;
  if (kw !== null) {
    for (const [name, v] of kw) {
      if (name === "maxlen") maxlen = v;
      else if (name === "iterable") iterable = v;
      else raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
  let limit = -1;
  if (maxlen !== None) {
    const n = toIndex(maxlen);
    if (n < 0) raiseValueError("maxlen must be non-negative");
    limit = typeof n === "bigint" ? Number.MAX_SAFE_INTEGER : n;
  }
  const flags = args.length > 2 ? Number(toIndex(args[2])) : 0;
  const d = new PyDeque(limit, type, (flags & 1) !== 0);
  if (iterable !== None) extend(d, iterable, false);
  return d;
}

function extend(d: PyDeque, iterable: PyValue, left: boolean): void {
  const items = iterable === d ? d.toArray() : null;
  if (items !== null) {
    for (const x of items) left ? d.appendLeft(x) : d.append(x);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) left ? d.appendLeft(x) : d.append(x);
}

function position(d: PyDeque, index: PyValue): number {
  if (index instanceof PySlice) return raiseTypeError("deque indices must be integers, not slice");
  const n = toIndex(index);
  let i = typeof n === "bigint" ? Number.MAX_SAFE_INTEGER : n;
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raiseIndexError("deque index out of range");
  return i;
}

function dequeRepr(d: PyDeque): string {
  return guardedRepr(d, "[...]", () => {
    const body = `[${d.toArray().map(repr).join(", ")}]`;
    const name = d.$type.name;
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  });
}

function dequeRichCompare(self: PyDeque, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyDeque)) return NotImplemented;
  return compareSequences(self.toArray(), other.toArray(), op);
}

// ---- iteration ---------------------------------------------------------------------------------

const dequeIteratorType = makeBuiltinType("_deque_iterator");
dequeIteratorType.isBaseType = false;

class PyDequeIterator extends PyObject {
  index = 0;
  readonly version: number;
  constructor(readonly deque: PyDeque) {
    super(dequeIteratorType);
    this.version = deque.version;
  }
}

dequeIteratorType.defineSlots({
  iter: (self: PyDequeIterator) => self,
  next: (self: PyDequeIterator): IterResult => {
    const d = self.deque;
    if (d.version !== self.version) raiseRuntimeError("deque mutated during iteration");
    return self.index < d.length ? d.at(self.index++) : STOP;
  },
});

// A named object (not a literal argument): TypeSlots' binary-operator index signature rejects literal keys.
const dequeSlots = {
  repr: dequeRepr,
  hash: raiseUnhashable,
  richcompare: dequeRichCompare,
  bool: (self: PyDeque) => self.length !== 0,
  len: (self: PyDeque) => self.length,
  iter: (self: PyDeque) => new PyDequeIterator(self),
  getitem: (self: PyDeque, i: PyValue) => self.at(position(self, i)),
  setitem: (self: PyDeque, i: PyValue, v: PyValue) => self.setAt(position(self, i), v),
  delitem: (self: PyDeque, i: PyValue) => deleteAt(self, position(self, i)),
  contains: (self: PyDeque, x: PyValue) => self.toArray().some((y) => y === x || eq(y, x)),
  iadd: (self: PyDeque, other: PyValue) => (extend(self, other, false), self),
  new: dequeNew,
};
dequeType.defineSlots(dequeSlots);

function deleteAt(d: PyDeque, i: number): void {
  const items = d.toArray();
  items.splice(i, 1);
  refill(d, items);
}

/** Replaces the contents (used by the rarely hot operations that work on a copy). */
function refill(d: PyDeque, items: PyValue[]): void {
  d.clear();
  for (const x of items) d.append(x);
}

defineMethods(dequeType, {
  append: (self: PyDeque, x: PyValue) => (self.append(x), None),
  appendleft: (self: PyDeque, x: PyValue) => (self.appendLeft(x), None),
  pop: (self: PyDeque) => self.pop(),
  popleft: (self: PyDeque) => self.popLeft(),
  extend: (self: PyDeque, it: PyValue) => (extend(self, it, false), None),
  extendleft: (self: PyDeque, it: PyValue) => (extend(self, it, true), None),
  clear: (self: PyDeque) => (self.clear(), None),
  count: (self: PyDeque, x: PyValue) => countItem(self.toArray(), x),
  copy: (self: PyDeque) => {
    const d = new PyDeque(self.maxlen);
    for (const x of self.toArray()) d.append(x);
    return d;
  },
  index: builtinMethod("index", 1, 3, (self: PyDeque, x: PyValue, start: PyValue = None, stop: PyValue = None) =>
    indexOfItem(self.toArray(), x, start, stop)),
  insert: (self: PyDeque, i: PyValue, x: PyValue) => {
    if (self.maxlen >= 0 && self.length >= self.maxlen) raiseIndexError("deque already at its maximum size");
    const items = self.toArray();
    const n = Number(toIndex(i));
    const at = Math.max(0, Math.min(items.length, n < 0 ? n + items.length : n));
    items.splice(at, 0, x);
    refill(self, items);
    return None;
  },
  remove: (self: PyDeque, x: PyValue) => {
    const items = self.toArray();
    items.splice(indexOfItem(items, x), 1);
    refill(self, items);
    return None;
  },
  reverse: (self: PyDeque) => (refill(self, self.toArray().reverse()), None),
  rotate: builtinMethod("rotate", 0, 1, (self: PyDeque, n: PyValue = 1) => {
    const steps = Number(toIndex(n));
    const items = self.toArray();
    if (items.length === 0) return None;
    const k = ((steps % items.length) + items.length) % items.length;
    refill(self, items.slice(items.length - k).concat(items.slice(0, items.length - k)));
    return None;
  }),
});
