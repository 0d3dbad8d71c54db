// The `object` type: default slots (identity hash, default repr, instance creation) and the methods every
// class inherits (`__init__`, `__new__`, `__setattr__`, `__delattr__`, `__class__`).
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { objectType, typeOf, None } from "../runtime/builtin-types";
import { PyType } from "../runtime/type";
import { PyInstance } from "../runtime/instance";
import { builtinMethod, builtinMethodKw, builtinStaticMethod, defineMethods } from "../runtime/function";
import { defaultRepr, identityOf } from "../runtime/protocol";
import { genericSetAttr } from "../runtime/attributes";
import { raiseTypeError, raiseAttributeError } from "../runtime/errors";
import { globalsDictOf } from "../runtime/globals-dict";
import type { AttrDict } from "../runtime/attr-dict";
import { PyGetSetDescriptor } from "./property";

/** Creates a bare instance of `cls` through the nearest builtin base that knows how to allocate one. */
export function allocateInstance(cls: PyType, args: PyValue[] = [], kw: Kw | null = null): PyValue {
  for (const t of cls.mro) {
    if (t.isUserClass) continue;
    if (t === objectType) break;
    const make = t.ownSlots.new;
    if (make !== undefined) return make(cls, args, kw);
  }
  return new PyInstance(cls);
}

/** A bare `object()`: no attribute dict (setting attributes raises AttributeError, as in Python). */
class PyBareObject extends PyObject {}

objectType.defineSlots({
  new: (cls: PyType) => (cls.isUserClass ? new PyInstance(cls) : new PyBareObject(cls)),
  init: () => {},
  repr: (self) => defaultRepr(self),
  hash: (self) => identityOf(self),
});

defineMethods(objectType, {
  __init__: builtinMethodKw("__init__", () => None),
  __new__: builtinStaticMethod("__new__", 1, -1, (_unused, cls: PyValue) => {
    if (!(cls instanceof PyType)) return raiseTypeError("object.__new__(X): X is not a type object");
    if (!cls.isUserClass) return raiseTypeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
    return allocateInstance(cls);
  }),
  __setattr__: builtinMethod("__setattr__", 2, 2, (self, name: PyValue, value: PyValue) => {
    genericSetAttr(self, typeOf(self), attrName(name), value);
    return None;
  }),
  __delattr__: builtinMethod("__delattr__", 1, 1, (self, name: PyValue) => {
    genericSetAttr(self, typeOf(self), attrName(name), undefined);
    return None;
  }),
});

function attrName(name: PyValue): string {
  if (typeof name !== "string") return raiseTypeError("attribute name must be string");
  return name as string;
}

objectType.setClassAttr("__class__", new PyGetSetDescriptor("__class__", (self) => typeOf(self)));
// `obj.__dict__`: a dict backed by the instance's attribute namespace (changes show both ways).
objectType.setClassAttr(
  "__dict__",
  new PyGetSetDescriptor("__dict__", (self: { $dict?: AttrDict }) =>
    self.$dict !== undefined ? globalsDictOf(self.$dict) : raiseAttributeError(`'${typeOf(self as PyValue).name}' object has no attribute '__dict__'`),
  ),
);
