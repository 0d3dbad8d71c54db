// Tracebacks: compiled functions append one entry per frame as an exception passes through; stray JS errors
// are turned into Python exceptions here; and the MicroPython-style printout.
import type { PyValue } from "./object";
import { PyBaseException, newException, RuntimeError, MemoryError, TypeError, BaseException } from "./errors";
import { PyType } from "./type";
import { callObject } from "./call";
import type { FunctionCode } from "./function";
import { repr, str } from "./protocol";
import { typeOf } from "./builtin-types";

/**
 * Thrown to stop a running program from outside Python (timeout, host shutdown). Never converted into a
 * Python exception, so `except:` cannot swallow it.
 */
export class InterpreterAbort extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * A value given to `generator.throw()` as is: a delegate iterator's own `throw()` receives it unchanged
 * (MicroPython passes any object); anywhere else it becomes an exception instance.
 */
export class RawThrow {
  constructor(readonly value: PyValue) {}
}

/** Any thrown value as a Python exception (JS stack overflow → RuntimeError: maximum recursion depth exceeded). */
export function toPyExc(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof InterpreterAbort) throw e;
  if (e instanceof RawThrow) return exceptionFromValue(e.value);
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) return newException(RuntimeError, "maximum recursion depth exceeded");
    if (/array length|allocation|string length|BigInt/i.test(e.message)) return newException(MemoryError);
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = newException(RuntimeError, `internal error: ${message}`);
  internalErrors.set(exc, e);
  return exc;
}

/** An exception class (instantiated) or instance; anything else is a TypeError. */
export function exceptionFromValue(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const made = callObject(v, [], null);
    if (made instanceof PyBaseException) return made;
  }
  return newException(TypeError, "exceptions must derive from BaseException");
}

/** The JS error behind an internal-error RuntimeError (for debugging output). */
export const internalErrors = new WeakMap<PyBaseException, unknown>();

/**
 * Exceptions whose traceback already has an entry for the frame now handling them (MicroPython adds one entry
 * per frame, where the exception first arrives; re-raises — bare `raise`, no matching except, end of a
 * finally/with — add none).
 */
const recordedInFrame = new WeakSet<PyBaseException>();

/** Called by every compiled function's catch: records the frame (once) and returns the exception to rethrow. */
export function traceback(e: unknown, line: number, code: FunctionCode): PyBaseException {
  const exc = toPyExc(e);
  if (recordedInFrame.has(exc)) recordedInFrame.delete(exc);
  else exc.traceback.push({ file: code.file, line, name: code.name });
  return exc;
}

/** Called where an except/with block catches: the exception as a Python exception, its frame recorded. */
export function catchInFrame(e: unknown, line: number, code: FunctionCode): PyBaseException {
  const exc = toPyExc(e);
  if (!recordedInFrame.has(exc)) {
    exc.traceback.push({ file: code.file, line, name: code.name });
    recordedInFrame.add(exc);
  }
  return exc;
}

/** `raise exc` starts a new raise: its first frame records again. */
export function forgetFrameRecord(exc: PyBaseException): void {
  recordedInFrame.delete(exc);
}

/** `ValueError: message` — the last line of a traceback (also `sys.print_exception`'s). */
export function formatExceptionLine(exc: PyValue): string {
  const name = typeOf(exc).name;
  if (!(exc instanceof PyBaseException)) return name;
  // MicroPython keeps the ": " even when the message is empty.
  return `${name}: ${str(exc)}`;
}

/** str(exception): "" with no args, str(arg) with one, the args tuple's repr with more. */
export function exceptionStr(exc: PyBaseException): string {
  const args = exc.args;
  if (args.length === 0) return "";
  if (args.length === 1) return str(args[0]);
  return `(${args.map((a) => repr(a)).join(", ")})`;
}

/** The full MicroPython traceback text, ending with a newline. */
export function formatTraceback(exc: PyValue): string {
  let out = "";
  if (exc instanceof PyBaseException) {
    out += "Traceback (most recent call last):\n";
    for (let i = exc.traceback.length - 1; i >= 0; i--) {
      const t = exc.traceback[i];
      out += t.name === "" ? `  File "${t.file}", line ${t.line}\n` : `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
    }
  }
  const hint = exc instanceof PyBaseException && exc.hint ? `Hint: ${exc.hint}\n` : "";
  return out + formatExceptionLine(exc) + "\n" + hint;
}
