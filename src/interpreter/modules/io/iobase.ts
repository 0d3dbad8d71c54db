// io.IOBase: a base for streams written in Python; native code reaches them through their readinto/write/ioctl.
import { PyObject, type PyValue } from "../../runtime/object";
import { makeBuiltinType } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";

export const ioBaseType = makeBuiltinType("IOBase");

export class PyIOBase extends PyObject {
  $dict: Record<string, PyValue> | undefined;
  constructor(type: PyType) {
    super(type);
  }
}

/** `io.IOBase()` itself is a singleton, as on MicroPython. */
const singleton = new PyIOBase(ioBaseType);

ioBaseType.defineSlots({
  new: (type) => (type === ioBaseType ? singleton : new PyIOBase(type)),
  repr: (self: PyIOBase) => `<${self.$type.name}>`,
});

export function isIOBase(v: PyValue): boolean {
  return typeof v === "object" && v.$type.isSubtypeOf(ioBaseType);
}
