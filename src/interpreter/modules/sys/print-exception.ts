// sys.print_exception: a traceback in MicroPython's format, written to a stream (or the console).
import type { PyValue } from "../../runtime/object";
import { isException, raiseTypeError, type PyBaseException } from "../../runtime/errors";
import { str } from "../../runtime/protocol";

/** "Traceback (most recent call last):" with the frames outermost first, then "Name: message". */
export function formatException(exc: PyBaseException): string {
  let out = "";
  if (exc.traceback.length > 0) {
    out += "Traceback (most recent call last):\n";
    for (let i = exc.traceback.length - 1; i >= 0; i--) {
      const t = exc.traceback[i];
      out += `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
    }
  }
  return out + `${exc.$type.name}: ${str(exc)}\n`;
}

export function requireException(v: PyValue): PyBaseException {
  return isException(v) ? v : raiseTypeError("print_exception() requires an exception");
}
