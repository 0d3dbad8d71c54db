// Call helpers for generated code: fixed-arity entry points that call a compiled function's JS body directly
// (no argument array, no binder) and method calls that never allocate a bound method.
import type { PyValue, Kw } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { callObject, callMethod as protocolCallMethod, toArray as protocolToArray, getItem } from "../../runtime/protocol";
import { PyFunction, PyMethodDescriptor, PyBuiltinFunction, PyBoundMethod, callFunction } from "../../runtime/function";
import { PyInstance } from "../../runtime/instance";
import { PyModule } from "../../types/module";
import { raiseTypeError } from "../../runtime/errors";
import { PyDict } from "../../types/dict";
import { PyList, listType } from "../../types/list";
import { PyTuple, tupleType } from "../../types/tuple";
import { isDunder } from "../../runtime/slot-methods";
import { checkQstr } from "../../runtime/qstr";
import { PyType, typeVersion } from "../../runtime/type";
import { typeType, objectType, None } from "../../runtime/builtin-types";
import { lookupWithSlots } from "../../runtime/slot-methods";

/** A builtin whose positional-only entry accepts n arguments. */
function fixedBuiltin(f: PyValue, n: number): ((...args: any[]) => PyValue) | null {
  if (!(f instanceof PyBuiltinFunction) || f.fixed === null) return null;
  return n >= f.minArgs && (f.maxArgs < 0 || n <= f.maxArgs) ? f.fixed : null;
}

/** A bound method's function when it can be called directly with self and n more arguments. */
function boundTarget(f: PyBoundMethod, n: number): ((...args: any[]) => PyValue) | null {
  const func = f.func;
  if (func instanceof PyFunction) return (func.direct & (1 << (n + 1))) !== 0 ? func.fn : null;
  if (func instanceof PyMethodDescriptor && func.fn !== null && !func.isStatic && !func.isClassMethod && fits(func, n)) return func.fn;
  return null;
}

/**
 * For `Cls(...)` on a plain user class (instances made by object.__new__, the type's metaclass is `type`):
 * its `__init__` function, or null when construction must take the general path.
 */
function plainInit(cls: PyType): PyFunction | null {
  if (cls.$ctorVersion !== typeVersion.value) {
    cls.$ctorVersion = typeVersion.value;
    let init: PyFunction | null = null;
    if (cls.isUserClass && typeOf(cls) === typeType && cls.slots.new === objectType.ownSlots.new) {
      const m = lookupWithSlots(cls, "__init__");
      if (m instanceof PyFunction) init = m;
    }
    cls.$ctorInit = init;
  }
  return cls.$ctorInit as PyFunction | null;
}

function initialized(o: PyInstance, r: PyValue): PyInstance {
  if (r !== None) raiseTypeError("__init__() should return None");
  return o;
}

export function call0(f: PyValue): PyValue {
  if (f instanceof PyFunction && (f.direct & 1) !== 0) return f.fn();
  const b = fixedBuiltin(f, 0);
  if (b !== null) return b();
  if (f instanceof PyBoundMethod) {
    const m = boundTarget(f, 0);
    if (m !== null) return m(f.self);
  }
  if (f instanceof PyType) {
    const init = plainInit(f);
    if (init !== null && (init.direct & 2) !== 0) {
      const o = new PyInstance(f);
      return initialized(o, init.fn(o));
    }
  }
  return callObject(f, [], null);
}

export function call1(f: PyValue, a: PyValue): PyValue {
  if (f instanceof PyFunction && (f.direct & 2) !== 0) return f.fn(a);
  const b = fixedBuiltin(f, 1);
  if (b !== null) return b(a);
  if (f instanceof PyBoundMethod) {
    const m = boundTarget(f, 1);
    if (m !== null) return m(f.self, a);
  }
  if (f instanceof PyType) {
    const init = plainInit(f);
    if (init !== null && (init.direct & 4) !== 0) {
      const o = new PyInstance(f);
      return initialized(o, init.fn(o, a));
    }
  }
  return callObject(f, [a], null);
}

export function call2(f: PyValue, a: PyValue, b: PyValue): PyValue {
  if (f instanceof PyFunction && (f.direct & 4) !== 0) return f.fn(a, b);
  const fb = fixedBuiltin(f, 2);
  if (fb !== null) return fb(a, b);
  if (f instanceof PyBoundMethod) {
    const m = boundTarget(f, 2);
    if (m !== null) return m(f.self, a, b);
  }
  if (f instanceof PyType) {
    const init = plainInit(f);
    if (init !== null && (init.direct & 8) !== 0) {
      const o = new PyInstance(f);
      return initialized(o, init.fn(o, a, b));
    }
  }
  return callObject(f, [a, b], null);
}

