// The tuple type: an immutable array of values.
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";

export const tupleType = makeBuiltinType("tuple");
builtinTypes.set("tuple", tupleType);

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[], type: PyType = tupleType) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
