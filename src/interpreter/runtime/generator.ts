// Generators and coroutines: a Python generator wraps a JS generator object produced by the compiled
// `function*`. Also the delegation adapters for `yield from` / `await` (JS `yield*` drives them).
import { PyObject, STOP, type PyValue, type IterResult } from "./object";
import { makeBuiltinType, builtinTypes, None, typeOf } from "./builtin-types";
import {
  PyBaseException, newException, isException, raiseTypeError, raiseValueError, raiseRuntimeError,
  StopIteration, GeneratorExit, StopAsyncIteration, RuntimeError,
} from "./errors";
import type { FunctionCode } from "./function";
import { getIter, iterNext, callObject } from "./protocol";
import { lookupAttr, callSpecial } from "./attributes";
import { RawThrow, toPyExc } from "./traceback";
import { runtimeState, poll } from "./state";
import { PyType } from "./type";

export const generatorType = makeBuiltinType("generator");
generatorType.isBaseType = false;
builtinTypes.set("generator", generatorType);
export const coroutineType = makeBuiltinType("coroutine");
coroutineType.isBaseType = false;
export const asyncGeneratorType = makeBuiltinType("async_generator");
asyncGeneratorType.isBaseType = false;

type JsGen = Generator<PyValue, PyValue, PyValue>;

/** What one resumption produced: a yielded value, or the return value when `done`. */
export interface ResumeResult {
  done: boolean;
  value: PyValue;
}

export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** An exception to raise at the next resumption (MicroPython's `pend_throw`). */
  pending: PyValue | null = null;
  /** The value the generator returned (StopIteration's value for `next()`). */
  returnValue: PyValue = None;
  /** Simple generator expressions (no JS generator; see makeSimpleGenexp): the source iterator and step. */
  pullIt: PyValue | null = null;
  pullStep: ((item: PyValue) => PyValue | typeof SKIP) | null = null;
  constructor(
    public gen: JsGen,
    readonly code: FunctionCode,
    type: PyType = generatorType,
  ) {
    super(type);
  }

  get name(): string {
    return this.code.name;
  }
}

/**
 * Resumes with a sent value (`exc` set: throws it in instead — an exception or a RawThrow). Raises whatever
 * the generator raises.
 */
export function resumeGenerator(g: PyGenerator, value: PyValue, exc: unknown = null): ResumeResult {
  if (g.running) raiseValueError("generator already executing");
  generalize(g);
  if (g.finished) {
    if (exc !== null) throw toPyExc(exc);
    g.returnValue = None;
    return { done: true, value: None };
  }
  if (exc === null && g.pending !== null && g.pending !== None) {
    exc = new RawThrow(g.pending);
    g.pending = null;
  }
  if (!g.started && exc === null && value !== None) {
    raiseTypeError("can't send non-None value to a just-started generator");
  }
  g.started = true;
  g.running = true;
  let r: IteratorResult<PyValue, PyValue>;
  try {
    r = exc === null ? g.gen.next(value) : g.gen.throw(exc);
  } catch (e) {
    g.finished = true;
    throw convertStopIteration(toPyExc(e));
  } finally {
    g.running = false;
  }
  if (r.done) {
    g.finished = true;
    g.returnValue = r.value;
  }
  return { done: r.done === true, value: r.value };
}

/** PEP 479: a StopIteration escaping a generator body becomes RuntimeError. */
function convertStopIteration(e: unknown): unknown {
  if (isException(e) && e.$type.isSubtypeOf(StopIteration)) {
    const err = newException(RuntimeError, "generator raised StopIteration");
    err.context = e;
    return err;
  }
  return e;
}

/** `next(g)` for the iterator protocol: STOP when exhausted. The common case allocates nothing extra. */
export function generatorNext(g: PyGenerator): IterResult {
  if (g.pullStep !== null && !g.running && !g.finished && g.pending === null) {
    g.started = true;
    g.running = true;
    let v: IterResult;
    try {
      v = pullNext(g);
    } catch (e) {
      g.running = false;
      g.pullStep = null;
      g.finished = true;
      throw convertStopIteration(toPyExc(e));
    }
    g.running = false;
    if (v === STOP) {
      g.pullStep = null;
      g.finished = true;
    }
    return v;
  }
  if (g.running || g.finished || g.pending !== null) {
    const r = resumeGenerator(g, None);
    return r.done ? STOP : r.value;
  }
  g.started = true;
  g.running = true;
  let r: IteratorResult<PyValue, PyValue>;
  try {
    r = g.gen.next(None);
  } catch (e) {
    g.running = false;
    g.finished = true;
    throw convertStopIteration(toPyExc(e));
  }
  g.running = false;
  if (r.done === true) {
    g.finished = true;
    g.returnValue = r.value;
    return STOP;
  }
  return r.value;
}