export function call3(f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (f instanceof PyFunction && (f.direct & 8) !== 0) return f.fn(a, b, c);
  const fb = fixedBuiltin(f, 3);
  if (fb !== null) return fb(a, b, c);
  if (f instanceof PyType) {
    const init = plainInit(f);
    if (init !== null && (init.direct & 16) !== 0) {
      const o = new PyInstance(f);
      return initialized(o, init.fn(o, a, b, c));
    }
  }
  return callObject(f, [a, b, c], null);
}

export function call(f: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  return callObject(f, args, kw);
}

/**
 * The method `name` of o's class when calling it needs no binding: a PyFunction of a user class (not
 * shadowed by an instance attribute) or a builtin method descriptor. Undefined otherwise.
 */
function plainMethod(o: PyValue, name: string): PyFunction | PyMethodDescriptor | undefined {
  if (o instanceof PyInstance) {
    const m = o.$type.lookup(name);
    if (m instanceof PyFunction && o.$dict[name] === undefined) return m;
    return undefined;
  }
  const type = typeOf(o);
  if (type.slots.getattr !== undefined || isDunder(name)) return undefined;
  const m = type.lookup(name);
  if (m instanceof PyMethodDescriptor && !m.isClassMethod && !m.isStatic && m.fn !== null) {
    const dict = (o as { $dict?: Record<string, PyValue> }).$dict;
    if (dict === undefined || dict[name] === undefined) return m;
  }
  return undefined;
}

function fits(m: PyMethodDescriptor, n: number): boolean {
  return n >= m.minArgs && (m.maxArgs < 0 || n <= m.maxArgs);
}

/** A call site's cache of the method found on a class (see compileMethodCall). */
export interface MethodCache {
  t: PyType | null;
  v: number;
  m: PyFunction | undefined;
  /** The number of arguments at the site. */
  n: number;
  /** The same for builtin types: the type, version and the method's implementation (fn(self, ...args)). */
  bt: PyType | null;
  bv: number;
  bf: ((self: any, ...args: any[]) => PyValue) | undefined;
  /** The site's general path: callMethodN(o, name, ...args, this cache); the site calls it when its fast test fails. */
  slow: (o: PyValue, ...args: PyValue[]) => PyValue;
}

/** A method call site's cache (materialised from the compiler's `{ methodCache: n, name }` constant). */
export function newMethodCache(n: number, name: string): MethodCache {
  const ic: MethodCache = { t: null, v: -1, m: undefined, n, bt: null, bv: -1, bf: undefined, slow: undefined! };
  ic.slow = slowMethodCall(n, name, ic);
  return ic;
}

function slowMethodCall(n: number, name: string, ic: MethodCache): MethodCache["slow"] {
  switch (n) {
    case 0: return (o) => callMethod0(o, name, ic);
    case 1: return (o, a) => callMethod1(o, name, a, ic);
    case 2: return (o, a, b) => callMethod2(o, name, a, b, ic);
    default: return (o, a, b, c) => callMethod3(o, name, a, b, c, ic);
  }
}

const kwAdapters = new WeakMap<object, (self: any, ...args: any[]) => PyValue>();

/** A positional-call entry for a method that takes (self, args, kw). */
function kwAdapter(kwFn: (self: any, args: PyValue[], kw: Kw | null) => PyValue): (self: any, ...args: any[]) => PyValue {
  let f = kwAdapters.get(kwFn);
  if (f === undefined) {
    f = (self, ...args) => kwFn(self, args, null);
    kwAdapters.set(kwFn, f);
  }
  return f;
}

/** The implementation of a builtin type's method `name` a site with ic.n arguments may call directly. */
function builtinMethodOf(o: PyValue, name: string, ic: MethodCache): ((self: any, ...args: any[]) => PyValue) | undefined {
  const t = typeOf(o);
  if (ic.bt !== t || ic.bv !== typeVersion.value) {
    ic.bt = t;
    ic.bv = typeVersion.value;
    ic.bf = undefined;
    if (t.slots.getattr === undefined && !t.isUserClass && !isDunder(name)) {
      const m = t.lookup(name);
      if (m instanceof PyMethodDescriptor && !m.isClassMethod && !m.isStatic) {
        if (m.fn !== null && fits(m, ic.n)) ic.bf = m.fn;
        else if (m.kwFn !== null) ic.bf = kwAdapter(m.kwFn);
      }
    }
  }
  const f = ic.bf;
  if (f !== undefined && typeof o === "object") {
    const dict = (o as { $dict?: Record<string, PyValue> }).$dict;
    if (dict !== undefined && dict[name] !== undefined) return undefined;
  }
  return f;
}

