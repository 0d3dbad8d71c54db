// staticmethod: a function returned unchanged on attribute access (no binding).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { checkArity } from "../runtime/function";
import { callObject } from "../runtime/call";
import { genericGetAttr } from "../runtime/attributes";

export const staticmethodType = makeBuiltinType("staticmethod");
builtinTypes.set("staticmethod", staticmethodType);

export class PyStaticMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    type: PyType = staticmethodType,
  ) {
    super(type);
  }
}

staticmethodType.defineSlots({
  new: (type: PyType, args: PyValue[], kw) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    return new PyStaticMethod(args[0], type);
  },
  descrGet: (self: PyStaticMethod) => self.func,
  call: (self: PyStaticMethod, args, kw) => callObject(self.func, args, kw),
  getattr: (self: PyStaticMethod, name: string) =>
    name === "__func__" ? self.func : genericGetAttr(self, self.$type, name),
});
