// CircuitPython's `touchio.TouchIn` on the RP2040 (shared-module/touchio, no touch hardware): the pin charges the
// pad high for 10 µs, lets go, and counts how long the 1 MΩ pull-down takes to drain it, ten times over; a finger's
// capacitance makes that longer. Without the resistor the pad never drains: "No pulldown on pin".
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { moduleHost } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const touchInType = makeNativeType("TouchIn");

const N_SAMPLES = 10;
const TIMEOUT_TICKS = 10_000;
const CHARGE_US = 10;
/** Iterations of the firmware's polling loop per microsecond at 125 MHz. */
const TICKS_PER_US = 3;

class PyTouchIn extends PyObject {
  threshold = 0;
  constructor(readonly session: HardwareSession, public pin: number | null) {
    super(touchInType);
  }
  get live(): number {
    return this.pin ?? raiseDeinited();
  }
  ensureLive(): void {
    if (this.pin === null) raiseDeinited();
  }
}

/** How long (µs) the pad stays high after release, or null if it has not fallen within `limitUs`. */
function drainTime(session: HardwareSession, pin: number, limitUs: number): number | null {
  const gpio = session.hw.gpio;
  const host = moduleHost();
  const released = host.ticksUs();
  let fellAt: number | null = gpio.read(pin) === 0 ? released : null;
  const off = gpio.onEdge(pin, (level) => {
    // The board's clock at the edge (the Host's clock would make a realtime board catch up from inside its alarm).
    if (level === 0 && fellAt === null) fellAt = session.hw.timer.nowUs();
  });
  try {
    while (fellAt === null && host.ticksUs() - released < limitUs) host.sleepUs(1);
  } finally {
    off();
  }
  return fellAt === null ? null : fellAt - released;
}

/** get_raw_reading: TIMEOUT_TICKS when the pad never drains. */
function rawReading(session: HardwareSession, pin: number): number {
  const gpio = session.hw.gpio;
  let ticks = 0;
  for (let i = 0; i < N_SAMPLES; i++) {
    gpio.setOutput(pin, 1);
    gpio.setOutputEnable(pin, true);
    moduleHost().sleepUs(CHARGE_US);
    gpio.setOutputEnable(pin, false);
    const us = drainTime(session, pin, (TIMEOUT_TICKS - ticks) / TICKS_PER_US);
    if (us === null) return TIMEOUT_TICKS;
    ticks += Math.round(us * TICKS_PER_US);
  }
  return Math.min(ticks, TIMEOUT_TICKS);
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [{ name: "pin", kind: "obj", required: true }]);
  const session = cpSession("touchio");
  const pin = freePinArg(session, a.pin, "pin");
  session.claims.claim(pin);
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setPulls(pin, false, false);
  const raw = rawReading(session, pin);
  if (raw === TIMEOUT_TICKS) {
    resetPin(session, pin);
    raiseValueError("No pulldown on pin; 1Mohm recommended");
  }
  const self = new PyTouchIn(session, pin);
  self.threshold = Math.floor(raw * 1.05 + 100);
  return self;
}

function deinit(self: PyTouchIn): PyValue {
  if (self.pin !== null) resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(touchInType, { deinit });
defineContextManager(touchInType, deinit);
defineProperties(touchInType, {
  raw_value: { get: (self: PyTouchIn) => rawReading(self.session, self.live) },
  value: { get: (self: PyTouchIn) => rawReading(self.session, self.live) > self.threshold },
  threshold: {
    get: (self: PyTouchIn) => (self.ensureLive(), self.threshold),
    set: (self: PyTouchIn, v: PyValue) => {
      self.ensureLive();
      const t = mpInt(v);
      if (t < 0 || t > 65535) raiseValueError("threshold must be 0-65535");
      self.threshold = t;
    },
  },
});
touchInType.defineSlots({ new: construct });

export function createTouchioModule(): PyModule {
  cpSession("touchio");
  return new PyModule("touchio").set("TouchIn", touchInType);
}
