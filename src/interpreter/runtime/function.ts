// Callable objects: compiled Python functions (PyFunction + the argument binder), builtin functions,
// builtin methods of builtin types (with arity checks), and bound methods.
//
// For type engineers:
//   defineMethods(listType, { append: (self, x) => ..., pop: builtinMethod("pop", 0, 1, (self, i?) => ...) })
//   A plain function takes exactly fn.length - 1 arguments after self; builtinMethod(name, min, max, fn)
//   allows optional/variadic ones (max -1 = unbounded; missing ones arrive as undefined);
//   builtinMethodKw(name, (self, args, kw) => ...) gets keywords too. builtinFunction(...) is the same for
//   module-level functions (no self).
import { PyObject, type PyValue, type Kw } from "./object";
import { makeBuiltinType, builtinTypes, typeOf } from "./builtin-types";
import type { PyType } from "./type";
import { raiseTypeError } from "./errors";
import { PyTuple, EMPTY_TUPLE } from "../types/tuple";
import { PyDict } from "../types/dict";

export const functionType = makeBuiltinType("function");
functionType.isBaseType = false;
builtinTypes.set("function", functionType);
/** Builtin functions print as `<function>` and are of type `function` in MicroPython too. */
export const builtinFunctionType = makeBuiltinType("function");
builtinFunctionType.isBaseType = false;
export const boundMethodType = makeBuiltinType("bound_method");
boundMethodType.isBaseType = false;
/** Methods of builtin types looked up on the class (`list.append`). */
export const methodDescriptorType = makeBuiltinType("function");
methodDescriptorType.isBaseType = false;

/** Static facts about a compiled function, shared by every function object a `def` creates. */
export interface FunctionCode {
  name: string;
  qualname: string;
  /** Positional parameter names: positional-only first, then the normal ones. */
  argnames: string[];
  posonlyCount: number;
  kwonlyNames: string[];
  varargs: boolean;
  varkw: boolean;
  file: string;
  line: number;
  isGenerator: boolean;
  isAsync: boolean;
}

/** A function defined by `def` or `lambda`. `fn` takes every parameter positionally (see DESIGN.md). */
export class PyFunction extends PyObject {
  /** True when a call with exactly `nparams` positional arguments and no keywords can call `fn` directly. */
  readonly simple: boolean;
  /** Number of JS parameters of `fn`. */
  readonly nparams: number;
  /**
   * Bit n set: a call with n positional arguments and no keywords may call `fn` directly (missing trailing
   * arguments are filled by the JS default parameters the compiler gives `fn`).
   */
  readonly direct: number;
  /** Function attributes (`f.x = 1`) and `__dict__`; created lazily. */
  $dict: Record<string, PyValue> | undefined = undefined;
  name: string;

  constructor(
    /** The compiled JS function (replaced once when a lazily compiled function first runs). */
    public fn: (...args: any[]) => PyValue,
    readonly code: FunctionCode,
    /** Defaults of the last positional parameters. */
    readonly defaults: PyValue[],
    /** Defaults of keyword-only parameters, or null when none has one. */
    readonly kwDefaults: Map<string, PyValue> | null,
    /** The module namespace the function was defined in (its `__globals__`). */
    readonly globals: Record<string, PyValue>,
  ) {
    super(functionType);
    this.name = code.name;
    this.simple = !code.varargs && !code.varkw && code.kwonlyNames.length === 0;
    this.nparams = code.argnames.length + (code.varargs ? 1 : 0) + code.kwonlyNames.length + (code.varkw ? 1 : 0);
    let direct = 0;
    if (this.simple) for (let n = Math.max(0, this.nparams - defaults.length); n <= this.nparams && n < 31; n++) direct |= 1 << n;
    this.direct = direct;
  }
}

/**
 * Turns a call's arguments into the positional array `fn` expects, with MicroPython's error messages
 * (NORMAL error reporting, as on the Pico).
 */