/** The plain function `name` of class t that a site with ic.n arguments can call directly, or undefined. */
export function methodIC(t: PyType, name: string, ic: MethodCache): PyFunction | undefined {
  if (ic.t === t && ic.v === typeVersion.value) return ic.m;
  const m = t.lookup(name);
  ic.t = t;
  ic.v = typeVersion.value;
  ic.m = m instanceof PyFunction && (m.direct & (1 << (ic.n + 1))) !== 0 ? m : undefined;
  return ic.m;
}

export function callMethod0(o: PyValue, name: string, ic?: MethodCache): PyValue {
  if (ic !== undefined) {
    const f = builtinMethodOf(o, name, ic);
    if (f !== undefined) return f(o);
  }
  const m = plainMethod(o, name);
  if (m instanceof PyFunction) return (m.direct & 2) !== 0 ? m.fn(o) : callFunction(m, [o], null);
  if (m !== undefined && fits(m, 0)) return m.fn!(o);
  if (o instanceof PyModule) {
    const f = o.$dict[name];
    if (f !== undefined) return call0(f);
  }
  return protocolCallMethod(o, name, [], null);
}

export function callMethod1(o: PyValue, name: string, a: PyValue, ic?: MethodCache): PyValue {
  if (ic !== undefined) {
    const f = builtinMethodOf(o, name, ic);
    if (f !== undefined) return f(o, a);
  }
  const m = plainMethod(o, name);
  if (m instanceof PyFunction) return (m.direct & 4) !== 0 ? m.fn(o, a) : callFunction(m, [o, a], null);
  if (m !== undefined && fits(m, 1)) return m.fn!(o, a);
  if (o instanceof PyModule) {
    const f = o.$dict[name];
    if (f !== undefined) return call1(f, a);
  }
  return protocolCallMethod(o, name, [a], null);
}

export function callMethod2(o: PyValue, name: string, a: PyValue, b: PyValue, ic?: MethodCache): PyValue {
  if (ic !== undefined) {
    const f = builtinMethodOf(o, name, ic);
    if (f !== undefined) return f(o, a, b);
  }
  const m = plainMethod(o, name);
  if (m instanceof PyFunction) return (m.direct & 8) !== 0 ? m.fn(o, a, b) : callFunction(m, [o, a, b], null);
  if (m !== undefined && fits(m, 2)) return m.fn!(o, a, b);
  if (o instanceof PyModule) {
    const f = o.$dict[name];
    if (f !== undefined) return call2(f, a, b);
  }
  return protocolCallMethod(o, name, [a, b], null);
}

export function callMethod3(o: PyValue, name: string, a: PyValue, b: PyValue, c: PyValue, ic?: MethodCache): PyValue {
  if (ic !== undefined) {
    const f = builtinMethodOf(o, name, ic);
    if (f !== undefined) return f(o, a, b, c);
  }
  const m = plainMethod(o, name);
  if (m instanceof PyFunction) return (m.direct & 16) !== 0 ? m.fn(o, a, b, c) : callFunction(m, [o, a, b, c], null);
  if (m !== undefined && fits(m, 3)) return m.fn!(o, a, b, c);
  return protocolCallMethod(o, name, [a, b, c], null);
}

export function callMethod(o: PyValue, name: string, args: PyValue[], kw: Kw | null): PyValue {
  return protocolCallMethod(o, name, args, kw);
}

/** `f(**d)`: merges a mapping into the call's keywords (keys must be strings, no repeats). */
export function mergeKwargs(kw: Kw, mapping: PyValue): void {
  if (mapping instanceof PyDict) {
    for (const [k, v] of mapping.entries()) addKwarg(kw, k, v);
    return;
  }
  const keys = protocolCallMethod(mapping, "keys", [], null);
  for (const k of protocolToArray(keys)) addKwarg(kw, k, getItem(mapping, k));
}

export function addKwarg(kw: Kw, key: PyValue, value: PyValue): void {
  if (typeof key !== "string") raiseTypeError("keywords must be strings");
  checkQstr(key as string);
  if (kw.has(key as string)) raiseTypeError(`function got multiple values for argument '${key}'`);
  kw.set(key as string, value);
}

/** `*x` in a call or display: the items as a JS array (exact lists/tuples without copying twice). */
export function toArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList && v.$type === listType) || (v instanceof PyTuple && v.$type === tupleType)) return v.items;
  return protocolToArray(v);
}
