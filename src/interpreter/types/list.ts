// The list type: a mutable JS array of values.
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, builtinTypes } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";

export const listType = makeBuiltinType("list");
builtinTypes.set("list", listType);

export class PyList extends PyObject {
  $dict: Record<string, PyValue> | undefined;
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }
}
