// super(): attribute lookup that starts after a given class in the MRO of an object's type.
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes, typeOf } from "../runtime/builtin-types";
import { PyType } from "../runtime/type";
import { raiseTypeError, raiseRuntimeError } from "../runtime/errors";
import { bindAttr } from "../runtime/attributes";
import { lookupWithSlots } from "../runtime/slot-methods";
import { callObject } from "../runtime/call";
import { builtinMethodKw } from "../runtime/function";
import { None } from "../runtime/builtin-types";

export const superType = makeBuiltinType("super");
superType.isBaseType = false;
builtinTypes.set("super", superType);

export class PySuper extends PyObject {
  /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
  readonly startType: PyType;
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
  ) {
    super(superType);
    this.startType = obj instanceof PyType && obj.isSubtypeOf(thisClass) ? obj : typeOf(obj);
    if (!this.startType.isSubtypeOf(thisClass)) raiseTypeError("super(type, obj): obj must be an instance or subtype of type");
  }
}

const noopInit = builtinMethodKw("__init__", () => None);

superType.defineSlots({
  new: (_type, args) => {
    if (args.length !== 2) return raiseTypeError("super() requires 2 arguments");
    if (!(args[0] instanceof PyType)) return raiseTypeError("super() argument 1 must be type");
    return new PySuper(args[0] as PyType, args[1]);
  },
  getattr: (self: PySuper, name: string) => {
    const found = lookupWithSlots(self.startType, name, self.thisClass);
    const owner = self.startType;
    const obj = self.obj === owner ? null : self.obj;
    if (found === undefined) {
      if (name === "__init__") return bindAttr(noopInit, self.obj, owner);
      return undefined;
    }
    return bindAttr(found, obj, owner);
  },
  repr: (self: PySuper) => `<super: <class '${self.thisClass.name}'>, <${self.startType.name} object>>`,
});

/** Compiled `super()` inside a method: the class cell and the method's first argument. */
export function superCall(superFn: PyValue, classCell: PyType | undefined, self: PyValue): PyValue {
  if (superFn !== superType) return callObject(superFn, [], null);
  if (classCell === undefined) return raiseRuntimeError("super(): __class__ cell not found");
  if (self === undefined) return raiseRuntimeError("super(): no arguments");
  return new PySuper(classCell, self);
}
