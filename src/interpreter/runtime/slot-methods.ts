// Builtin types implement behaviour as JS slots; Python sees them as methods (`int.__add__`, `[].__len__`,
// `super().__getitem__`). This makes those methods on demand from the slots, cached per type.
import { STOP, type PyValue, type Kw } from "./object";
import { NotImplemented, None } from "./builtin-types";
import { type PyType, type CompareOp, type TypeSlots, typeVersion } from "./type";
import { PyMethodDescriptor, builtinMethod, builtinMethodKw } from "./function";
import { raiseStopIteration } from "./errors";

type Maker = (slots: TypeSlots) => PyMethodDescriptor | undefined;

const COMPARE_DUNDERS: Record<string, CompareOp> = {
  __eq__: "eq", __ne__: "ne", __lt__: "lt", __le__: "le", __gt__: "gt", __ge__: "ge",
};

export const BINARY_DUNDERS: Record<string, string> = {};
for (const op of ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"]) {
  BINARY_DUNDERS[`__${op}__`] = op;
  BINARY_DUNDERS[`__r${op}__`] = "r" + op;
  BINARY_DUNDERS[`__i${op}__`] = "i" + op;
}

function unary(name: string, get: (s: TypeSlots) => ((self: any) => PyValue) | undefined): Maker {
  return (slots) => {
    const fn = get(slots);
    return fn && builtinMethod(name, 0, 0, (self) => fn(self));
  };
}

const MAKERS: Record<string, Maker> = {
  __repr__: unary("__repr__", (s) => s.repr),
  __str__: unary("__str__", (s) => s.str ?? s.repr),
  __hash__: unary("__hash__", (s) => s.hash),
  __len__: unary("__len__", (s) => s.len),
  __iter__: unary("__iter__", (s) => s.iter),
  __bool__: unary("__bool__", (s) => s.bool),
  __neg__: unary("__neg__", (s) => s.neg),
  __pos__: unary("__pos__", (s) => s.pos),
  __invert__: unary("__invert__", (s) => s.invert),
  __abs__: unary("__abs__", (s) => s.abs),
  __index__: unary("__index__", (s) => s.index),
  __int__: unary("__int__", (s) => s.int),
  __next__: (s) => {
    const next = s.next;
    return next && builtinMethod("__next__", 0, 0, (self) => {
      const v = next(self);
      return v === STOP ? raiseStopIteration() : v;
    });
  },
  __getitem__: (s) => s.getitem && builtinMethod("__getitem__", 1, 1, s.getitem),
  __setitem__: (s) => {
    const set = s.setitem;
    return set && builtinMethod("__setitem__", 2, 2, (self, k, v) => (set(self, k, v), None));
  },
  __delitem__: (s) => {
    const del = s.delitem;
    return del && builtinMethod("__delitem__", 1, 1, (self, k) => (del(self, k), None));
  },
  __contains__: (s) => s.contains && builtinMethod("__contains__", 1, 1, s.contains),
  __call__: (s) => {
    const call = s.call;
    return call && builtinMethodKw("__call__", (self, args: PyValue[], kw: Kw | null) => call(self, args, kw));
  },
  __init__: (s) => {
    const init = s.init;
    return init && builtinMethodKw("__init__", (self, args: PyValue[], kw: Kw | null) => (init(self, args, kw), None));
  },
  __get__: (s) => {
    const get = s.descrGet;
    return get && builtinMethod("__get__", 1, 2, (self, obj, type) => get(self, obj === None ? null : obj, type));
  },
  __format__: (s) => s.format && builtinMethod("__format__", 1, 1, s.format),
};

function makeFor(slots: TypeSlots, name: string): PyMethodDescriptor | undefined {
  const maker = MAKERS[name];
  if (maker !== undefined) return maker(slots);
  const op = COMPARE_DUNDERS[name];
  if (op !== undefined) {
    const cmp = slots.richcompare;
    return cmp && builtinMethod(name, 1, 1, (self, other) => cmp(self, other, op));
  }
  const bin = BINARY_DUNDERS[name];
  if (bin !== undefined) {
    const fn = (slots as Record<string, ((a: any, b: PyValue) => PyValue) | undefined>)[bin];
    return fn && builtinMethod(name, 1, 1, fn);
  }
  return undefined;
}

const cache = new WeakMap<PyType, Map<string, PyMethodDescriptor | null>>();

/** The method a builtin type's own slot provides for `name`, or undefined. */
function ownSlotMethod(type: PyType, name: string): PyMethodDescriptor | undefined {
  let perType = cache.get(type);
  if (perType === undefined) cache.set(type, (perType = new Map()));
  let m = perType.get(name);
  if (m === undefined) {
    m = makeFor(type.ownSlots, name) ?? null;
    if (m !== null) m.owner = type;
    perType.set(name, m);
  }
  return m ?? undefined;
}

export function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith("__") && name.endsWith("__");
}

/**
 * A class attribute lookup that also finds builtin types' slot methods, in MRO order
 * (`int.__add__` before `object.__eq__`). User classes' own dicts always win for their level.
 */
export function lookupWithSlots(type: PyType, name: string, startAfter: PyType | null = null): PyValue | undefined {
  if (startAfter !== null) return lookupUncached(type, name, startAfter);
  let cache = type.$slotLookup as Map<string, PyValue | undefined> | null;
  if (cache === null || type.$slotLookupVersion !== typeVersion.value) {
    type.$slotLookup = cache = new Map();
    type.$slotLookupVersion = typeVersion.value;
  }
  let v = cache.get(name);
  if (v === undefined && !cache.has(name)) {
    v = lookupUncached(type, name, null);
    cache.set(name, v);
  }
  return v;
}

function lookupUncached(type: PyType, name: string, startAfter: PyType | null): PyValue | undefined {
  const mro = type.mro;
  let i = 0;
  if (startAfter !== null) {
    i = mro.indexOf(startAfter) + 1;
    if (i === 0) return undefined;
  }
  const dunder = isDunder(name);
  for (; i < mro.length; i++) {
    const t = mro[i];
    const v = t.dict.get(name);
    if (v !== undefined) return v;
    if (dunder && !t.isUserClass) {
      const m = ownSlotMethod(t, name);
      if (m !== undefined) return m;
    }
  }
  return undefined;
}

export { NotImplemented };
