// The list type: a mutable JS array of values, with the fast item/append paths the compiler calls directly.
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, NotImplemented, None, typeOf } from "../runtime/builtin-types";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../runtime/errors";
import type { PyType, CompareOp } from "../runtime/type";
import { PySlice, resolveSlice, itemIndex, toIndex, type SliceBounds } from "./slice";
import { repr, toArray, truthy } from "./containers/proto";
import { compareSequences, repeatCount, repeatItems, containsItem, countItem, indexOfItem, sliceItems } from "./containers/sequence";
import { guardedRepr } from "./containers/repr-guard";
import { iterSeq, isPlainSequence } from "./containers/seq-iterator";
export { isPlainSequence } from "./containers/seq-iterator";
import { sortList } from "./containers/sort";
import { raiseUnhashable } from "./containers/key-protocol";

export const listType = makeBuiltinType("list");
builtinTypes.set("list", listType);

export class PyList extends PyObject {
  /** Attributes of instances of user subclasses of list. */
  $dict: Record<string, PyValue> | undefined;
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }
}

export function newList(items: PyValue[] = []): PyList {
  return new PyList(items);
}

// ---- hot paths the compiler calls directly -------------------------------------------------

/** `list[index]`. */
export function listGetItem(list: PyList, index: PyValue): PyValue {
  if (typeof index === "number") {
    const items = list.items;
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) return items[i];
    return raiseIndexError("list index out of range");
  }
  if (index instanceof PySlice) return new PyList(sliceItems(list.items, index));
  return list.items[itemIndex(index, list.items.length, "list")];
}

/** `list[index] = value`. */
export function listSetItem(list: PyList, index: PyValue, value: PyValue): void {
  if (typeof index === "number") {
    const items = list.items;
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) {
      items[i] = value;
      return;
    }
    raiseIndexError("list index out of range");
  }
  if (index instanceof PySlice) return assignSlice(list, index, value);
  list.items[itemIndex(index, list.items.length, "list")] = value;
}

/** `list.append(value)`. */
export function listAppend(list: PyList, value: PyValue): void {
  list.items.push(value);
}

/** `del list[index]`. */
export function listDelItem(list: PyList, index: PyValue): void {
  if (index instanceof PySlice) return deleteSlice(list, index);
  const i = itemIndex(index, list.items.length, "list");
  list.items.splice(i, 1);
}

// ---- slices ----------------------------------------------------------------------------------

/** `list[a:b:c] = iterable`. */
function assignSlice(list: PyList, s: PySlice, value: PyValue): void {
  const items = list.items;
  // Lists and tuples are read in place (no copy) unless the source is this very list.
  const replacement = value === list ? items.slice() : isPlainSequence(value) ? value.items : toArray(value);
  const b = resolveSlice(s.start, s.stop, s.step, items.length);
  if (b.step === 1) {
    const count = Math.max(b.stop - b.start, 0);
    if (count === replacement.length) {
      for (let i = 0; i < count; i++) items[b.start + i] = replacement[i]; // same size: no reallocation
    } else {
      spliceItems(items, b.start, count, replacement);
    }
    return;
  }
  if (replacement.length !== b.length) {
    raiseValueError(`attempt to assign sequence of size ${replacement.length} to extended slice of size ${b.length}`);
  }
  for (let i = 0, p = b.start; i < b.length; i++, p += b.step) items[p] = replacement[i];
}

/** Replaces `count` items at `start` with `insert` (without spreading huge arrays onto the JS stack). */
function spliceItems(items: PyValue[], start: number, count: number, insert: readonly PyValue[]): void {
  if (insert.length < 10000) {
    items.splice(start, count, ...insert);
    return;
  }
  const tail = items.slice(start + count);
  items.length = start;
  for (const x of insert) items.push(x);
  for (const x of tail) items.push(x);
}

function deleteSlice(list: PyList, s: PySlice): void {
  const items = list.items;
  const b = resolveSlice(s.start, s.stop, s.step, items.length);
  if (b.length === 0) return;
  if (b.step === 1) {
    items.splice(b.start, b.length);
    return;
  }
  list.items = items.filter((_, i) => !inSlice(i, b));
}

function inSlice(i: number, b: SliceBounds): boolean {
  const offset = i - b.start;
  if (offset % b.step !== 0) return false;
  const k = offset / b.step;
  return k >= 0 && k < b.length;
}

// ---- methods ---------------------------------------------------------------------------------

