// collections.OrderedDict: a dict that (like MicroPython's ordered maps) also accepts unhashable keys,
// found by == instead of by hash, and prints as `OrderedDict({...})`.
import type { PyValue, PyObject } from "../../runtime/object";
import { makeBuiltinType } from "../../runtime/builtin-types";
import { isException, TypeError } from "../../runtime/errors";
import type { PyType } from "../../runtime/type";
import { PyDict, dictType, dictRepr } from "../../types/dict";
import { hashKey } from "../../types/containers/key-protocol";

export const orderedDictType = makeBuiltinType("OrderedDict", [dictType], "collections");

/** Bucket shared by all unhashable keys (compared one by one with ==, as MicroPython's ordered maps do). */
const UNHASHABLE_BUCKET = -0x7fffffff;

export class PyOrderedDict extends PyDict {
  constructor(type: PyType = orderedDictType) {
    super(type);
  }

  protected override keyHash(key: PyObject): number {
    try {
      return hashKey(key);
    } catch (e) {
      if (isException(e) && e.$type.isSubtypeOf(TypeError)) return UNHASHABLE_BUCKET;
      throw e;
    }
  }

  override emptyLike(): PyDict {
    return new PyOrderedDict(this.$type.isUserClass ? orderedDictType : this.$type);
  }
}

orderedDictType.defineSlots({
  new: (type: PyType) => new PyOrderedDict(type),
  repr: (self: PyOrderedDict) => `${self.$type.name}(${dictRepr(self)})`,
});

export function isOrderedDict(v: PyValue): v is PyOrderedDict {
  return v instanceof PyOrderedDict;
}