export function bindArgs(f: PyFunction, args: PyValue[], kw: Kw | null): PyValue[] {
  const code = f.code;
  const npos = code.argnames.length;
  const ndef = f.defaults.length;
  const hasKw = kw !== null && kw.size > 0;
  if (args.length > npos && !code.varargs) {
    raiseTypeError(`function takes ${npos} positional arguments but ${args.length} were given`);
  }
  const out: PyValue[] = new Array(f.nparams);
  const given = Math.min(args.length, npos);
  for (let i = 0; i < given; i++) out[i] = args[i];
  let slot = npos;
  if (code.varargs) out[slot++] = args.length > npos ? new PyTuple(args.slice(npos)) : EMPTY_TUPLE;
  const kwonlyStart = slot;
  slot += code.kwonlyNames.length;
  let extra: PyDict | null = null;
  if (code.varkw) out[slot] = extra = new PyDict();
  if (!hasKw && f.kwDefaults === null) {
    if (given < npos - ndef) raiseTypeError(`function takes ${npos - ndef} positional arguments but ${given} were given`);
    for (let i = given; i < npos; i++) out[i] = f.defaults[i - (npos - ndef)];
    if (code.kwonlyNames.length > 0) raiseTypeError("function missing keyword-only argument");
    return out;
  }
  if (hasKw) bindKeywords(f, kw!, out, kwonlyStart, extra);
  for (let i = given; i < npos; i++) {
    if (out[i] !== undefined) continue;
    if (i >= npos - ndef) out[i] = f.defaults[i - (npos - ndef)];
    else raiseTypeError(`function missing required positional argument #${i}`);
  }
  for (let j = 0; j < code.kwonlyNames.length; j++) {
    if (out[kwonlyStart + j] !== undefined) continue;
    const name = code.kwonlyNames[j];
    const dflt = f.kwDefaults?.get(name);
    if (dflt === undefined) raiseTypeError(`function missing required keyword argument '${name}'`);
    out[kwonlyStart + j] = dflt!;
  }
  return out;
}

function bindKeywords(f: PyFunction, kw: Kw, out: PyValue[], kwonlyStart: number, extra: PyDict | null): void {
  const code = f.code;
  for (const [name, value] of kw) {
    let at = code.argnames.indexOf(name);
    if (at >= 0 && at < code.posonlyCount) at = -1; // positional-only names go to **kwargs
    if (at < 0) {
      const k = code.kwonlyNames.indexOf(name);
      if (k >= 0) at = kwonlyStart + k;
    }
    if (at >= 0) {
      if (out[at] !== undefined) raiseTypeError(`function got multiple values for argument '${name}'`);
      out[at] = value;
    } else if (extra !== null) {
      extra.setStr(name, value);
    } else {
      raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
}

/** Calls a compiled function with any arguments. */
export function callFunction(f: PyFunction, args: PyValue[], kw: Kw | null): PyValue {
  if (kw === null && (f.direct & (1 << args.length)) !== 0) return f.fn(...args);
  return f.fn(...bindArgs(f, args, kw));
}

// ---------- builtin functions ----------

export type BuiltinImpl = (args: PyValue[], kw: Kw | null) => PyValue;

/** A function implemented in TypeScript (`print`, `math.sqrt`). `self` is set for functions bound to a module object. */
export class PyBuiltinFunction extends PyObject {
  /** For builtins with positional arguments only: the function itself and its arity (call sites skip the array). */
  fixed: ((...args: any[]) => PyValue) | null = null;
  minArgs = 0;
  maxArgs = -1;
  constructor(
    readonly name: string,
    readonly impl: BuiltinImpl,
  ) {
    super(builtinFunctionType);
  }
}

/** Checks a builtin's positional argument count (MicroPython's mp_arg_check_num wording). */
export function checkArity(n: number, min: number, max: number, hasKw: boolean, takesKw = false): void {
  if (hasKw && !takesKw) raiseTypeError("function doesn't take keyword arguments");
  if (min === max) {
    if (n !== min) raiseTypeError(`function takes ${min} positional arguments but ${n} were given`);
  } else if (n < min) {
    raiseTypeError(`function missing ${min - n} required positional arguments`);
  } else if (max >= 0 && n > max) {
    raiseTypeError(`function expected at most ${max} arguments, got ${n}`);
  }
}

/** A module-level builtin with positional arguments only (missing optional ones are undefined). */
export function builtinFunction(
  name: string,
  minArgs: number,
  maxArgs: number,
  fn: (...args: any[]) => PyValue,
): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, (args, kw) => {
    if (args.length < minArgs || (maxArgs >= 0 && args.length > maxArgs) || (kw !== null && kw.size > 0)) {
      checkArity(args.length, minArgs, maxArgs, kw !== null && kw.size > 0);
    }
    return fn(...args);
  });
  f.fixed = fn;
  f.minArgs = minArgs;
  f.maxArgs = maxArgs;
  return f;
}

