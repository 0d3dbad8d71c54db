// The builtins namespace: builtin functions (print, len, isinstance, min/max, sorted, exec...), the builtin
// types and exception classes. Interpreter-specific services (stdout, stdin, exec) come through BuiltinsContext.
import { type PyValue, type Kw, STOP } from "../runtime/object";
import { None, NotImplemented, Ellipsis, typeOf, builtinTypes } from "../runtime/builtin-types";
import { PyType } from "../runtime/type";
import {
  raiseTypeError, raiseValueError, raiseStopIteration, exceptionTypes, isException, AttributeError, raiseEOFError,
} from "../runtime/errors";
import {
  PyBuiltinFunction, builtinFunction, builtinFunctionKw, checkArity,
} from "../runtime/function";
import {
  len, repr, str, hash, getIter, iterNext, lookupAttr, getAttr, setAttr, delAttr, callObject, isCallable,
  richCompare, truthy, binaryOp, objectId, callMethod, toArray,
} from "../runtime/protocol";
import { newAttrDict, type AttrDict } from "../runtime/attr-dict";
import { newList, sortedBuiltin } from "../types/list";
import { newTuple, PyTuple } from "../types/tuple";
import { newCallableIterator } from "../types/iterators";
import { powThree } from "../types/int";
import { roundNumber } from "../types/numeric/round";
import { formatIntBase } from "../types/numeric/number-format";
import { add } from "../compiler/rt/arith";
import { PyModule } from "../types/module";
import { PyBytes } from "../types/bytes";
import { codePointLength } from "../types/text/code-points";
import { tick } from "../runtime/state";
import { checkQstr } from "../runtime/qstr";
import { PyGenerator, stopIterationWith } from "../runtime/generator";

/** What the builtins need from the running interpreter. */
export interface BuiltinsContext {
  /** Writes print() output to sys.stdout (whatever it currently is). */
  print(text: string, file: PyValue): void;
  /** Reads a line of input (without its newline); null at end of input. */
  readLine(prompt: string): string | null;
  /** exec/eval/compile. */
  compile(source: PyValue, filename: string, mode: string): PyValue;
  exec(isEval: boolean, args: PyValue[], kw: Kw | null, callerGlobals: AttrDict | null, callerLocals: PyValue | null): PyValue;
  /** `__import__`. */
  importModule(name: string, fromlist: PyValue, level: number): PyValue;
  /** The __main__ module's globals (globals()/locals() called indirectly). */
  mainGlobals(): PyValue;
  /** open() */
  open: PyValue;
}

function strArg(v: PyValue, what: string): string {
  if (typeof v !== "string") return raiseTypeError(`${what} must be str`);
  if (what === "attribute name") checkQstr(v);
  return v;
}

function intArg(v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const index = typeOf(v).slots.index;
  if (index !== undefined) return index(v);
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

// ---------- print / input ----------

function makePrint(ctx: BuiltinsContext): PyBuiltinFunction {
  return builtinFunctionKw("print", (args, kw) => {
    let sep = " ";
    let end = "\n";
    let file: PyValue = None;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "sep") sep = v === None ? " " : strArg(v, "sep");
        else if (k === "end") end = v === None ? "\n" : strArg(v, "end");
        else if (k === "file") file = v;
        else if (k !== "flush") raiseTypeError(`unexpected keyword argument '${k}'`);
      }
    }
    if (file !== None) {
      // A stream sees each item, separator and end as its own write, as MicroPython does (IOBase subclasses count them).
      for (let i = 0; i < args.length; i++) {
        if (i > 0 && sep !== "") ctx.print(sep, file);
        const a = args[i];
        ctx.print(typeof a === "string" ? a : str(a), file);
      }
      if (end !== "") ctx.print(end, file);
      return None;
    }
    let text = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) text += sep;
      const a = args[i];
      text += typeof a === "string" ? a : str(a);
    }
    ctx.print(text + end, file);
    return None;
  });
}

function makeInput(ctx: BuiltinsContext): PyBuiltinFunction {
  return builtinFunction("input", 0, 1, (prompt?: PyValue) => {
    const line = ctx.readLine(prompt === undefined ? "" : str(prompt));
    if (line === null) return raiseEOFError();
    return line;
  });
}

// ---------- attributes ----------

const getattrFn = builtinFunction("getattr", 2, 3, (o: PyValue, name: PyValue, dflt?: PyValue) => {
  const n = strArg(name, "attribute name");
  if (dflt === undefined) return getAttr(o, n);
  try {
    return lookupAttr(o, n) ?? dflt;
  } catch (e) {
    if (isException(e) && e.$type.isSubtypeOf(AttributeError)) return dflt;
    throw e;
  }
});

