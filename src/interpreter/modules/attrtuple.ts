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

/**
 * A tuple type whose instances expose their items by name; `prefix` goes before the "(" of the repr
 * (MicroPython's attrtuple has none; CircuitPython's time.struct_time prints "struct_time(...)").
 */
export function makeAttrTupleType(name: string, prefix: string): PyType {
  const type = makeBuiltinType(name, [tupleType]);
  type.isBaseType = false;
  type.defineSlots({
    repr: (self: PyAttrTuple) => prefix + "(" + self.fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(", ") + ")",
    getattr: (self: PyAttrTuple, attr: string) => {
      const i = self.fields.indexOf(attr);
      return i >= 0 ? self.items[i] : genericGetAttr(self, type, attr);
    },
  });
  return type;
}

const attrTupleType = makeAttrTupleType("tuple", "");

export function makeAttrTuple(fields: readonly string[], values: PyValue[], type: PyType = attrTupleType): PyTuple {
  return new PyAttrTuple(values, type, fields);
}