/** A module-level builtin that receives keywords (`print(*a, sep=..)`). */
export function builtinFunctionKw(name: string, fn: BuiltinImpl): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}

// ---------- builtin methods ----------

export type MethodImpl = (self: any, ...args: any[]) => PyValue;
export type MethodKwImpl = (self: any, args: PyValue[], kw: Kw | null) => PyValue;

/**
 * A method of a builtin type. Called through `callMethod` without allocating a bound method.
 * Counts in error messages include self, as MicroPython's do.
 */
export class PyMethodDescriptor extends PyObject {
  /** The type the method is defined on (set by defineMethods); calls check that self is an instance. */
  owner: PyType | null = null;
  constructor(
    readonly name: string,
    readonly minArgs: number,
    /** -1: any number. */
    readonly maxArgs: number,
    readonly fn: MethodImpl | null,
    readonly kwFn: MethodKwImpl | null,
    /** A classmethod of a builtin type (`dict.fromkeys`, `int.from_bytes`): binds to the class. */
    readonly isClassMethod = false,
    /** A staticmethod of a builtin type (`str.maketrans`): never binds. */
    readonly isStatic = false,
  ) {
    super(methodDescriptorType);
  }

  /** Calls with self and the arguments after it. */
  call(self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
    if (this.kwFn !== null) return this.kwFn(self, args, kw);
    const n = args.length;
    if (n < this.minArgs || (this.maxArgs >= 0 && n > this.maxArgs) || (kw !== null && kw.size > 0)) {
      const offset = this.isStatic ? 0 : 1;
      checkArity(n + offset, this.minArgs + offset, this.maxArgs < 0 ? -1 : this.maxArgs + offset, kw !== null && kw.size > 0);
    }
    switch (n) {
      case 0: return this.fn!(self);
      case 1: return this.fn!(self, args[0]);
      case 2: return this.fn!(self, args[0], args[1]);
      default: return this.fn!(self, ...args);
    }
  }
}

export function builtinMethod(name: string, minArgs: number, maxArgs: number, fn: MethodImpl): PyMethodDescriptor {
  return new PyMethodDescriptor(name, minArgs, maxArgs, fn, null);
}

export function builtinMethodKw(name: string, fn: MethodKwImpl): PyMethodDescriptor {
  return new PyMethodDescriptor(name, 0, -1, null, fn);
}

/** A classmethod of a builtin type: `fn(cls, ...args)`. */
export function builtinClassMethod(name: string, minArgs: number, maxArgs: number, fn: MethodImpl): PyMethodDescriptor {
  return new PyMethodDescriptor(name, minArgs, maxArgs, fn, null, true);
}

/** A staticmethod of a builtin type: `fn(undefined, ...args)` (the first parameter is ignored). */
export function builtinStaticMethod(name: string, minArgs: number, maxArgs: number, fn: MethodImpl): PyMethodDescriptor {
  return new PyMethodDescriptor(name, minArgs, maxArgs, fn, null, false, true);
}

/** Adds methods to a builtin type's namespace (see the header comment for the forms). */
export function defineMethods(type: PyType, methods: Record<string, MethodImpl | PyMethodDescriptor>): void {
  for (const name of Object.keys(methods)) {
    const m = methods[name];
    const descr =
      m instanceof PyMethodDescriptor ? m : new PyMethodDescriptor(name, m.length - 1, m.length - 1, m, null);
    descr.owner = type;
    type.setClassAttr(name, descr);
  }
}

/** Adds a plain class attribute (constant) to a builtin type. */
export function defineClassAttrs(type: PyType, attrs: Record<string, PyValue>): void {
  for (const name of Object.keys(attrs)) type.setClassAttr(name, attrs[name]);
}

/** Raised when a method descriptor is called with self of the wrong type (`list.append(1, 2)`). */
export function checkDescriptorSelf(d: PyMethodDescriptor, self: PyValue | undefined): void {
  if (d.isStatic || d.isClassMethod || d.owner === null) return;
  if (self === undefined) raiseTypeError("function takes at least 1 positional arguments but 0 were given");
  if (!typeOf(self!).isSubtypeOf(d.owner)) {
    raiseTypeError(`argument should be a '${d.owner.name}' not a '${typeOf(self!).name}'`);
  }
}

// ---------- bound methods ----------

/** `obj.method` for a Python function or builtin method: remembers self. */
export class PyBoundMethod extends PyObject {
  constructor(
    readonly self: PyValue,
    readonly func: PyValue,
  ) {
    super(boundMethodType);
  }
}

