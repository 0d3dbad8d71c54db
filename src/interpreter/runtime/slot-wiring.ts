// User classes: a dunder method in a class body (`__add__`, `__len__`, `__getitem__`…) becomes the matching
// JS slot, so the runtime's fast dispatch works for them too. Wrappers look the method up at call time, so
// later assignments (`A.__add__ = f`) and subclass overrides are honoured.
import { STOP, type PyValue, type Kw, type IterResult } from "./object";
import { typeOf, None, NotImplemented } from "./builtin-types";
import type { PyType, TypeSlots, CompareOp } from "./type";
import { raiseTypeError, isException, StopIteration, AttributeError } from "./errors";
import { callSpecial, genericGetAttr, genericSetAttr, bindAttr } from "./attributes";
import { lookupWithSlots, BINARY_DUNDERS } from "./slot-methods";
import { callObject } from "./call";
import { PyFunction } from "./function";
import { truthy } from "./protocol";
import { PyFloat } from "../types/float";

const COMPARE_NAMES: Record<CompareOp, string> = {
  eq: "__eq__", ne: "__ne__", lt: "__lt__", le: "__le__", gt: "__gt__", ge: "__ge__",
};

/** Calls the special method `name` found on self's type (it exists: the slot was wired because of it). */
function call(self: PyValue, name: string, args: PyValue[]): PyValue {
  const r = callSpecial(self, name, args);
  return r === undefined ? NotImplemented : r;
}

/** `call` for one argument (binary operators, __getitem__): a plain function is called without an array. */
function call1(self: PyValue, name: string, arg: PyValue): PyValue {
  const m = lookupWithSlots(typeOf(self), name);
  if (m instanceof PyFunction && (m.direct & 4) !== 0) return m.fn(self, arg);
  return call(self, name, [arg]);
}

/** `call` without arguments (unary operators, __len__, __iter__...). */
function call0(self: PyValue, name: string): PyValue {
  const m = lookupWithSlots(typeOf(self), name);
  if (m instanceof PyFunction && (m.direct & 2) !== 0) return m.fn(self);
  return call(self, name, []);
}

function asString(v: PyValue, what: string): string {
  if (typeof v !== "string") raiseTypeError(`${what} returned non-string (type ${typeOf(v).name})`);
  return v as string;
}

function asInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(BigInt.asIntN(52, v));
  return raiseTypeError("an integer is required");
}

function richcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const type = typeOf(self);
  const m = lookupWithSlots(type, COMPARE_NAMES[op]);
  if (m instanceof PyFunction && (m.direct & 4) !== 0) return m.fn(self, other);
  if (m !== undefined) return callObject(bindAttr(m, self, type), [other], null);
  if (op === "ne") {
    const eq = lookupWithSlots(type, "__eq__");
    if (eq !== undefined) {
      const r = callObject(bindAttr(eq, self, type), [other], null);
      return r === NotImplemented ? r : !truthy(r);
    }
  }
  return NotImplemented;
}

const UNARY: Record<string, keyof TypeSlots> = {
  __neg__: "neg", __pos__: "pos", __invert__: "invert", __abs__: "abs",
};

