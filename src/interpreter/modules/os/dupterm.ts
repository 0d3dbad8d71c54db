// os.dupterm / os.dupterm_notify on MicroPython's rp2 port: a stream (a UART) attached as a second REPL terminal.
// The slot is kept and handed back as the firmware does; the simulator's console stays the REPL's only terminal.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import type { PyModule } from "../../types/module";
import { intArg } from "../args";

/** MICROPY_PY_OS_DUPTERM on rp2: one terminal slot. */
const SLOTS = 1;
let slots: PyValue[] = [None];

export function addDupterm(m: PyModule): void {
  slots = new Array<PyValue>(SLOTS).fill(None);
  m.set("dupterm", builtinFunction("dupterm", 0, 2, (obj?: PyValue, index?: PyValue) => {
    const i = index === undefined ? 0 : intArg(index);
    if (i < 0 || i >= SLOTS) return raiseValueError("invalid dupterm index");
    const previous = slots[i];
    slots[i] = obj ?? None;
    return previous;
  }));
  // Called from a stream's IRQ to tell the REPL input is waiting; there is no second terminal to read.
  m.set("dupterm_notify", builtinFunction("dupterm_notify", 1, 1, () => None));
}
