// Attribute access: lookup with Python's order (data descriptor, instance dict, class attribute), setting,
// deleting, and method calls that skip allocating a bound method.
import { type PyValue, type Kw, PyObject } from "./object";
import { typeOf } from "./builtin-types";
import { PyType } from "./type";
import { raiseAttributeError, newException, AttributeError } from "./errors";
import {
  PyFunction, PyMethodDescriptor, PyBoundMethod, callFunction,
} from "./function";
import { newAttrDict } from "./attr-dict";
import { callObject } from "./call";
import { lookupWithSlots, isDunder } from "./slot-methods";

/** A class attribute along the MRO; dunder names also find builtin types' slot methods. */
export function lookupTypeAttr(type: PyType, name: string): PyValue | undefined {
  return isDunder(name) ? lookupWithSlots(type, name) : type.lookup(name);
}

/** True when a class attribute is a data descriptor (a property, or an object whose type has __set__). */
export function isDataDescriptor(descr: PyValue): boolean {
  return typeof descr === "object" && descr.$type.slots.descrSet !== undefined;
}

/** Applies the descriptor protocol to a class attribute found for `obj` (null: accessed on the class). */
export function bindAttr(descr: PyValue, obj: PyValue | null, type: PyType): PyValue {
  if (typeof descr !== "object") return descr;
  if (descr instanceof PyFunction) return obj === null ? descr : new PyBoundMethod(obj, descr);
  const get = descr.$type.slots.descrGet;
  return get === undefined ? descr : get(descr, obj, type);
}

/**
 * The generic lookup used by every object without its own `getattr` slot: data descriptor on the type,
 * then the instance `$dict`, then the class attribute (bound). Undefined when missing.
 */
export function genericGetAttr(o: PyValue, type: PyType, name: string): PyValue | undefined {
  const descr = lookupTypeAttr(type, name);
  if (descr !== undefined && isDataDescriptor(descr)) return (descr as PyObject).$type.slots.descrGet!(descr, o, type);
  if (typeof o === "object") {
    const dict = (o as { $dict?: Record<string, PyValue> }).$dict;
    if (dict !== undefined) {
      const v = dict[name];
      if (v !== undefined) return v;
    }
  }
  if (descr === undefined) return undefined;
  return bindAttr(descr, o, type);
}

/** `getattr(o, name, <missing>)`: the attribute, or undefined when it does not exist. */
export function lookupAttr(o: PyValue, name: string): PyValue | undefined {
  const type = typeOf(o);
  const custom = type.slots.getattr;
  if (custom !== undefined) return custom(o, name);
  return genericGetAttr(o, type, name);
}

/** `o.name`, raising MicroPython's AttributeError when missing. */
export function getAttr(o: PyValue, name: string): PyValue {
  const v = lookupAttr(o, name);
  if (v === undefined) return raiseNoAttribute(o, name);
  return v;
}

export function raiseNoAttribute(o: PyValue, name: string): never {
  if (o instanceof PyType) return raiseAttributeError(`type object '${o.name}' has no attribute '${name}'`);
  // An object may explain a missing name (CircuitPython's board module names the Pico's pins for another board's).
  const hint = (o as { missingAttributeHint?: (name: string) => string }).missingAttributeHint?.(name) ?? "";
  const exc = newException(AttributeError, `'${typeOf(o).name}' object has no attribute '${name}'`);
  if (hint !== "") exc.hint = hint;
  throw exc;
}

/** Whether objects of this type may carry arbitrary attributes (instances of user classes, functions). */
function acceptsAttributes(o: PyValue, type: PyType): boolean {
  return type.isUserClass || o instanceof PyFunction;
}

/** The generic `o.name = value` (value undefined: `del o.name`), used by objects without a `setattr` slot. */
export function genericSetAttr(o: PyValue, type: PyType, name: string, value: PyValue | undefined): void {
  const descr = lookupTypeAttr(type, name);
  if (descr !== undefined && isDataDescriptor(descr)) {
    (descr as PyObject).$type.slots.descrSet!(descr, o, value);
    return;
  }
  if (typeof o !== "object") return raiseNoAttribute(o, name);
  const holder = o as { $dict?: Record<string, PyValue> };
  let dict = holder.$dict;
  if (dict === undefined) {
    if (!acceptsAttributes(o, type)) return raiseNoAttribute(o, name);
    dict = holder.$dict = newAttrDict();
  }
  if (value !== undefined) {
    dict[name] = value;
  } else {
    if (dict[name] === undefined) return raiseNoAttribute(o, name);
    delete dict[name];
  }
}

export function setAttr(o: PyValue, name: string, value: PyValue): void {
  const type = typeOf(o);
  const custom = type.slots.setattr;
  if (custom !== undefined) custom(o, name, value);
  else genericSetAttr(o, type, name, value);
}

export function delAttr(o: PyValue, name: string): void {
  const type = typeOf(o);
  const custom = type.slots.setattr;
  if (custom !== undefined) custom(o, name, undefined);
  else genericSetAttr(o, type, name, undefined);
}

/** `hasattr`: true when lookup succeeds (AttributeError from a property counts as missing). */
export function hasAttr(o: PyValue, name: string): boolean {
  return lookupAttr(o, name) !== undefined;
}

/**
 * `o.name(*args, **kw)` without creating a bound method when the attribute is a plain method of the type
 * (a PyFunction or a builtin method descriptor not shadowed by the instance dict).
 */
export function callMethod(o: PyValue, name: string, args: PyValue[], kw: Kw | null = null): PyValue {
  const type = typeOf(o);
  if (type.slots.getattr === undefined) {
    const m = lookupTypeAttr(type, name);
    if (m !== undefined && !shadowedByInstance(o, name)) {
      if (m instanceof PyFunction) return callFunction(m, [o, ...args], kw);
      if (m instanceof PyMethodDescriptor && !m.isClassMethod) {
        return m.isStatic ? m.call(undefined as never, args, kw) : m.call(o, args, kw);
      }
    }
  }
  return callObject(getAttr(o, name), args, kw);
}

function shadowedByInstance(o: PyValue, name: string): boolean {
  if (typeof o !== "object") return false;
  const dict = (o as { $dict?: Record<string, PyValue> }).$dict;
  return dict !== undefined && dict[name] !== undefined;
}

/** Looks up a special method on the type only (as Python does for dunders): undefined when missing. */
export function lookupSpecial(o: PyValue, name: string): PyValue | undefined {
  const type = typeOf(o);
  const m = lookupWithSlots(type, name);
  return m === undefined ? undefined : bindAttr(m, o, type);
}

/** Calls a special method found on the type (`__enter__`, `__exit__`...); undefined when missing. */
export function callSpecial(o: PyValue, name: string, args: PyValue[], kw: Kw | null = null): PyValue | undefined {
  const m = lookupWithSlots(typeOf(o), name);
  if (m === undefined) return undefined;
  if (m instanceof PyFunction) {
    if (kw === null && (m.direct & (1 << (args.length + 1))) !== 0) {
      switch (args.length) {
        case 0: return m.fn(o);
        case 1: return m.fn(o, args[0]);
        case 2: return m.fn(o, args[0], args[1]);
      }
    }
    return callFunction(m, [o, ...args], kw);
  }
  if (kw !== null) return callObject(bindAttr(m, o, typeOf(o)), args, kw);
  if (m instanceof PyMethodDescriptor && !m.isClassMethod && !m.isStatic) return m.call(o, args, null);
  return callObject(bindAttr(m, o, typeOf(o)), args, null);
}
