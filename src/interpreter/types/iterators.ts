// The builtin iterator types: enumerate, zip, map, filter, reversed, and iter(callable, sentinel).
import { PyObject, STOP, type PyValue, type Kw, type IterResult } from "../runtime/object";
import { makeBuiltinType, builtinTypes, None, typeOf } from "../runtime/builtin-types";
import { raiseTypeError } from "../runtime/errors";
import type { PyType } from "../runtime/type";
import { callMethod } from "../runtime/attributes";
import { getIter, iterNext, callObject, truthy, eq, len } from "./containers/proto";
import { PyTuple } from "./tuple";
import { PyList } from "./list";
import { PyRange, rangeReversed } from "./range";
import { toIndex } from "./slice";
import { normInt } from "./containers/int-util";

/** Makes an iterator type whose `next` slot is the class's `next` method and `iter` returns itself. */
function iteratorType<T extends PyObject>(name: string, next: (self: T) => IterResult, register = true): PyType {
  const type = makeBuiltinType(name);
  type.isBaseType = false;
  type.defineSlots({ iter: (self: T) => self, next });
  if (register) builtinTypes.set(name, type);
  return type;
}

function noKeywords(kw: Kw | null): void {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
}

// ---- enumerate ---------------------------------------------------------------------------------

export class PyEnumerate extends PyObject {
  constructor(readonly source: PyValue, public count: number | bigint) {
    super(enumerateType);
  }
}

export const enumerateType = iteratorType<PyEnumerate>("enumerate", (self) => {
  const x = iterNext(self.source);
  if (x === STOP) return STOP;
  const i = self.count;
  self.count = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : normInt(BigInt(i) + 1n);
  return new PyTuple([i, x]);
});

/** `enumerate(iterable, start=0)` (both may be given by keyword). */
export function newEnumerate(args: PyValue[], kw: Kw | null): PyEnumerate {
  let iterable: PyValue | undefined = args[0];
  let start: PyValue = args.length > 1 ? args[1] : 0;
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  if (kw !== null) {
    for (const [name, v] of kw) {
      if (name === "iterable" && iterable === undefined) iterable = v;
      else if (name === "start" && args.length < 2) start = v;
      else raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
  if (iterable === undefined) raiseTypeError("function missing required positional argument #1");
  return new PyEnumerate(getIter(iterable!), toIndex(start));
}
enumerateType.defineSlots({ new: (_t: PyType, args: PyValue[], kw: Kw | null) => newEnumerate(args, kw) });

// ---- zip ---------------------------------------------------------------------------------------

export class PyZip extends PyObject {
  constructor(readonly sources: PyValue[]) {
    super(zipType);
  }
}

export const zipType = iteratorType<PyZip>("zip", (self) => {
  const sources = self.sources;
  if (sources.length === 0) return STOP;
  const items = new Array<PyValue>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const x = iterNext(sources[i]);
    if (x === STOP) return STOP;
    items[i] = x;
  }
  return new PyTuple(items);
});

export function newZip(args: PyValue[], kw: Kw | null): PyZip {
  noKeywords(kw);
  return new PyZip(args.map(getIter));
}
zipType.defineSlots({ new: (_t: PyType, args: PyValue[], kw: Kw | null) => newZip(args, kw) });

// ---- map ---------------------------------------------------------------------------------------

export class PyMap extends PyObject {
  constructor(readonly fn: PyValue, readonly sources: PyValue[]) {
    super(mapType);
  }
}

export const mapType = iteratorType<PyMap>("map", (self) => {
  const sources = self.sources;
  if (sources.length === 1) {
    const x = iterNext(sources[0]);
    return x === STOP ? STOP : callObject(self.fn, [x], null);
  }
  const args = new Array<PyValue>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const x = iterNext(sources[i]);
    if (x === STOP) return STOP;
    args[i] = x;
  }
  return callObject(self.fn, args, null);
});

