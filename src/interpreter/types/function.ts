// The Python face of functions: binding on attribute access, attributes (__name__, __globals__, __dict__…), repr.
import type { PyValue } from "../runtime/object";
import { None, typeOf } from "../runtime/builtin-types";
import { raiseAttributeError } from "../runtime/errors";
import {
  PyFunction, PyBuiltinFunction, PyBoundMethod, PyMethodDescriptor, functionType, builtinFunctionType,
  methodDescriptorType, callFunction,
} from "../runtime/function";
import { objectId } from "../runtime/protocol";
import { genericGetAttr, genericSetAttr } from "../runtime/attributes";
import { newTuple } from "./tuple";
import { globalsDictOf } from "../runtime/globals-dict";
import type { PyType } from "../runtime/type";

function functionAttr(f: PyFunction, name: string): PyValue | undefined {
  switch (name) {
    case "__name__":
      return f.name;
    case "__qualname__":
      return f.code.qualname;
    case "__globals__":
      return globalsDictOf(f.globals);
    case "__module__":
      return f.globals.__name__ ?? None;
    case "__doc__":
      return f.$dict?.__doc__ ?? None;
    case "__defaults__":
      return f.defaults.length > 0 ? newTuple(f.defaults) : None;
    case "__code__":
      return None;
  }
  return undefined;
}

functionType.defineSlots({
  descrGet: (self: PyFunction, obj: PyValue | null) => (obj === null ? self : new PyBoundMethod(obj, self)),
  repr: (self: PyFunction) => `<function ${self.name} at 0x${objectId(self).toString(16)}>`,
  call: (self: PyFunction, args, kw) => callFunction(self, args, kw),
  getattr: (self: PyFunction, name: string) => {
    const own = self.$dict?.[name];
    if (own !== undefined) return own;
    return functionAttr(self, name) ?? genericGetAttr(self, functionType, name);
  },
  setattr: (self: PyFunction, name: string, value: PyValue | undefined) => {
    if (name === "__globals__" || name === "__name__" && value === undefined) {
      return raiseAttributeError(`'function' object has no attribute '${name}'`);
    }
    if (name === "__name__" && typeof value === "string") {
      self.name = value;
      return;
    }
    genericSetAttr(self, functionType, name, value);
  },
});

builtinFunctionType.defineSlots({
  repr: (self: PyBuiltinFunction) => `<function ${self.name}>`,
  call: (self: PyBuiltinFunction, args, kw) => self.impl(args, kw),
  getattr: (self: PyBuiltinFunction, name: string) =>
    name === "__name__" ? self.name : genericGetAttr(self, builtinFunctionType, name),
});

methodDescriptorType.defineSlots({
  descrGet: (self: PyMethodDescriptor, obj: PyValue | null, owner: PyType) => {
    if (self.isStatic) return self;
    if (self.isClassMethod) return new PyBoundMethod(owner ?? typeOf(obj!), self);
    return obj === null ? self : new PyBoundMethod(obj, self);
  },
  repr: (self: PyMethodDescriptor) => `<function ${self.name}>`,
  getattr: (self: PyMethodDescriptor, name: string) =>
    name === "__name__" ? self.name : genericGetAttr(self, methodDescriptorType, name),
});