/** `list.extend(iterable)`. */
export function listExtend(list: PyList, iterable: PyValue): void {
  const items = list.items;
  if (iterable instanceof PyList) {
    const src = iterable.items;
    const n = src.length; // `l.extend(l)` doubles once
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  for (const x of toArray(iterable)) items.push(x);
}

/** `list.insert(i, x)`: the index clamps to the ends, as in Python. */
export function listInsert(list: PyList, index: PyValue, value: PyValue): void {
  const items = list.items;
  const i = clampIndex(typeof index === "number" ? index : toIndex(index), items.length);
  if (i === items.length) items.push(value);
  else if (i === 0) items.unshift(value);
  else {
    // Shift the tail up by one in place (splice would allocate a result array).
    items.push(value);
    items.copyWithin(i + 1, i, items.length - 1);
    items[i] = value;
  }
}

function clampIndex(i: number | bigint, length: number): number {
  if (typeof i === "bigint") return i < 0n ? 0 : length;
  if (i < 0) i += length;
  return i < 0 ? 0 : i > length ? length : i;
}

/** `list.pop([i])`. */
export function listPop(list: PyList, index: PyValue = -1): PyValue {
  const items = list.items;
  if (items.length === 0) raiseIndexError("pop from empty list");
  if (index === -1) return items.pop()!;
  const i = itemIndex(index, items.length, "list");
  if (i === items.length - 1) return items.pop()!;
  if (i === 0) return items.shift()!;
  const v = items[i];
  items.copyWithin(i, i + 1); // close the gap in place (splice would allocate a result array)
  items.pop();
  return v;
}

/** `list.remove(x)`. */
export function listRemove(list: PyList, value: PyValue): void {
  const i = indexOfItem(list.items, value);
  list.items.splice(i, 1);
}

/** `list.sort(*, key=None, reverse=False)`. */
export function listSort(list: PyList, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 0) raiseTypeError("function doesn't take positional arguments");
  let key: PyValue = None;
  let reverse = false;
  if (kw !== null) {
    for (const [name, v] of kw) {
      if (name === "key") key = v;
      else if (name === "reverse") reverse = truthy(v);
      else raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
  sortList(list.items, key, reverse);
  return None;
}

/** The methods of list other than sort, as `(self, ...args)` functions; optional arguments arrive as undefined. */
export const listMethods = {
  append: (self: PyList, x: PyValue) => (self.items.push(x), None),
  extend: (self: PyList, it: PyValue) => (listExtend(self, it), None),
  insert: (self: PyList, i: PyValue, x: PyValue) => (listInsert(self, i, x), None),
  pop: (self: PyList, i: PyValue = -1) => listPop(self, i),
  remove: (self: PyList, x: PyValue) => (listRemove(self, x), None),
  index: (self: PyList, x: PyValue, start: PyValue = None, stop: PyValue = None) => indexOfItem(self.items, x, start, stop),
  count: (self: PyList, x: PyValue) => countItem(self.items, x),
  reverse: (self: PyList) => (self.items.reverse(), None),
  copy: (self: PyList) => new PyList(self.items.slice()),
  clear: (self: PyList) => ((self.items.length = 0), None),
};

// ---- slots -----------------------------------------------------------------------------------

export function listRepr(list: PyList): string {
  return guardedRepr(list, "[...]", () => {
    const items = list.items;
    let out = "[";
    for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ", ") + repr(items[i]);
    return out + "]";
  });
}

function listRichCompare(self: PyList, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyList)) return NotImplemented;
  return compareSequences(self.items, other.items, op);
}

function listAdd(self: PyList, other: PyValue): PyValue {
  if (!(other instanceof PyList)) return NotImplemented;
  return new PyList(self.items.concat(other.items));
}

function listInplaceAdd(self: PyList, other: PyValue): PyValue {
  listExtend(self, other);
  return self;
}

function listMul(self: PyList, n: PyValue): PyValue {
  const count = repeatCount(n);
  if (count === null) return NotImplemented;
  return new PyList(repeatItems(self.items, count));
}

function listInplaceMul(self: PyList, n: PyValue): PyValue {
  const count = repeatCount(n);
  if (count === null) return NotImplemented;
  self.items = repeatItems(self.items, count);
  return self;
}

/** `list.__new__`: an empty list of `type`; `__init__` fills it (so subclasses overriding __init__ work). */
function listNew(type: PyType): PyValue {
  return new PyList([], type);
}

function listInit(self: PyList, args: PyValue[], kw: Kw | null): void {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  self.items = args.length === 0 ? [] : toArray(args[0]);
}

/** `list(iterable)` without going through new/init (the builtins' fast path). */
export function listFrom(iterable: PyValue): PyList {
  return new PyList(toArray(iterable));
}

// A named object (not a literal argument): TypeSlots' binary-operator index signature rejects literal keys.
const listSlots = {
  repr: listRepr,
  hash: raiseUnhashable,
  richcompare: listRichCompare,
  bool: (self: PyList) => self.items.length !== 0,
  len: (self: PyList) => self.items.length,
  iter: iterSeq,
  getitem: listGetItem,
  setitem: listSetItem,
  delitem: listDelItem,
  contains: (self: PyList, x: PyValue) => containsItem(self.items, x),
  add: listAdd,
  iadd: listInplaceAdd,
  mul: listMul,
  rmul: listMul,
  imul: listInplaceMul,
  new: listNew,
  init: listInit,
};
listType.defineSlots(listSlots);

export function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}

/** For error messages: the Python type name of a value. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** The builtin `sorted(iterable, *, key=None, reverse=False)`. */
export function sortedBuiltin(args: PyValue[], kw: Kw | null): PyList {
  if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
  const list = new PyList(toArray(args[0]));
  listSort(list, [], kw);
  return list;
}
