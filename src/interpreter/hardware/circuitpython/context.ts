// CircuitPython's per-board state and the helpers its modules share: pin reset, the deinit check, context
// managers, and the board reaching the modules through the current Host.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods, type MethodImpl } from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { FUNCSEL, NUM_BANK0_GPIOS } from "../pico-hardware";
import { currentSession, type HardwareSession } from "../session";

/**
 * The board of the current Host. The first use after a (re)start resets every pad as CircuitPython does at
 * boot: SIO input, output low, no pulls.
 */
export function cpSession(moduleName: string): HardwareSession {
  const session = currentSession(moduleName);
  session.state("circuitpython.pins-reset", (s) => {
    resetAllPins(s);
    // A reload resets the pads again, whether or not the next program imports a hardware module.
    s.onSoftReset(() => resetAllPins(s));
    return true;
  });
  return session;
}

function resetAllPins(session: HardwareSession): void {
  for (let pin = 0; pin < NUM_BANK0_GPIOS; pin++) resetPin(session, pin);
}

/** reset_pin_number: the pad back to its idle state and free for another object. */
export function resetPin(session: HardwareSession, pin: number): void {
  const gpio = session.hw.gpio;
  gpio.setOutputEnable(pin, false);
  gpio.setOutput(pin, 0);
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setPulls(pin, false, false);
  session.claims.release(pin);
}

export function raiseDeinited(): never {
  return raiseValueError("Object has been deinitialized and can no longer be used. Create a new object.");
}

/** `__enter__` returns the object; `__exit__` deinitialises it (CircuitPython's lifetime convention). */
export function defineContextManager(type: PyType, deinit: MethodImpl): void {
  defineMethods(type, {
    __enter__: (self: PyValue) => self,
    __exit__: builtinMethod("__exit__", 3, 3, (self: PyValue) => {
      deinit(self);
      return None;
    }),
  });
}
