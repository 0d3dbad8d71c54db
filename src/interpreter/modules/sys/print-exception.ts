// sys.print_exception: a traceback in MicroPython's format, written to a stream (or the console).
import type { PyValue } from "../../runtime/object";
import { isException, raiseTypeError, type PyBaseException } from "../../runtime/errors";
import { exceptionStr } from "../../runtime/traceback";

/**
 * "Traceback (most recent call last):" with the frames outermost first (only when the exception was raised),
 * then "Name: message" — MicroPython keeps the ": " even when the message is empty.
 */
export function formatException(exc: PyBaseException): string {
  let out = "";
  if (exc.traceback.length > 0) {
    out += "Traceback (most recent call last):\n";
    for (let i = exc.traceback.length - 1; i >= 0; i--) {
      const t = exc.traceback[i];
      out += `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
    }
  }
  return out + `${exc.$type.name}: ${exceptionStr(exc)}\n`;
}

export function requireException(v: PyValue): PyBaseException {
  return isException(v) ? v : raiseTypeError("print_exception() requires an exception");
}
