// property, and getset descriptors (computed attributes of builtin types such as `__class__`, `__name__`).
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { makeBuiltinType, builtinTypes, None, typeOf } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { raiseAttributeError } from "../runtime/errors";
import { callObject } from "../runtime/call";
import { genericGetAttr } from "../runtime/attributes";
import { defineMethods, checkArity } from "../runtime/function";

export const propertyType = makeBuiltinType("property");
builtinTypes.set("property", propertyType);

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue,
    type: PyType = propertyType,
  ) {
    super(type);
  }
}

function propertyArgs(args: PyValue[], kw: Kw | null): PyValue[] {
  checkArity(args.length, 0, 4, false, true);
  const names = ["fget", "fset", "fdel", "doc"];
  const out = names.map((_, i) => args[i] ?? None);
  if (kw !== null) for (const [k, v] of kw) out[names.indexOf(k)] = v;
  return out;
}

propertyType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const [fget, fset, fdel, doc] = propertyArgs(args, kw);
    return new PyProperty(fget, fset, fdel, doc, type);
  },
  descrGet: (self: PyProperty, obj: PyValue | null) => {
    if (obj === null) return self;
    if (self.fget === None) return raiseAttributeError("unreadable attribute");
    return callObject(self.fget, [obj], null);
  },
  descrSet: (self: PyProperty, obj: PyValue, value: PyValue | undefined) => {
    if (value === undefined) {
      if (self.fdel === None) raiseAttributeError("can't delete attribute");
      callObject(self.fdel, [obj], null);
    } else {
      if (self.fset === None) raiseAttributeError("can't set attribute");
      callObject(self.fset, [obj, value], null);
    }
  },
  getattr: (self: PyProperty, name: string) => {
    switch (name) {
      case "fget": return self.fget;
      case "fset": return self.fset;
      case "fdel": return self.fdel;
      case "__doc__": return self.doc;
    }
    return genericGetAttr(self, self.$type, name);
  },
});

defineMethods(propertyType, {
  getter: (self: PyProperty, f: PyValue) => new PyProperty(f, self.fset, self.fdel, self.doc, self.$type),
  setter: (self: PyProperty, f: PyValue) => new PyProperty(self.fget, f, self.fdel, self.doc, self.$type),
  deleter: (self: PyProperty, f: PyValue) => new PyProperty(self.fget, self.fset, f, self.doc, self.$type),
});

// ---------- getset descriptors ----------

export const getsetDescriptorType = makeBuiltinType("getset_descriptor");
getsetDescriptorType.isBaseType = false;

/** A computed attribute implemented in TypeScript; read-only unless a setter is given. */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (self: any) => PyValue,
    readonly set: ((self: any, value: PyValue | undefined) => void) | null = null,
  ) {
    super(getsetDescriptorType);
  }
}

getsetDescriptorType.defineSlots({
  descrGet: (self: PyGetSetDescriptor, obj: PyValue | null) => (obj === null ? self : self.get(obj)),
  descrSet: (self: PyGetSetDescriptor, obj: PyValue, value: PyValue | undefined) => {
    if (self.set === null) raiseAttributeError(`'${typeOf(obj).name}' object has no attribute '${self.name}'`);
    self.set!(obj, value);
  },
});
