// MicroPython's _thread on the rp2 port: start_new_thread runs a function on the second core, locks, get_ident.
// The interpreter has one JS thread, so core 1's function runs to its end when it is started (then the caller
// goes on): a program that hands work to core 1 and waits, or ends, behaves as on the board; two endless loops
// on both cores can't both run (the caller waits for core 1).
import { PyObject, type PyValue, type Kw } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { isException, newException, raiseRuntimeError, raiseTypeError, SystemExit } from "../runtime/errors";
import { InterpreterAbort } from "../runtime/traceback";
import { builtinFunction, builtinMethod, defineMethods } from "../runtime/function";
import { callObject, repr } from "../runtime/protocol";
import { PyModule } from "../types/module";
import { PyTuple } from "../types/tuple";
import { PyDict } from "../types/dict";
import { makeNativeType } from "../hardware/native-type";
import { formatException } from "./sys";
import { moduleHost, pollNow, sleepMicros } from "./host-ref";
import { floatArg, intArg } from "./args";

const MAIN_THREAD_ID = 0x20000000;
const CORE1_THREAD_ID = 0x20010000;
let running: number = MAIN_THREAD_ID;

export const lockType = makeNativeType("lock");

class PyLock extends PyObject {
  locked = false;
  constructor() {
    super(lockType);
  }
}

/** Waits for the lock (the other core may be sleeping with it): board time passes; -1 waits to the run's end. */
function acquire(self: PyLock, wait: boolean, timeoutS: number): boolean {
  if (!self.locked) return (self.locked = true);
  if (!wait) return false;
  // No other thread runs while this one waits, so the lock only frees if a timer callback releases it.
  const deadline = timeoutS < 0 ? Infinity : moduleHost().ticksUs() + timeoutS * 1e6;
  while (self.locked && moduleHost().ticksUs() < deadline) {
    sleepMicros(1000);
    pollNow();
  }
  if (self.locked) return false;
  return (self.locked = true);
}

defineMethods(lockType, {
  acquire: builtinMethod("acquire", 0, 2, (self: PyLock, wait?: PyValue, timeout?: PyValue) =>
    acquire(self, wait === undefined ? true : intArg(wait) !== 0, timeout === undefined ? -1 : floatArg(timeout))),
  release: (self: PyLock) => {
    if (!self.locked) return raiseRuntimeError("release unlocked lock");
    self.locked = false;
    return None;
  },
  locked: (self: PyLock) => self.locked,
  __enter__: (self: PyLock) => acquire(self, true, -1),
  __exit__: builtinMethod("__exit__", 0, -1, (self: PyLock) => ((self.locked = false), None)),
});

/** Core 1's function to its end; an exception is reported as the firmware does and the caller carries on. */
function runOnCore1(fn: PyValue, args: PyValue[], kw: Kw | null): void {
  running = CORE1_THREAD_ID;
  try {
    callObject(fn, args, kw);
  } catch (e) {
    if (e instanceof InterpreterAbort || !isException(e)) throw e;
    if (e.$type.isSubtypeOf(SystemExit)) return;
    moduleHost().writeStdout(`Unhandled exception in thread started by ${repr(fn)}\n${formatException(e)}`);
  } finally {
    running = MAIN_THREAD_ID;
  }
}

export function createThreadModule(): PyModule {
  running = MAIN_THREAD_ID;
  const m = new PyModule("_thread");
  m.set("LockType", lockType);
  m.set("allocate_lock", builtinFunction("allocate_lock", 0, 0, () => new PyLock()));
  m.set("get_ident", builtinFunction("get_ident", 0, 0, () => running));
  m.set("stack_size", builtinFunction("stack_size", 0, 1, () => 0));
  m.set("exit", builtinFunction("exit", 0, 0, () => {
    throw newException(SystemExit);
  }));
  m.set("start_new_thread", builtinFunction("start_new_thread", 2, 3, (fn: PyValue, args: PyValue, kwargs?: PyValue) => {
    if (!(args instanceof PyTuple)) return raiseTypeError("expecting a tuple");
    if (kwargs !== undefined && !(kwargs instanceof PyDict)) return raiseTypeError("expecting a dict");
    const kw: Kw | null = kwargs instanceof PyDict ? new Map([...kwargs.entries()].map(([k, v]) => [String(k), v])) : null;
    runOnCore1(fn, args.items.slice(), kw);
    return CORE1_THREAD_ID;
  }));
  return m;
}