const hasattrFn = builtinFunction("hasattr", 2, 2, (o: PyValue, name: PyValue) => {
  try {
    return lookupAttr(o, strArg(name, "attribute name")) !== undefined;
  } catch (e) {
    if (isException(e) && e.$type.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
});

const setattrFn = builtinFunction("setattr", 3, 3, (o: PyValue, name: PyValue, v: PyValue) => {
  setAttr(o, strArg(name, "attribute name"), v);
  return None;
});

const delattrFn = builtinFunction("delattr", 2, 2, (o: PyValue, name: PyValue) => {
  delAttr(o, strArg(name, "attribute name"));
  return None;
});

// ---------- types ----------

function classInfoMatch(t: PyType, info: PyValue, fn: string): boolean {
  if (info instanceof PyType) return t.isSubtypeOf(info);
  if (info instanceof PyTuple) return info.items.some((x) => classInfoMatch(t, x, fn));
  return raiseTypeError(`${fn}() arg 2 must be a class or a tuple of classes`);
}

const isinstanceFn = builtinFunction("isinstance", 2, 2, (o: PyValue, info: PyValue) =>
  classInfoMatch(typeOf(o), info, "isinstance"),
);

const issubclassFn = builtinFunction("issubclass", 2, 2, (c: PyValue, info: PyValue) => {
  if (!(c instanceof PyType)) return raiseTypeError("issubclass() arg 1 must be a class");
  return classInfoMatch(c, info, "issubclass");
});

// ---------- iteration ----------

const iterFn = builtinFunction("iter", 1, 2, (o: PyValue, sentinel?: PyValue) =>
  sentinel === undefined ? getIter(o) : newCallableIterator(o, sentinel),
);

const nextFn = builtinFunction("next", 1, 2, (it: PyValue, dflt?: PyValue) => {
  const v = iterNext(it);
  if (v !== STOP) return v;
  if (dflt !== undefined) return dflt;
  if (it instanceof PyGenerator) throw stopIterationWith(it.returnValue);
  return raiseStopIteration();
});

function extremum(name: "min" | "max", op: "lt" | "gt") {
  return builtinFunctionKw(name, (args, kw) => {
    let key: PyValue = None;
    let dflt: PyValue | undefined;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "key") key = v;
        else if (k === "default") dflt = v;
        else raiseTypeError(`unexpected keyword argument '${k}'`);
      }
    }
    if (args.length === 0) checkArity(0, 1, -1, false);
    const items = args.length === 1 ? toArray(args[0]) : args;
    let best: PyValue | undefined;
    let bestKey: PyValue | undefined;
    for (const x of items) {
      const k = key === None ? x : callObject(key, [x], null);
      if (best === undefined || truthy(richCompare(k, bestKey!, op))) {
        best = x;
        bestKey = k;
      }
    }
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      return raiseValueError("arg is an empty sequence");
    }
    return best;
  });
}

function* iterate(o: PyValue): Generator<PyValue> {
  const it = getIter(o);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return;
    yield v;
  }
}

const sumFn = builtinFunction("sum", 1, 2, (iterable: PyValue, start?: PyValue) => {
  let total: PyValue = start ?? 0;
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) {
    total = add(total, x);
    tick();
  }
  return total;
});

const allFn = builtinFunction("all", 1, 1, (o: PyValue) => {
  const it = getIter(o);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) {
    if (!truthy(x)) return false;
    tick();
  }
  return true;
});

const anyFn = builtinFunction("any", 1, 1, (o: PyValue) => {
  const it = getIter(o);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) {
    if (truthy(x)) return true;
    tick();
  }
  return false;
});

// ---------- numbers and characters ----------

const absFn = builtinFunction("abs", 1, 1, (x: PyValue) => {
  if (typeof x === "number") return Math.abs(x);
  const slot = typeOf(x).slots.abs;
  if (slot === undefined) return raiseTypeError(`unsupported type for __abs__: '${typeOf(x).name}'`);
  return slot(x);
});

const divmodFn = builtinFunction("divmod", 2, 2, (a: PyValue, b: PyValue) => binaryOp(a, b, "divmod"));

const powFn = builtinFunction("pow", 2, 3, (a: PyValue, b: PyValue, m?: PyValue) =>
  m === undefined || m === None ? binaryOp(a, b, "pow") : powThree(a, b, m),
);

const roundFn = builtinFunction("round", 1, 2, (x: PyValue, n?: PyValue) => roundNumber(x, n === None ? undefined : n));

function baseFn(name: string, base: 2 | 8 | 16) {
  return builtinFunction(name, 1, 1, (x: PyValue) => formatIntBase(intArg(x), base));
}

const chrFn = builtinFunction("chr", 1, 1, (i: PyValue) => {
  const n = intArg(i);
  if (typeof n !== "number" || n < 0 || n > 0x10ffff) return raiseValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
});