function wrapperFor(name: string, type: PyType): TypeSlots | null {
  switch (name) {
    case "__repr__":
      return { repr: (self) => asString(call(self, name, []), "__repr__") };
    case "__str__":
      return { str: (self) => asString(call(self, name, []), "__str__") };
    case "__hash__":
      if (type.dict.get("__hash__") === None) return { hash: unhashable };
      return { hash: (self) => asInt(call(self, name, [])) };
    case "__eq__":
    case "__ne__":
    case "__lt__":
    case "__le__":
    case "__gt__":
    case "__ge__": {
      const slots: TypeSlots = { richcompare };
      if (name === "__eq__" && !type.dict.has("__hash__")) slots.hash = unhashable;
      return slots;
    }
    case "__bool__":
      return { bool: (self) => truthy(call0(self, name)) };
    case "__len__":
      return { len: (self) => lengthOf(call0(self, name)) };
    case "__iter__":
      return { iter: (self) => call0(self, name) };
    case "__next__":
      return { next: userNext };
    case "__call__":
      return { call: (self, args: PyValue[], kw: Kw | null) => callObject(bindAttr(lookupWithSlots(typeOf(self), name)!, self, typeOf(self)), args, kw) };
    case "__getattr__":
      return { getattr: userGetAttr };
    case "__setattr__":
    case "__delattr__":
      return { setattr: userSetAttr };
    case "__getitem__":
      return { getitem: (self, key) => call1(self, name, key) };
    case "__setitem__":
      return { setitem: (self, key, value) => void call(self, name, [key, value]) };
    case "__delitem__":
      return { delitem: (self, key) => void call(self, name, [key]) };
    case "__contains__":
      return { contains: (self, item) => truthy(call1(self, name, item)) };
    case "__index__":
      return { index: (self) => intResult(call(self, name, []), "__index__") };
    case "__int__":
      return { int: (self) => intResult(call(self, name, []), "__int__") };
    case "__float__":
      return { float: (self) => floatResult(call(self, name, [])) };
    case "__get__":
      return { descrGet: (self, obj, owner) => call(self, name, [obj ?? None, owner]) };
    case "__set__":
    case "__delete__":
      return { descrSet: userDescrSet };
    case "__init__":
      return { init: userInit };
    case "__new__":
      return { new: userNew };
    case "__format__":
      return { format: (self, spec) => asString(call(self, name, [spec]), "__format__") };
  }
  const unary = UNARY[name];
  if (unary !== undefined) return { [unary]: (self: PyValue) => call0(self, name) } as TypeSlots;
  const bin = BINARY_DUNDERS[name];
  if (bin !== undefined) return { [bin]: (self: PyValue, other: PyValue) => call1(self, name, other) } as TypeSlots;
  return null;
}

function unhashable(self: PyValue): never {
  return raiseTypeError(`unhashable type: '${typeOf(self).name}'`);
}

function lengthOf(v: PyValue): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "number") return raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return v as number;
}

function intResult(v: PyValue, what: string): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return raiseTypeError(`${what} returned non-int (type ${typeOf(v).name})`);
}

function floatResult(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  return raiseTypeError(`__float__ returned non-float (type ${typeOf(v).name})`);
}

function userNext(self: PyValue): IterResult {
  try {
    return call0(self, "__next__");
  } catch (e) {
    if (isException(e) && e.$type.isSubtypeOf(StopIteration)) return STOP;
    throw e;
  }
}

function userGetAttr(self: PyValue, name: string): PyValue | undefined {
  const type = typeOf(self);
  const v = genericGetAttr(self, type, name);
  if (v !== undefined) return v;
  try {
    return call(self, "__getattr__", [name]);
  } catch (e) {
    if (isException(e) && e.$type.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

function userSetAttr(self: PyValue, name: string, value: PyValue | undefined): void {
  const type = typeOf(self);
  const method = value === undefined ? "__delattr__" : "__setattr__";
  const m = lookupWithSlots(type, method);
  if (m !== undefined) {
    callObject(bindAttr(m, self, type), value === undefined ? [name] : [name, value], null);
  } else {
    genericSetAttr(self, type, name, value);
  }
}

function userDescrSet(self: PyValue, obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) call(self, "__delete__", [obj]);
  else call(self, "__set__", [obj, value]);
}

function userInit(self: PyValue, args: PyValue[], kw: Kw | null): void {
  const r = callSpecial(self, "__init__", args, kw);
  if (r !== None) raiseTypeError("__init__() should return None");
}

function userNew(cls: PyType, args: PyValue[], kw: Kw | null): PyValue {
  const m = lookupWithSlots(cls, "__new__")!;
  const fn = bindAttr(m, null, cls);
  return callObject(fn, [cls, ...args], kw);
}

/** Recomputes a user class's own slots from the dunder methods in its dict (and its subclasses' merged slots). */
export function wireSlots(type: PyType): void {
  const own: TypeSlots = {};
  for (const name of type.dict.keys()) {
    if (!name.startsWith("__")) continue;
    const slots = wrapperFor(name, type);
    if (slots !== null) Object.assign(own, slots);
  }
  type.ownSlots = own;
  type.refreshSlots();
}
