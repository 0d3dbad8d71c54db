// Python exceptions: the exception object, the builtin exception hierarchy, and raise helpers (which return never).
import { PyObject, type PyValue } from "./object";
import { PyType } from "./type";
import { makeBuiltinType, objectType, None } from "./builtin-types";

/** One line of a traceback: `File "code.py", line 3, in <module>`. */
export interface TracebackEntry {
  file: string;
  line: number;
  name: string;
}

/** An instance of BaseException or any subclass (user subclasses too: they get a $dict for attributes). */
export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: TracebackEntry[] = [];
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** Attributes set by user code (`self.code = 3`); created lazily. */
  $dict: Record<string, PyValue> | undefined;
  /**
   * Advice shown under the traceback when the exception goes uncaught (never part of str(e), which stays the
   * firmware's exact text): e.g. the Pico's pin for another board's `board.D5`.
   */
  declare hint?: string;
  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }
}

/** Exception types by name (the builtins module exposes them). */
export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = makeBuiltinType(name, base ? [base] : [objectType]);
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc("BaseException", null);
export const SystemExit = exc("SystemExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const StopIteration = exc("StopIteration", Exception);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const OSError = exc("OSError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
// ImportError's subclass as CPython and MicroPython name it.
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);

/** Makes an exception instance of `type` with the given args (a message string is the usual single arg). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(type, args);
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

function raise(type: PyType, msg?: string): never {
  throw newException(type, ...(msg === undefined ? [] : [msg]));
}

export const raiseTypeError = (msg: string): never => raise(TypeError, msg);
export const raiseValueError = (msg: string): never => raise(ValueError, msg);
export const raiseAttributeError = (msg: string): never => raise(AttributeError, msg);
export const raiseIndexError = (msg: string): never => raise(IndexError, msg);
export const raiseNameError = (msg: string): never => raise(NameError, msg);
export const raiseZeroDivisionError = (msg: string): never => raise(ZeroDivisionError, msg);
export const raiseOverflowError = (msg: string): never => raise(OverflowError, msg);
export const raiseRuntimeError = (msg: string): never => raise(RuntimeError, msg);
export const raiseNotImplementedError = (msg?: string): never => raise(NotImplementedError, msg);
export const raiseImportError = (msg: string): never => raise(ImportError, msg);
export const raiseMemoryError = (msg?: string): never => raise(MemoryError, msg);
export const raiseAssertionError = (msg?: string): never => raise(AssertionError, msg);
export const raiseUnicodeError = (msg: string): never => raise(UnicodeError, msg);
export const raiseEOFError = (msg?: string): never => raise(EOFError, msg);
/** KeyError carries the key itself as its argument (printed with repr). */
export const raiseKeyError = (key: PyValue): never => {
  throw newException(KeyError, key);
};
/** OSError carries errno as its first arg: `OSError: [Errno 2] ENOENT`. */
export const raiseOSError = (errno: number, ...rest: PyValue[]): never => {
  throw newException(OSError, errno, ...rest);
};
export const raiseStopIteration = (value?: PyValue): never => {
  throw newException(StopIteration, ...(value === undefined ? [] : [value]));
};
