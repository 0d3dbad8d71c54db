// CircuitPython's `watchdog` on the raspberrypi port: the one WatchDogTimer (microcontroller.watchdog) with a
// timeout of at most 8 s, RESET mode starting the board's watchdog (the board restarts unless fed), RAISE mode not
// available on this port, and mode None stopping it.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { Exception, raiseNotImplementedError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { makeBuiltinType } from "../../runtime/builtin-types";
import { defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { newFloat, PyFloat } from "../../types/float";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt } from "../mp-args";
import { makeCpEnum } from "./cp-enum";
import { makeNativeType } from "../native-type";

export const WatchDogMode = makeCpEnum("watchdog", "WatchDogMode", ["RAISE", "RESET"] as const);
export const WatchDogTimeout = makeBuiltinType("WatchDogTimeout", [Exception]);
// A new type takes its base's slots (str, repr, new) only when asked.
WatchDogTimeout.refreshSlots();
export const watchDogTimerType = makeNativeType("WatchDogTimer");

class PyWatchDogTimer extends PyObject {
  timeout = 0;
  mode: "none" | "reset" = "none";
  constructor(readonly session: HardwareSession) {
    super(watchDogTimerType);
  }
}

function seconds(v: PyValue): number {
  return v instanceof PyFloat ? v.value : mpInt(v);
}

function setMode(self: PyWatchDogTimer, v: PyValue): void {
  if (v === None) {
    if (self.mode === "reset") self.session.hw.watchdog.disable();
    self.mode = "none";
    return;
  }
  if (v === WatchDogMode.values.RAISE) raiseNotImplementedError();
  if (v !== WatchDogMode.values.RESET) raiseTypeError("mode must be of type WatchDogMode or None");
  if (self.mode === "reset") return;
  self.session.hw.watchdog.enable(Math.floor(self.timeout * 1000));
  self.mode = "reset";
}

defineMethods(watchDogTimerType, {
  feed: (self: PyWatchDogTimer) => {
    if (self.mode === "reset") self.session.hw.watchdog.feed();
    return None;
  },
  deinit: (self: PyWatchDogTimer) => (setMode(self, None), None),
});
defineProperties(watchDogTimerType, {
  timeout: {
    get: (self: PyWatchDogTimer) => newFloat(self.timeout),
    set: (self: PyWatchDogTimer, v: PyValue) => {
      const t = seconds(v);
      // The 24-bit counter (halved by erratum RP2040-E1) allows 8.388 s; the port checks whole seconds.
      if (Math.trunc(t) > 8) raiseValueError("timeout must be <= 8");
      self.timeout = t;
      if (self.mode === "reset") self.session.hw.watchdog.enable(Math.floor(t * 1000));
    },
  },
  mode: {
    get: (self: PyWatchDogTimer) => (self.mode === "reset" ? WatchDogMode.values.RESET : None),
    set: setMode,
  },
});

/** microcontroller.watchdog: one per board session. */
export function watchdogTimer(session: HardwareSession): PyValue {
  return session.state("watchdog.timer", () => new PyWatchDogTimer(session));
}

export function createWatchdogModule(): PyModule {
  const m = new PyModule("watchdog");
  m.set("WatchDogMode", WatchDogMode.type);
  m.set("WatchDogTimeout", WatchDogTimeout);
  m.set("WatchDogTimer", watchDogTimerType);
  return m;
}
