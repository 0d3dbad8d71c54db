// CircuitPython's warnings: warn(message, category=Warning) prints "Category: message" on the console, unless
// simplefilter("ignore") silences it or simplefilter("error") raises it (shared-module/warnings).
import type { PyValue } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { raiseValueError, Exception as ExceptionType } from "../runtime/errors";
import { builtinFunction } from "../runtime/function";
import { callObject, str } from "../runtime/protocol";
import { PyType } from "../runtime/type";
import { PyModule } from "../types/module";
import { moduleHost } from "./host-ref";
import { strArg } from "./args";

type Action = "default" | "ignore" | "error";
let action: Action = "default";

export function createWarningsModule(): PyModule {
  action = "default";
  const m = new PyModule("warnings");
  m.set("warn", builtinFunction("warn", 1, 2, (message: PyValue, category?: PyValue) => {
    // The firmware has no Warning class of its own: without a category the message prints as a "Warning".
    const cat = category instanceof PyType ? category : null;
    if (action === "ignore") return None;
    if (action === "error") throw callObject(cat ?? ExceptionType, [message], null);
    moduleHost().writeStdout(`${cat?.name ?? "Warning"}: ${str(message)}\n`);
    return None;
  }));
  m.set("simplefilter", builtinFunction("simplefilter", 1, 2, (a: PyValue) => {
    const name = strArg(a);
    if (name === "always" || name === "default" || name === "module" || name === "once") action = "default";
    else if (name === "ignore" || name === "error") action = name;
    else raiseValueError("invalid action");
    return None;
  }));
  return m;
}
