// Properties of natively implemented hardware classes (`DigitalInOut.value`, `Counter.count`): data descriptors
// whose getter/setter are TypeScript functions, with CircuitPython's wording for read-only ones.
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType } from "../runtime/builtin-types";
import { raiseAttributeError } from "../runtime/errors";
import type { PyType } from "../runtime/type";

export const nativePropertyType = makeBuiltinType("property");
nativePropertyType.isBaseType = false;

export interface PropertyImpl {
  get: (self: any) => PyValue;
  set?: (self: any, value: PyValue) => void;
}

export class PyNativeProperty extends PyObject {
  constructor(readonly name: string, readonly impl: PropertyImpl) {
    super(nativePropertyType);
  }
}

nativePropertyType.defineSlots({
  descrGet: (self: PyNativeProperty, obj: PyValue | null) => (obj === null ? self : self.impl.get(obj)),
  descrSet: (self: PyNativeProperty, obj: PyValue, value: PyValue | undefined) => {
    if (value === undefined) return raiseAttributeError(`can't delete attribute '${self.name}'`);
    if (self.impl.set === undefined) return raiseAttributeError(`can't set attribute '${self.name}'`);
    self.impl.set(obj, value);
  },
});

/** Adds properties to a native type's namespace. */
export function defineProperties(type: PyType, props: Record<string, PropertyImpl>): void {
  for (const name of Object.keys(props)) type.setClassAttr(name, new PyNativeProperty(name, props[name]));
}
