// The `type` type: calling a class (instantiation, `type(x)`, `type(name, bases, dict)`), class attribute
// access with the metaclass, class attribute assignment (re-wiring dunder slots), and the class repr.
import type { PyValue, Kw } from "../runtime/object";
import { typeType, typeOf, None, builtinTypes } from "../runtime/builtin-types";
import { PyType } from "../runtime/type";
import { raiseTypeError, raiseAttributeError } from "../runtime/errors";
import { bindAttr, isDataDescriptor, raiseNoAttribute } from "../runtime/attributes";
import { lookupWithSlots, isDunder } from "../runtime/slot-methods";
import { wireSlots } from "../runtime/slot-wiring";
import { createClass, namespaceFromDict } from "../runtime/class-builder";
import { builtinMethod, defineMethods, builtinStaticMethod } from "../runtime/function";
import { identityOf } from "../runtime/protocol";
import { newTuple, PyTuple } from "./tuple";
import { newList } from "./list";
import { PyDict } from "./dict";

builtinTypes.set("type", typeType);

/** `cls(*args, **kw)`: `__new__` then, when it returned an instance of cls, `__init__`. */
export function instantiate(cls: PyType, args: PyValue[], kw: Kw | null): PyValue {
  const make = cls.slots.new;
  if (make === undefined) return raiseTypeError(`cannot create '${cls.name}' instances`);
  const obj = make(cls, args, kw);
  const init = cls.slots.init;
  if (init !== undefined && typeOf(obj).isSubtypeOf(cls)) init(obj, args, kw);
  return obj;
}

function typeNew(meta: PyType, args: PyValue[], kw: Kw | null): PyValue {
  if (meta === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
  if (args.length !== 3) return raiseTypeError("type() takes 1 or 3 arguments");
  const [name, bases, dict] = args;
  if (typeof name !== "string") return raiseTypeError("type() argument 1 must be str");
  if (!(bases instanceof PyTuple)) return raiseTypeError("type() argument 2 must be tuple");
  return createClass(meta, name as string, [...(bases as PyTuple).items], namespaceFromDict(dict), kw);
}

/** Attribute lookup on a class: metaclass data descriptors, then the class's MRO, then the metaclass. */
function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = typeOf(cls);
  const metaAttr = meta === typeType && !isDunder(name) ? undefined : lookupWithSlots(meta, name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return bindAttr(metaAttr, cls, meta);
  const own = isDunder(name) ? lookupWithSlots(cls, name) : cls.lookup(name);
  if (own !== undefined) return bindAttr(own, null, cls);
  const special = classSpecialAttr(cls, name);
  if (special !== undefined) return special;
  if (metaAttr !== undefined) return bindAttr(metaAttr, cls, meta);
  if (meta !== typeType) {
    const m = meta.lookup(name);
    if (m !== undefined) return bindAttr(m, cls, meta);
  }
  const typeMethod = typeType.dict.get(name);
  return typeMethod === undefined ? undefined : bindAttr(typeMethod, cls, typeType);
}

function classSpecialAttr(cls: PyType, name: string): PyValue | undefined {
  switch (name) {
    case "__name__":
    case "__qualname__":
      return cls.name;
    case "__bases__":
      return newTuple(cls.bases);
    case "__base__":
      return cls.bases[0] ?? None;
    case "__mro__":
      return newTuple(cls.mro);
    case "__dict__": {
      const d = new PyDict();
      for (const [k, v] of cls.dict) d.setStr(k, v);
      return d;
    }
    case "__module__":
      return cls.dict.get("__module__") ?? cls.module ?? "builtins";
    case "__doc__":
      return None;
  }
  return undefined;
}

function typeSetAttr(cls: PyType, name: string, value: PyValue | undefined): void {
  const meta = typeOf(cls);
  if (meta !== typeType) {
    const d = lookupWithSlots(meta, name);
    if (d !== undefined && isDataDescriptor(d)) {
      (d as { $type: PyType }).$type.slots.descrSet!(d, cls, value);
      return;
    }
  }
  if (!cls.isUserClass) {
    return raiseAttributeError(`type object '${cls.name}' has no attribute '${name}'`);
  }
  if (value === undefined && !cls.dict.has(name)) return raiseNoAttribute(cls, name);
  cls.setClassAttr(name, value);
  if (isDunder(name)) wireSlots(cls);
}

typeType.defineSlots({
  new: typeNew,
  call: (cls: PyType, args: PyValue[], kw: Kw | null) => {
    if (cls === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
    return instantiate(cls, args, kw);
  },
  getattr: typeGetAttr,
  setattr: typeSetAttr,
  repr: (cls: PyType) => `<class '${cls.module !== null ? cls.module + "." : ""}${cls.name}'>`,
  hash: (cls: PyType) => identityOf(cls),
});

defineMethods(typeType, {
  mro: (cls: PyType) => newList([...cls.mro]),
  __subclasses__: (cls: PyType) => newList([...cls.subclasses]),
  __new__: builtinStaticMethod("__new__", 2, 4, (_unused, meta: PyValue, ...args: PyValue[]) => {
    if (!(meta instanceof PyType)) return raiseTypeError("type.__new__(X): X is not a type object");
    return typeNew(meta, args.filter((a) => a !== undefined), null);
  }),
  __init__: builtinMethod("__init__", 0, 3, () => None),
});

