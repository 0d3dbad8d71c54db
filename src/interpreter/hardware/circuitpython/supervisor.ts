// CircuitPython's `supervisor`: ticks_ms (wrapping early, as the firmware's does), runtime, reload(), RunReason.
import { PyObject, type PyValue } from "../../runtime/object";
import { builtinFunction } from "../../runtime/function";
import { None } from "../../runtime/builtin-types";
import { InterpreterAbort } from "../../runtime/traceback";
import { truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { moduleHost } from "../../modules/host-ref";
import { defineProperties } from "../native-property";
import { makeCpEnum } from "./cp-enum";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";

export const RunReason = makeCpEnum("supervisor", "RunReason", [
  "STARTUP", "AUTO_RELOAD", "SUPERVISOR_RELOAD", "REPL_RELOAD",
] as const);

const TICKS_PERIOD = 2 ** 29;
/** The counter starts 65 s before it wraps, so code that mishandles the wrap fails early. */
const TICKS_OFFSET = 0x1fff0000;

/** supervisor.ticks_ms(): milliseconds since boot plus the offset, modulo 2**29. */
export function supervisorTicksMs(): number {
  return (Math.floor(moduleHost().ticksUs() / 1000) + TICKS_OFFSET) % TICKS_PERIOD;
}

const runtimeType = makeNativeType("Runtime");
runtimeType.isBaseType = false;

class PyRuntime extends PyObject {
  autoreload = true;
  /** The primary display: none on a Pico until a program sets one up. */
  display: PyValue = None;
  constructor() {
    super(runtimeType);
  }
}

defineProperties(runtimeType, {
  // The simulator's console is always attached.
  serial_connected: { get: () => true },
  usb_connected: { get: () => true },
  run_reason: { get: () => RunReason.values.STARTUP },
  display: { get: (self: PyRuntime) => self.display, set: (self: PyRuntime, v: PyValue) => void (self.display = v) },
  autoreload: {
    get: (self: PyRuntime) => self.autoreload,
    set: (self: PyRuntime, v: PyValue) => {
      self.autoreload = truthy(v);
    },
  },
});

export function createSupervisorModule(): PyModule {
  const session = cpSession("supervisor");
  const m = new PyModule("supervisor");
  m.set("runtime", session.state("supervisor.runtime", () => new PyRuntime()));
  m.set("RunReason", RunReason.type);
  m.set("ticks_ms", builtinFunction("ticks_ms", 0, 0, supervisorTicksMs));
  m.set("reload", builtinFunction("reload", 0, 0, () => {
    // The board session restarts code.py, as after a soft reload.
    session.hw.system.requestReset("soft");
    throw new InterpreterAbort("supervisor.reload()");
  }));
  return m;
}
