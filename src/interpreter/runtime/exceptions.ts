// How exception objects behave in Python: construction, args, repr/str, attributes (value, errno, __cause__…),
// and the helpers compiled `raise`/`except` use.
import type { PyValue, Kw } from "./object";
import { None, typeOf } from "./builtin-types";
import {
  PyBaseException, BaseException, StopIteration, OSError, exceptionTypes, newException, isException,
  raiseTypeError, raiseRuntimeError, AssertionError,
} from "./errors";
import { PyType } from "./type";
import { defineMethods, builtinMethodKw } from "./function";
import { repr, str as strOf } from "./protocol";
import { callObject } from "./call";
import { newTuple } from "../types/tuple";
import { exceptionStr, forgetFrameRecord } from "./traceback";
import { genericGetAttr, genericSetAttr } from "./attributes";
import { runtimeState } from "./state";
import { config } from "./config";

const ERRNO_NAMES: Record<number, string> = {
  1: "EPERM", 2: "ENOENT", 5: "EIO", 9: "EBADF", 11: "EAGAIN", 12: "ENOMEM", 13: "EACCES", 17: "EEXIST",
  19: "ENODEV", 20: "ENOTDIR", 21: "EISDIR", 22: "EINVAL", 28: "ENOSPC", 30: "EROFS", 39: "ENOTEMPTY",
  95: "EOPNOTSUPP", 110: "ETIMEDOUT", 103: "ECONNABORTED", 104: "ECONNRESET", 107: "ENOTCONN",
  111: "ECONNREFUSED", 113: "EHOSTUNREACH", 114: "EALREADY", 115: "EINPROGRESS",
};

/** CircuitPython describes the common errnos in words (mp_common_errno_to_str); others keep their names. */
const CP_ERRNO_TEXT: Record<number, string> = {
  1: "Operation not permitted", 2: "No such file/directory", 5: "Input/output error", 13: "Permission denied",
  17: "File exists", 19: "No such device", 22: "Invalid argument", 28: "No space left on device", 30: "Read-only filesystem",
};

function errnoText(errno: number): string | undefined {
  return (config.flavor === "circuitpython" ? CP_ERRNO_TEXT[errno] : undefined) ?? ERRNO_NAMES[errno];
}

function exceptionRepr(e: PyBaseException): string {
  const args = e.args;
  const inner = args.length === 1 ? `${repr(args[0])},` : args.map((a) => repr(a)).join(", ");
  return `${e.$type.name}(${inner})`;
}

function exceptionStrWithErrno(e: PyBaseException): string {
  const n = e.args.length;
  if ((n === 1 || n === 2) && typeof e.args[0] === "number" && e.$type.isSubtypeOf(OSError)) {
    const name = errnoText(e.args[0]);
    if (name !== undefined) return `[Errno ${e.args[0]}] ${name}` + (n === 2 ? `: ${strOf(e.args[1])}` : "");
  }
  return exceptionStr(e);
}

/** Attributes every exception has; undefined for other names. */
function exceptionAttr(e: PyBaseException, name: string): PyValue | undefined {
  switch (name) {
    case "args":
      return newTuple(e.args);
    case "__cause__":
      return e.cause;
    case "__context__":
      return e.context;
    case "__suppress_context__":
      return e.suppressContext;
    case "__traceback__":
      return None;
    case "value":
      if (e.$type.isSubtypeOf(StopIteration)) return e.args.length > 0 ? e.args[0] : None;
      return undefined;
    case "errno":
      if (e.$type.isSubtypeOf(OSError)) return e.args.length > 0 ? e.args[0] : None;
      return undefined;
    case "strerror":
      if (e.$type.isSubtypeOf(OSError)) return e.args.length > 1 ? e.args[1] : None;
      return undefined;
  }
  return undefined;
}

BaseException.defineSlots({
  new: (type: PyType, args: PyValue[], _kw: Kw | null) => new PyBaseException(type, args.slice()),
  init: (self: PyBaseException, args: PyValue[]) => {
    self.args = args.slice();
  },
  repr: exceptionRepr,
  str: exceptionStrWithErrno,
  getattr: (self: PyBaseException, name: string) => {
    const dict = self.$dict;
    if (dict !== undefined && dict[name] !== undefined) return dict[name];
    return genericGetAttr(self, self.$type, name) ?? exceptionAttr(self, name);
  },
  setattr: (self: PyBaseException, name: string, value: PyValue | undefined) => {
    if (name === "__cause__" && value !== undefined) {
      self.cause = value;
      self.suppressContext = true;
    } else if (name === "__context__" && value !== undefined) self.context = value;
    else if (name === "__traceback__") return;
    else if (name === "args" && value !== undefined) self.args = [...(value as unknown as { items: PyValue[] }).items];
    else genericSetAttr(self, self.$type, name, value);
  },
});

defineMethods(BaseException, {
  __init__: builtinMethodKw("__init__", (self: PyBaseException, args: PyValue[]) => {
    self.args = args.slice();
    return None;
  }),
  with_traceback: (self: PyBaseException) => self,
});

/** `raise x`: an exception instance from a class or instance; sets __context__ from the exception being handled. */
export function raiseValue(x: PyValue): PyBaseException {
  const exc = instantiate(x);
  forgetFrameRecord(exc);
  const handling = runtimeState.handling;
  if (handling !== null && handling !== exc && exc.context === None) exc.context = handling;
  return exc;
}

function instantiate(x: PyValue): PyBaseException {
  if (isException(x)) return x;
  if (x instanceof PyType && x.isSubtypeOf(BaseException)) {
    const made = callObject(x, [], null);
    if (isException(made)) return made;
  }
  return raiseTypeError("exceptions must derive from BaseException");
}

/** `raise x from cause`. MicroPython doesn't chain: it warns and raises x. */
export function raiseFrom(x: PyValue, cause: PyValue): PyBaseException {
  const exc = raiseValue(x);
  if (cause !== None) {
    runtimeState.warn("exception chaining not supported");
    exc.cause = instantiateCause(cause);
  }
  exc.suppressContext = true;
  return exc;
}

function instantiateCause(cause: PyValue): PyValue {
  if (cause instanceof PyType) return instantiate(cause);
  if (!isException(cause)) raiseTypeError("exception causes must derive from BaseException");
  return cause;
}

/** Bare `raise`: the exception being handled. */
export function reraise(): PyBaseException {
  const handling = runtimeState.handling;
  if (handling === null) return raiseRuntimeError("No active exception to reraise");
  return handling;
}

/** `except T:` matching: T is an exception class or a tuple of them. */
export function excMatch(exc: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyType) return exc.$type.isSubtypeOf(t);
  const items = (t as { items?: PyValue[] }).items;
  if (items !== undefined) return items.some((x) => excMatch(exc, x));
  return raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
}

export function assertionError(msg?: PyValue): PyBaseException {
  return msg === undefined ? newException(AssertionError) : newException(AssertionError, msg);
}

export function isExceptionType(t: PyValue): t is PyType {
  return t instanceof PyType && t.isSubtypeOf(BaseException);
}

export { exceptionTypes, typeOf };
