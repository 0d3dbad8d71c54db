// MicroPython's "attrtuple": a tuple whose items are also attributes, printed as (name=value, ...)
// (os.uname(), sys.implementation).
import type { PyValue } from "../runtime/object";
import { makeBuiltinType } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";
import { genericGetAttr, repr } from "../runtime/protocol";
import { PyTuple, tupleType } from "../types/tuple";

class PyAttrTuple extends PyTuple {
  constructor(items: PyValue[], type: PyType, readonly fields: readonly string[]) {
    super(items, type);
  }
}

const attrTupleType = makeBuiltinType("tuple", [tupleType]);
attrTupleType.isBaseType = false;
attrTupleType.defineSlots({
  repr: (self: PyAttrTuple) => "(" + self.fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(", ") + ")",
  getattr: (self: PyAttrTuple, name: string) => {
    const i = self.fields.indexOf(name);
    return i >= 0 ? self.items[i] : genericGetAttr(self, attrTupleType, name);
  },
});

export function makeAttrTuple(fields: readonly string[], values: PyValue[]): PyTuple {
  return new PyAttrTuple(values, attrTupleType, fields);
}
