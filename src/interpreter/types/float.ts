// The float type: a boxed JS number so that 1.0 and 1 stay distinct.
import { PyObject } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";

export const floatType = makeBuiltinType("float");
builtinTypes.set("float", floatType);

export class PyFloat extends PyObject {
  constructor(readonly value: number, type: PyType = floatType) {
    super(type);
  }
}