export function newMap(args: PyValue[], kw: Kw | null): PyMap {
  noKeywords(kw);
  if (args.length < 2) raiseTypeError(`function missing ${2 - args.length} required positional arguments`);
  return new PyMap(args[0], args.slice(1).map(getIter));
}
mapType.defineSlots({ new: (_t: PyType, args: PyValue[], kw: Kw | null) => newMap(args, kw) });

// ---- filter ------------------------------------------------------------------------------------

export class PyFilter extends PyObject {
  constructor(readonly fn: PyValue, readonly source: PyValue) {
    super(filterType);
  }
}

export const filterType = iteratorType<PyFilter>("filter", (self) => {
  for (;;) {
    const x = iterNext(self.source);
    if (x === STOP) return STOP;
    if (truthy(self.fn === None ? x : callObject(self.fn, [x], null))) return x;
  }
});

export function newFilter(args: PyValue[], kw: Kw | null): PyFilter {
  noKeywords(kw);
  if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
  return new PyFilter(args[0], getIter(args[1]));
}
filterType.defineSlots({ new: (_t: PyType, args: PyValue[], kw: Kw | null) => newFilter(args, kw) });

// ---- reversed ----------------------------------------------------------------------------------

/** Walks a list/tuple backwards (live: a list shrinking meanwhile ends the iteration early). */
export class PyReversedSeq extends PyObject {
  constructor(readonly source: { items: PyValue[] }, public index: number) {
    super(reversedType);
  }
}

/** Walks any object with __len__ and __getitem__ backwards. */
class PyReversedGetItem extends PyObject {
  constructor(readonly target: PyValue, public index: number) {
    super(reversedGetItemType);
  }
}

export const reversedType = iteratorType<PyReversedSeq>("reversed", (self) => {
  const i = self.index;
  const items = self.source.items;
  if (i < 0 || i >= items.length) {
    self.index = -1;
    return STOP;
  }
  self.index = i - 1;
  return items[i];
});

const reversedGetItemType = iteratorType<PyReversedGetItem>("reversed", (self) => {
  if (self.index < 0) return STOP;
  const getitem = typeOf(self.target).slots.getitem!;
  return getitem(self.target, self.index--);
}, false);

/** `reversed(seq)`: `__reversed__` when the type has one, else backwards by index. */
export function newReversed(args: PyValue[], kw: Kw | null): PyValue {
  noKeywords(kw);
  if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
  const seq = args[0];
  if (seq instanceof PyList || seq instanceof PyTuple) {
    if (typeOf(seq).lookup("__reversed__") === undefined) return new PyReversedSeq(seq, seq.items.length - 1);
  }
  if (seq instanceof PyRange) return rangeReversed(seq);
  if (typeof seq === "string") {
    const chars = Array.from(seq); // code points, not UTF-16 units
    return new PyReversedSeq({ items: chars }, chars.length - 1);
  }
  if (typeOf(seq).lookup("__reversed__") !== undefined) return callMethod(seq, "__reversed__", []);
  if (typeOf(seq).slots.getitem === undefined) raiseTypeError(`'${typeOf(seq).name}' object isn't subscriptable`);
  return new PyReversedGetItem(seq, len(seq) - 1);
}
reversedType.defineSlots({ new: (_t: PyType, args: PyValue[], kw: Kw | null) => newReversed(args, kw) });

// ---- iter(callable, sentinel) --------------------------------------------------------------------

export class PyCallableIterator extends PyObject {
  done = false;
  constructor(readonly fn: PyValue, readonly sentinel: PyValue) {
    super(callableIteratorType);
  }
}

export const callableIteratorType = iteratorType<PyCallableIterator>("callable_iterator", (self) => {
  if (self.done) return STOP;
  const x = callObject(self.fn, [], null);
  if (x === self.sentinel || eq(x, self.sentinel)) {
    self.done = true;
    return STOP;
  }
  return x;
}, false);

/** `iter(callable, sentinel)`. */
export function newCallableIterator(fn: PyValue, sentinel: PyValue): PyCallableIterator {
  return new PyCallableIterator(fn, sentinel);
}
