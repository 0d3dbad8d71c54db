// CircuitPython's enum classes (digitalio.Pull, countio.Edge, microcontroller.RunMode…): a type whose members
// are its own instances, printed as `module.Type.MEMBER`.
import { PyObject } from "../../runtime/object";
import { makeBuiltinType } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";

export class PyCpEnumValue extends PyObject {
  constructor(type: PyType, readonly name: string) {
    super(type);
  }
}

export interface CpEnum<K extends string> {
  type: PyType;
  values: Record<K, PyCpEnumValue>;
}

export function makeCpEnum<K extends string>(module: string, typeName: string, members: readonly K[]): CpEnum<K> {
  const type = makeBuiltinType(typeName);
  type.isBaseType = false;
  const values = {} as Record<K, PyCpEnumValue>;
  for (const name of members) {
    values[name] = new PyCpEnumValue(type, name);
    type.setClassAttr(name, values[name]);
  }
  type.defineSlots({ repr: (self: PyCpEnumValue) => `${module}.${typeName}.${self.name}` });
  return { type, values };
}
