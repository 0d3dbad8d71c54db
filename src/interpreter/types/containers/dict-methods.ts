// The methods of dict (get, setdefault, pop, popitem, update, keys/values/items, fromkeys, copy, clear).
import { STOP, type PyValue, type Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseKeyError, raiseTypeError, raiseValueError, newException, KeyError } from "../../runtime/errors";
import type { PyType } from "../../runtime/type";
import { PyDict, dictMerge, setDictUpdateFrom } from "../dict";
import { newDictView } from "../dict-views";
import { PyTuple } from "../tuple";
import { getIter, iterNext, callObject } from "./proto";
import { getAttrIfPresent } from "./attr";

export function dictGetMethod(self: PyDict, key: PyValue, dflt: PyValue = None): PyValue {
  const v = self.get(key);
  return v === undefined ? dflt : v;
}

export function dictSetDefault(self: PyDict, key: PyValue, dflt: PyValue = None): PyValue {
  const v = self.get(key);
  if (v !== undefined) return v;
  self.set(key, dflt);
  return dflt;
}

export function dictPop(self: PyDict, key: PyValue, dflt?: PyValue): PyValue {
  const v = self.get(key);
  if (v === undefined) {
    if (dflt === undefined) return raiseKeyError(key);
    return dflt;
  }
  self.delete(key);
  return v;
}

/** Removes and returns the most recently inserted (key, value) pair. */
export function dictPopItem(self: PyDict): PyValue {
  if (self.size === 0) throw newException(KeyError, "popitem(): dictionary is empty");
  let last: PyValue | undefined;
  for (const k of self.map.keys()) last = k;
  const key = self.pythonKey(last as never);
  const value = self.get(key)!;
  self.delete(key);
  return new PyTuple([key, value]);
}

/**
 * `d.update(source)` for one positional source: a dict, an object with keys() (a mapping), or an iterable
 * of key/value pairs (MicroPython's wording when a pair has the wrong length).
 */
export function dictUpdateFrom(self: PyDict, source: PyValue): void {
  if (source instanceof PyDict) {
    dictMerge(self, source);
    return;
  }
  const keys = getAttrIfPresent(source, "keys");
  if (keys !== undefined) {
    const it = getIter(callObject(keys, [], null));
    for (let k = iterNext(it); k !== STOP; k = iterNext(it)) self.set(k, getItemOf(source, k));
    return;
  }
  const it = getIter(source);
  for (let pair = iterNext(it); pair !== STOP; pair = iterNext(it)) {
    const [k, v] = unpackPair(pair);
    self.set(k, v);
  }
}

function getItemOf(mapping: PyValue, key: PyValue): PyValue {
  const slot = typeOf(mapping).slots.getitem;
  if (slot === undefined) return raiseTypeError(`'${typeOf(mapping).name}' object isn't subscriptable`);
  return slot(mapping, key);
}

function unpackPair(pair: PyValue): [PyValue, PyValue] {
  if (pair instanceof PyTuple && pair.items.length === 2) return [pair.items[0], pair.items[1]];
  const inner = getIter(pair);
  const k = iterNext(inner);
  const v = k === STOP ? STOP : iterNext(inner);
  if (k === STOP || v === STOP || iterNext(inner) !== STOP) {
    return raiseValueError("dict update sequence has wrong length");
  }
  return [k, v];
}
setDictUpdateFrom(dictUpdateFrom);

/** `d.update([source], **kw)`. */
export function dictUpdate(self: PyDict, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 1) raiseTypeError(`function expected at most 2 arguments, got ${args.length + 1}`);
  if (args.length === 1) dictUpdateFrom(self, args[0]);
  if (kw !== null) for (const [name, v] of kw) self.setStr(name, v);
  return None;
}

/** `dict.fromkeys(iterable, value=None)` (a classmethod: subclasses get their own type). */
export function dictFromKeys(cls: PyType, iterable: PyValue, value: PyValue = None): PyValue {
  const d = callNew(cls);
  const it = getIter(iterable);
  for (let k = iterNext(it); k !== STOP; k = iterNext(it)) d.set(k, value);
  return d;
}

/** An empty instance of a dict type or subclass, through its `new` slot (OrderedDict makes its own kind). */
function callNew(cls: PyType): PyDict {
  const make = cls.slots.new;
  const d = make !== undefined ? make(cls, [], null) : new PyDict(cls);
  if (!(d instanceof PyDict)) return raiseTypeError("fromkeys needs a dict type");
  return d;
}

/** `d.copy()`: MicroPython keeps the type of builtin subtypes (OrderedDict stays OrderedDict). */
export function dictCopy(self: PyDict): PyValue {
  const out = self.emptyLike();
  dictMerge(out, self);
  return out;
}

export const dictMethods = {
  get: dictGetMethod,
  setdefault: dictSetDefault,
  pop: dictPop,
  popitem: dictPopItem,
  keys: (self: PyDict) => newDictView(self, "keys"),
  values: (self: PyDict) => newDictView(self, "values"),
  items: (self: PyDict) => newDictView(self, "items"),
  copy: dictCopy,
  clear: (self: PyDict) => (self.clear(), None),
};
