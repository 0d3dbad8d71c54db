// The rest of the generated code's helpers: function objects, `with`, imports, locals()/globals(), exec/eval
// called directly (they need the caller's namespace), and the REPL display hook.
import type { PyValue, Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { PyFunction, type FunctionCode } from "../../runtime/function";
import { raiseAttributeError } from "../../runtime/errors";
import { bindAttr, callSpecial } from "../../runtime/attributes";
import { lookupWithSlots } from "../../runtime/slot-methods";
import { callObject } from "../../runtime/call";
import { PyDict } from "../../types/dict";
import { globalsDictOf } from "../../runtime/globals-dict";
import { runtimeState } from "../../runtime/state";
import { importName, importStar } from "../../runtime/imports";
import { newTuple } from "../../types/tuple";
import type { LazyFunctionSite } from "../lazy";

export function makeFunction(
  fn: (...args: any[]) => PyValue,
  code: FunctionCode,
  defaults: PyValue[],
  kwDefaults: Map<string, PyValue> | null,
  globals: Record<string, PyValue>,
): PyFunction {
  return new PyFunction(fn, code, defaults, kwDefaults, globals);
}

/**
 * A module-level function whose JS is generated on its first call (compiler/lazy.ts): `fn` starts as a stub that
 * builds the real function, puts it in `fn` (later calls go straight to it) and calls it with the same arguments.
 */
export function makeLazyFunction(
  site: LazyFunctionSite,
  code: FunctionCode,
  defaults: PyValue[],
  kwDefaults: Map<string, PyValue> | null,
  globals: Record<string, PyValue>,
  builtins: Record<string, PyValue>,
): PyFunction {
  let real: ((...args: any[]) => PyValue) | undefined;
  const f = new PyFunction(
    function lazyStub(...args: any[]): PyValue {
      real ??= site.build(globals, builtins, defaults);
      f.fn = real;
      return real(...args);
    },
    code,
    defaults,
    kwDefaults,
    globals,
  );
  return f;
}

// ---------- with ----------

function specialOrRaise(mgr: PyValue, name: string): PyValue {
  const type = typeOf(mgr);
  const m = lookupWithSlots(type, name);
  if (m === undefined) return raiseAttributeError(`'${type.name}' object has no attribute '${name}'`);
  return bindAttr(m, mgr, type);
}

/** The bound `__exit__` of a context manager (looked up before `__enter__` is called). */
export function withExit(mgr: PyValue): PyValue {
  return specialOrRaise(mgr, "__exit__");
}

export function withEnter(mgr: PyValue): PyValue {
  return callObject(specialOrRaise(mgr, "__enter__"), [], null);
}

export function asyncWithExit(mgr: PyValue): PyValue {
  return specialOrRaise(mgr, "__aexit__");
}

export function asyncWithEnter(mgr: PyValue): PyValue {
  return callObject(specialOrRaise(mgr, "__aenter__"), [], null);
}

// ---------- imports (the Interpreter installs the importer) ----------

export function importModule(name: string, globals: Record<string, PyValue>, asName: boolean, builtins: Record<string, PyValue>): PyValue {
  const override = builtins.__import__;
  if (override !== undefined && override !== runtimeState.builtinImport) {
    return callObject(override, [name, None, None, None, 0], null);
  }
  return runtimeState.importer!.importModule(name, globals, asName);
}

export function importFrom(
  module: string,
  level: number,
  names: string[],
  globals: Record<string, PyValue>,
  builtins: Record<string, PyValue>,
): PyValue {
  const override = builtins.__import__;
  if (override !== undefined && override !== runtimeState.builtinImport) {
    return callObject(override, [module, None, None, newTuple(names), level], null);
  }
  return runtimeState.importer!.importFrom(module, level, names, globals);
}

export { importName, importStar };

// ---------- namespaces ----------

/** `locals()` inside a function: a new dict of the bound locals (unbound ones are skipped). */
export function localsOf(localsFn: PyValue, entries: [string, PyValue | undefined][]): PyValue {
  if (localsFn !== runtimeState.builtinLocals) return callObject(localsFn, [], null);
  const d = new PyDict();
  for (const [k, v] of entries) if (v !== undefined) d.setStr(k, v);
  return d;
}

export function localsOfClass(localsFn: PyValue, ns: Map<string, PyValue>): PyValue {
  if (localsFn !== runtimeState.builtinLocals) return callObject(localsFn, [], null);
  const d = new PyDict();
  for (const [k, v] of ns) d.setStr(k, v);
  return d;
}

export function globalsOf(globalsFn: PyValue, g: Record<string, PyValue>): PyValue {
  if (globalsFn !== runtimeState.builtinGlobals && globalsFn !== runtimeState.builtinLocals) return callObject(globalsFn, [], null);
  return globalsDictOf(g);
}

/** `exec(...)` / `eval(...)` written directly: the caller's globals (and locals) are the defaults. */
export function execCall(
  fn: PyValue,
  g: Record<string, PyValue>,
  locals: PyValue | null,
  args: PyValue[],
  kw: Kw | null,
): PyValue {
  if (fn === runtimeState.builtinExec || fn === runtimeState.builtinEval) {
    return runtimeState.execHook(fn === runtimeState.builtinEval, args, kw, g, locals);
  }
  // `__import__(name, None, None, fromlist, 1)`: a relative import is against the caller's module, as in MicroPython.
  const outer = runtimeState.importGlobals;
  runtimeState.importGlobals = g;
  try {
    return callObject(fn, args, kw);
  } finally {
    runtimeState.importGlobals = outer;
  }
}

/** The REPL echo of an expression statement: repr of non-None values, also kept as `_`. */
export function displayHook(v: PyValue): void {
  if (v === None) return;
  runtimeState.displayHook(v);
}

export { callSpecial };