/** `g.send(v)`: the next yielded value, or StopIteration(return value). */
export function generatorSend(g: PyGenerator, value: PyValue): PyValue {
  const r = resumeGenerator(g, value);
  if (r.done) throw stopIterationWith(r.value);
  return r.value;
}

export function stopIterationWith(value: PyValue): PyBaseException {
  return value === None ? newException(StopIteration) : newException(StopIteration, value);
}

/** `g.throw(exc)`: the value goes in as given (a delegate's own throw() receives it unchanged). */
export function generatorThrow(g: PyGenerator, exc: PyValue): PyValue {
  const r = resumeGenerator(g, None, new RawThrow(exc));
  if (r.done) throw stopIterationWith(r.value);
  return r.value;
}

/** `g.close()`: throws GeneratorExit in; a generator that yields again is an error. */
export function generatorClose(g: PyGenerator): PyValue {
  generalize(g);
  if (g.finished) return None;
  if (!g.started) {
    g.finished = true;
    return None;
  }
  try {
    const r = resumeGenerator(g, None, newException(GeneratorExit));
    if (!r.done) raiseRuntimeError("generator ignored GeneratorExit");
  } catch (e) {
    if (isException(e) && (e.$type.isSubtypeOf(GeneratorExit) || e.$type.isSubtypeOf(StopIteration))) return None;
    throw e;
  }
  return None;
}

/** MicroPython reduces `throw(type[, value[, tb]])` to one value: the value when given and not None, else type. */
export function exceptionFromThrowArgs(args: PyValue[]): PyValue {
  const [first, second] = args;
  return second !== undefined && second !== None ? second : first;
}

// ---------- delegation: yield from / await ----------

/** A JS iterator that `yield*` drives, forwarding next/throw/return to a Python generator. */
class GeneratorDelegate implements Iterator<PyValue, PyValue, PyValue> {
  constructor(readonly g: PyGenerator) {}
  next(value?: PyValue): IteratorResult<PyValue, PyValue> {
    const r = resumeGenerator(this.g, value === undefined ? None : value);
    return r.done ? { done: true, value: r.value } : { done: false, value: r.value };
  }
  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    if (isException(e) && e.$type.isSubtypeOf(GeneratorExit)) {
      generatorClose(this.g);
      throw e;
    }
    const r = resumeGenerator(this.g, None, e);
    return r.done ? { done: true, value: r.value } : { done: false, value: r.value };
  }
  return(value?: PyValue): IteratorResult<PyValue, PyValue> {
    generatorClose(this.g);
    return { done: true, value: value ?? None };
  }
  [Symbol.iterator]() {
    return this;
  }
}

/** Delegation to any Python iterator (send → its `send` method when given a non-None value). */
class IteratorDelegate implements Iterator<PyValue, PyValue, PyValue> {
  constructor(readonly it: PyValue) {}
  next(value?: PyValue): IteratorResult<PyValue, PyValue> {
    return this.step(() => {
      if (value === undefined || value === None) return nextKeepingStopValue(this.it);
      const send = lookupAttr(this.it, "send");
      if (send === undefined) return raiseTypeError(`'${typeOf(this.it).name}' object has no attribute 'send'`);
      return callObject(send, [value], null);
    });
  }
  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    const isExit = isException(e) && e.$type.isSubtypeOf(GeneratorExit);
    const fn = lookupAttr(this.it, isExit ? "close" : "throw");
    if (fn === undefined) throw e;
    if (isExit) {
      callObject(fn, [], null);
      throw e;
    }
    const raw = e instanceof RawThrow ? e.value : (e as PyValue);
    return this.step(() => callObject(fn, [raw], null));
  }
  return(value?: PyValue): IteratorResult<PyValue, PyValue> {
    const close = lookupAttr(this.it, "close");
    if (close !== undefined) callObject(close, [], null);
    return { done: true, value: value ?? None };
  }
  [Symbol.iterator]() {
    return this;
  }
  /** Runs one step; STOP or a StopIteration ends the delegation with its value. */
  private step(fn: () => IterResult): IteratorResult<PyValue, PyValue> {
    let v: IterResult;
    try {
      v = fn();
    } catch (e) {
      if (isException(e) && e.$type.isSubtypeOf(StopIteration)) {
        return { done: true, value: e.args.length > 0 ? e.args[0] : None };
      }
      throw e;
    }
    return v === STOP ? { done: true, value: None } : { done: false, value: v };
  }
}

