// Calling any callable: compiled functions, builtins, bound methods, method descriptors, types, objects with __call__.
import type { PyValue, Kw } from "./object";
import { typeOf } from "./builtin-types";
import { raiseTypeError } from "./errors";
import {
  PyFunction, PyBuiltinFunction, PyBoundMethod, PyMethodDescriptor, callFunction, checkDescriptorSelf,
} from "./function";

/** `f(*args, **kw)`. */
export function callObject(f: PyValue, args: PyValue[], kw: Kw | null = null): PyValue {
  if (f instanceof PyFunction) return callFunction(f, args, kw);
  if (f instanceof PyBuiltinFunction) return f.impl(args, kw);
  if (f instanceof PyBoundMethod) return callBoundMethod(f, args, kw);
  if (f instanceof PyMethodDescriptor) return callUnboundDescriptor(f, args, kw);
  const call = typeOf(f).slots.call;
  if (call !== undefined) return call(f, args, kw);
  return raiseTypeError(`'${typeOf(f).name}' object isn't callable`);
}

function callBoundMethod(m: PyBoundMethod, args: PyValue[], kw: Kw | null): PyValue {
  const func = m.func;
  if (func instanceof PyFunction) {
    if (kw === null && (func.direct & (1 << (args.length + 1))) !== 0) {
      switch (args.length) {
        case 0: return func.fn(m.self);
        case 1: return func.fn(m.self, args[0]);
        case 2: return func.fn(m.self, args[0], args[1]);
      }
    }
    return callFunction(func, [m.self, ...args], kw);
  }
  if (func instanceof PyMethodDescriptor) return func.call(m.self, args, kw);
  return callObject(func, [m.self, ...args], kw);
}

function callUnboundDescriptor(d: PyMethodDescriptor, args: PyValue[], kw: Kw | null): PyValue {
  if (d.isStatic) return d.call(undefined as never, args, kw);
  checkDescriptorSelf(d, args[0]);
  return d.call(args[0], args.slice(1), kw);
}

/** True when `callable(f)` holds. */
export function isCallable(f: PyValue): boolean {
  if (f instanceof PyFunction || f instanceof PyBuiltinFunction || f instanceof PyBoundMethod) return true;
  if (f instanceof PyMethodDescriptor) return true;
  return typeOf(f).slots.call !== undefined;
}