const ordFn = builtinFunction("ord", 1, 1, (s: PyValue) => {
  if (typeof s === "string") {
    const n = codePointLength(s);
    if (n !== 1) return raiseTypeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  if (s instanceof PyBytes || (typeOf(s).slots.buffer !== undefined)) {
    const data = typeOf(s).slots.buffer!(s);
    if (data.length !== 1) return raiseTypeError(`ord() expected a character, but string of length ${data.length} found`);
    return data[0];
  }
  return raiseTypeError(`ord() expected string of length 1, but ${typeOf(s).name} found`);
});

// ---------- introspection ----------

function dirOf(o: PyValue): PyValue {
  // A module's attributes are its globals, plus what every module answers: __class__ and __dict__.
  if (o instanceof PyModule) return newList([...Object.keys(o.$dict), "__class__", "__dict__"].sort());
  const names = new Set<string>();
  const dict = (o as { $dict?: Record<string, PyValue> }).$dict;
  if (typeof o === "object" && dict !== undefined) for (const k of Object.keys(dict)) names.add(k);
  const types = o instanceof PyType ? o.mro : typeOf(o).mro;
  for (const t of types) for (const k of t.dict.keys()) names.add(k);
  return newList([...names].sort());
}

function makeDir(ctx: BuiltinsContext) {
  return builtinFunction("dir", 0, 1, (o?: PyValue) => {
    if (o !== undefined) return dirOf(o);
    const g = ctx.mainGlobals();
    return newList([...callIter(callMethod(g, "keys", [], null))].sort());
  });
}

function* callIter(o: PyValue): Generator<string> {
  for (const x of iterate(o)) if (typeof x === "string") yield x;
}

const callableFn = builtinFunction("callable", 1, 1, (o: PyValue) => isCallable(o));
const lenFn = builtinFunction("len", 1, 1, (o: PyValue) => len(o));
const reprFn = builtinFunction("repr", 1, 1, (o: PyValue) => repr(o));
const hashFn = builtinFunction("hash", 1, 1, (o: PyValue) => hash(o));
const idFn = builtinFunction("id", 1, 1, (o: PyValue) => objectId(o));
const sortedFn = builtinFunctionKw("sorted", sortedBuiltin);

function makeExecLike(ctx: BuiltinsContext, isEval: boolean): PyBuiltinFunction {
  return builtinFunctionKw(isEval ? "eval" : "exec", (args, kw) => ctx.exec(isEval, args, kw, null, null));
}

function makeCompile(ctx: BuiltinsContext): PyBuiltinFunction {
  return builtinFunction("compile", 3, 6, (source: PyValue, filename: PyValue, mode: PyValue) =>
    ctx.compile(source, str(filename), strArg(mode, "mode")),
  );
}

function makeImport(ctx: BuiltinsContext): PyBuiltinFunction {
  return builtinFunctionKw("__import__", (args, kw) => {
    checkArity(args.length, 1, 5, false, true);
    const name = strArg(args[0], "__import__() argument 1");
    checkQstr(name);
    const fromlist = args[3] ?? kw?.get("fromlist") ?? None;
    const level = args[4] ?? kw?.get("level") ?? 0;
    return ctx.importModule(name, fromlist, typeof level === "number" ? level : 0);
  });
}

/** Builds the builtins namespace for one interpreter. */
export function createBuiltins(ctx: BuiltinsContext): { namespace: AttrDict; module: PyModule } {
  const ns = newAttrDict();
  for (const [name, type] of builtinTypes) {
    if (!name.includes(".") && /^[a-z]/.test(name) && !HIDDEN_TYPES.has(name)) ns[name] = type;
  }
  for (const [name, type] of exceptionTypes) ns[name] = type;
  const functions: PyBuiltinFunction[] = [
    makePrint(ctx), makeInput(ctx), getattrFn, hasattrFn, setattrFn, delattrFn, isinstanceFn, issubclassFn,
    iterFn, nextFn, extremum("min", "lt"), extremum("max", "gt"), sumFn, allFn, anyFn, absFn, divmodFn, powFn,
    roundFn, baseFn("bin", 2), baseFn("oct", 8), baseFn("hex", 16), chrFn, ordFn, makeDir(ctx), callableFn,
    lenFn, reprFn, hashFn, idFn, sortedFn, makeExecLike(ctx, false), makeExecLike(ctx, true), makeCompile(ctx),
    makeImport(ctx),
    builtinFunction("globals", 0, 0, () => ctx.mainGlobals()),
    builtinFunction("__build_class__", 2, -1, () => raiseTypeError("__build_class__ can't be called directly")),
    builtinFunction("locals", 0, 0, () => ctx.mainGlobals()),
  ];
  for (const f of functions) ns[f.name] = f;
  ns.open = ctx.open;
  ns.NotImplemented = NotImplemented;
  ns.Ellipsis = Ellipsis;
  ns.__debug__ = true;
  const module = new PyModule("builtins", ns);
  ns.__name__ = "builtins";
  return { namespace: ns, module };
}

/** Builtin types that exist but have no builtin name in MicroPython. */
const HIDDEN_TYPES = new Set(["function", "module", "generator", "NoneType", "iterator", "code"]);

export { newTuple };
