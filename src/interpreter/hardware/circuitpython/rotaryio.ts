// CircuitPython's `rotaryio.IncrementalEncoder` on the raspberrypi port: two sequential pins with pull-ups, every
// quadrature transition counted as a quarter step (shared-module/rotaryio's transition table) and `divisor`
// quarters making one position step; illegal (non-Gray) transitions are ignored.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseRuntimeError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const encoderType = makeNativeType("IncrementalEncoder");

const BAD = 7;
/** Quarter steps for (old AB << 2 | new AB), A the high bit; BAD marks a skipped state. */
const TRANSITIONS = [0, -1, 1, BAD, 1, 0, BAD, -1, -1, BAD, 0, 1, BAD, 1, -1, 0];

class PyEncoder extends PyObject {
  position = 0;
  subCount = 0;
  state = 0;
  stops: (() => void)[] = [];
  constructor(readonly session: HardwareSession, public pins: [number, number] | null, public divisor: number) {
    super(encoderType);
  }
  ensureLive(): [number, number] {
    return this.pins ?? raiseDeinited();
  }
}

function readState(self: PyEncoder): number {
  const [a, b] = self.ensureLive();
  const gpio = self.session.hw.gpio;
  return (gpio.read(a) << 1) | gpio.read(b);
}

/** shared_module_softencoder_state_update. */
function update(self: PyEncoder): void {
  self.state = ((self.state & 3) << 2) | readState(self);
  const quarter = TRANSITIONS[self.state];
  if (quarter === BAD) return;
  self.subCount += quarter;
  if (self.subCount >= self.divisor) {
    self.position++;
    self.subCount = 0;
  } else if (self.subCount <= -self.divisor) {
    self.position--;
    self.subCount = 0;
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pin_a", kind: "obj", required: true },
    { name: "pin_b", kind: "obj", required: true },
    { name: "divisor", kind: "int", kwOnly: true, dflt: 4 },
  ]);
  const session = cpSession("rotaryio");
  const pinA = freePinArg(session, a.pin_a, "pin_a");
  const pinB = freePinArg(session, a.pin_b, "pin_b");
  // The PIO program reads two consecutive GPIOs, in either order.
  if (Math.abs(pinA - pinB) !== 1) raiseRuntimeError("Pins must be sequential GPIO pins");
  const gpio = session.hw.gpio;
  for (const pin of [pinA, pinB]) {
    session.claims.claim(pin);
    gpio.setFunction(pin, FUNCSEL.PIO0);
    gpio.setOutputEnable(pin, false);
    gpio.setPulls(pin, true, false);
  }
  const self = new PyEncoder(session, [pinA, pinB], a.divisor);
  self.state = readState(self);
  for (const pin of [pinA, pinB]) self.stops.push(gpio.onEdge(pin, () => update(self)));
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyEncoder): PyValue {
  if (self.pins === null) return None;
  self.stops.forEach((s) => s());
  for (const pin of self.pins) resetPin(self.session, pin);
  self.pins = null;
  return None;
}

defineMethods(encoderType, { deinit });
defineContextManager(encoderType, deinit);
defineProperties(encoderType, {
  position: {
    get: (self: PyEncoder) => (self.ensureLive(), self.position),
    set: (self: PyEncoder, v: PyValue) => {
      self.ensureLive();
      self.position = mpInt(v);
    },
  },
  divisor: {
    get: (self: PyEncoder) => (self.ensureLive(), self.divisor),
    set: (self: PyEncoder, v: PyValue) => {
      self.ensureLive();
      self.divisor = mpInt(v);
    },
  },
});
encoderType.defineSlots({ new: construct });

export function createRotaryioModule(): PyModule {
  cpSession("rotaryio");
  return new PyModule("rotaryio").set("IncrementalEncoder", encoderType);
}