/** The next item; a user `__next__` is called directly so that its StopIteration keeps its value. */
function nextKeepingStopValue(it: PyValue): IterResult {
  const type = typeOf(it);
  if (type.isUserClass && type.lookup("__next__") !== undefined) return callSpecial(it, "__next__", [])!;
  return iterNext(it);
}

/** The JS iterable `yield from x` delegates to. */
export function yieldFrom(x: PyValue): Iterator<PyValue, PyValue, PyValue> & Iterable<PyValue> {
  if (x instanceof PyGenerator) return new GeneratorDelegate(x);
  const it = getIter(x);
  return it instanceof PyGenerator ? new GeneratorDelegate(it) : new IteratorDelegate(it);
}

/** The JS iterable `await x` delegates to: a coroutine/generator, or the iterator `x.__await__()` returns. */
export function awaitable(x: PyValue): Iterator<PyValue, PyValue, PyValue> & Iterable<PyValue> {
  if (x instanceof PyGenerator) return new GeneratorDelegate(x);
  const method = lookupAttr(x, "__await__");
  if (method !== undefined) return yieldFrom(callObject(method, [], null));
  return yieldFrom(x);
}

export function makeGenerator(gen: JsGen, code: FunctionCode): PyGenerator {
  return new PyGenerator(gen, code);
}

/** MicroPython's coroutines are generators (same type, same methods). */
/** Marks a filtered-out item inside a simple generator expression's step function. */
export const SKIP: unique symbol = Symbol("SKIP");

/**
 * `(elt for target in iterable if cond)` without a JS generator: `step(item)` binds the target and returns the
 * element, or SKIP when the condition filters the item out. send/throw/close still work, through an adapter
 * JS generator made on first use (a genexp never does anything with sent values).
 */
export function makeSimpleGenexp(it: PyValue, step: (item: PyValue) => PyValue | typeof SKIP, code: FunctionCode): PyGenerator {
  const g = new PyGenerator(EMPTY_GEN, code);
  g.pullIt = it;
  g.pullStep = step;
  return g;
}

/** The next item of a simple generator expression (no closures: creating one per genexp would cost more). */
function pullNext(g: PyGenerator): IterResult {
  const it = g.pullIt!;
  const step = g.pullStep!;
  for (;;) {
    if (--runtimeState.budget < 0) poll();
    const item = iterNext(it);
    if (item === STOP) return STOP;
    const v = step(item);
    if (v !== SKIP) return v;
  }
}

/** Switches a simple genexp to a real JS generator (for send/throw/close). */
function generalize(g: PyGenerator): void {
  if (g.pullStep !== null && g.gen === EMPTY_GEN) g.gen = adapterGenerator(g);
}

function* adapterGenerator(g: PyGenerator): JsGen {
  for (;;) {
    if (g.pullStep === null) return None;
    const v = pullNext(g);
    if (v === STOP) return None;
    yield v;
  }
}

/** Placeholder until a simple genexp needs a JS generator. */
const EMPTY_GEN: JsGen = (function* (): JsGen {
  return None;
})();

export function makeCoroutine(gen: JsGen, code: FunctionCode): PyGenerator {
  return new PyGenerator(gen, code, generatorType);
}

export function makeAsyncGenerator(gen: JsGen, code: FunctionCode): PyGenerator {
  return new PyGenerator(gen, code, asyncGeneratorType);
}

export function isStopAsyncIteration(e: unknown): boolean {
  return isException(e) && e.$type.isSubtypeOf(StopAsyncIteration);
}

/** `async for`: `type(x).__aiter__(x)`. */
export function asyncIter(x: PyValue): PyValue {
  const m = lookupAttr(x, "__aiter__");
  if (m === undefined) return raiseTypeError(`'${typeOf(x).name}' object isn't iterable`);
  return callObject(m, [], null);
}

export function asyncNext(it: PyValue): PyValue {
  const m = lookupAttr(it, "__anext__");
  if (m === undefined) return raiseTypeError(`'${typeOf(it).name}' object isn't an iterator`);
  return callObject(m, [], null);
}
