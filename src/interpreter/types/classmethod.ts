// classmethod: a function bound to the class (the instance's type) on attribute access.
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes, typeOf } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { PyBoundMethod, checkArity } from "../runtime/function";
import { genericGetAttr } from "../runtime/attributes";

export const classmethodType = makeBuiltinType("classmethod");
builtinTypes.set("classmethod", classmethodType);

export class PyClassMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    type: PyType = classmethodType,
  ) {
    super(type);
  }
}

classmethodType.defineSlots({
  new: (type: PyType, args: PyValue[], kw) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    return new PyClassMethod(args[0], type);
  },
  descrGet: (self: PyClassMethod, obj: PyValue | null, owner: PyType) =>
    new PyBoundMethod(obj === null ? owner : owner ?? typeOf(obj), self.func),
  getattr: (self: PyClassMethod, name: string) =>
    name === "__func__" ? self.func : genericGetAttr(self, self.$type, name),
});
