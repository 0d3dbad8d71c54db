// CircuitPython's traceback: format_exception / print_exception (and print_exc / format_exc for the exception being
// handled) in the firmware's own traceback format, to the console or a stream.
import type { PyValue, Kw } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { isException, raiseTypeError, type PyBaseException } from "../runtime/errors";
import { builtinFunctionKw } from "../runtime/function";
import { intArg } from "./args";
import { runtimeState } from "../runtime/state";
import { PyModule } from "../types/module";
import { PyList } from "../types/list";
import { formatException } from "./sys";
import { moduleHost } from "./host-ref";
import { streamWriteText } from "./io";

/** The traceback text, keeping the innermost `limit` frames when a limit is given (as the firmware trims it). */
function format(exc: PyValue, limit: PyValue | undefined): string {
  if (!isException(exc)) return raiseTypeError("print_exception() requires an exception");
  const e = exc as PyBaseException;
  if (limit === undefined || limit === None) return formatException(e);
  const n = intArg(limit);
  const saved = e.traceback;
  e.traceback = n >= 0 ? saved.slice(Math.max(0, saved.length - n)) : saved.slice(0, -n);
  try {
    return formatException(e);
  } finally {
    e.traceback = saved;
  }
}

/** print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True): `value` wins when given, as in CPython 3.10+. */
function excArgs(args: PyValue[], kw: Kw | null): { exc: PyValue; limit: PyValue | undefined; file: PyValue | undefined } {
  const value = args[1] ?? kw?.get("value");
  const exc = value !== undefined && value !== None ? value : args[0] ?? kw?.get("exc") ?? None;
  return { exc, limit: args[3] ?? kw?.get("limit"), file: args[4] ?? kw?.get("file") };
}

function write(text: string, file: PyValue | undefined): void {
  if (file === undefined || file === None) moduleHost().writeStdout(text);
  else streamWriteText(file, text);
}

function handled(): PyValue {
  return runtimeState.handling ?? None;
}

export function createTracebackModule(): PyModule {
  const m = new PyModule("traceback");
  m.set("format_exception", builtinFunctionKw("format_exception", (args, kw) => {
    const a = excArgs(args, kw);
    return new PyList([format(a.exc, a.limit)]);
  }));
  m.set("print_exception", builtinFunctionKw("print_exception", (args, kw) => {
    const a = excArgs(args, kw);
    write(format(a.exc, a.limit), a.file);
    return None;
  }));
  m.set("format_exc", builtinFunctionKw("format_exc", (args, kw) => {
    const e = handled();
    return e === None ? "NoneType: None\n" : format(e, args[0] ?? kw?.get("limit"));
  }));
  m.set("print_exc", builtinFunctionKw("print_exc", (args, kw) => {
    const e = handled();
    write(e === None ? "NoneType: None\n" : format(e, args[0] ?? kw?.get("limit")), args[1] ?? kw?.get("file"));
    return None;
  }));
  return m;
}
