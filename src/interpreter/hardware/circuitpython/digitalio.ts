// digitalio: DigitalInOut with Direction, Pull and DriveMode, CircuitPython's errors and pin claims
// (ports/raspberrypi/common-hal/digitalio behaviour).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseAttributeError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, checkArity, defineMethods } from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { parseArgs } from "../mp-args";
import { makeCpEnum } from "./cp-enum";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const Direction = makeCpEnum("digitalio", "Direction", ["INPUT", "OUTPUT"] as const);
export const Pull = makeCpEnum("digitalio", "Pull", ["UP", "DOWN"] as const);
export const DriveMode = makeCpEnum("digitalio", "DriveMode", ["PUSH_PULL", "OPEN_DRAIN"] as const);

export type PullSetting = "up" | "down" | "none";

/** validate_pull: Pull.UP, Pull.DOWN or None. */
export function pullArg(v: PyValue, argName: string): PullSetting {
  if (v === None) return "none";
  if (v === Pull.values.UP) return "up";
  if (v === Pull.values.DOWN) return "down";
  return raiseTypeError(`${argName} must be of type Pull or None, not ${typeOf(v).name}`);
}

export const digitalInOutType = makeNativeType("DigitalInOut");

class PyDigitalInOut extends PyObject {
  pin: number | null;
  output = false;
  openDrain = false;
  constructor(readonly session: HardwareSession, pin: number) {
    super(digitalInOutType);
    this.pin = pin;
  }
  /** The pin, or the deinitialised error. */
  get live(): number {
    return this.pin ?? raiseDeinited();
  }
  /** check_for_deinit. */
  ensureLive(): void {
    if (this.pin === null) raiseDeinited();
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const session = cpSession("digitalio");
  const pin = freePinArg(session, args[0], "pin");
  session.claims.claim(pin);
  // gpio_init: an SIO input with the output latch low; pulls stay as they are.
  session.hw.gpio.setOutputEnable(pin, false);
  session.hw.gpio.setOutput(pin, 0);
  session.hw.gpio.setFunction(pin, FUNCSEL.SIO);
  return new PyDigitalInOut(session, pin);
}

function deinit(self: PyDigitalInOut): PyValue {
  if (self.pin !== null) resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

function setValue(self: PyDigitalInOut, value: boolean): void {
  const gpio = self.session.hw.gpio;
  const pin = self.live;
  if (self.openDrain && value) {
    // Release first so an open-drain line never glitches high through the driver.
    gpio.setOutputEnable(pin, false);
    gpio.setOutput(pin, 1);
  } else {
    gpio.setOutput(pin, value ? 1 : 0);
    gpio.setOutputEnable(pin, true);
  }
}

function switchToOutput(self: PyDigitalInOut, value: boolean, openDrain: boolean): void {
  self.session.hw.gpio.setPulls(self.live, false, false);
  self.output = true;
  self.openDrain = openDrain;
  setValue(self, value);
}

function switchToInput(self: PyDigitalInOut, pull: PullSetting): void {
  const pin = self.live;
  self.session.hw.gpio.setPulls(pin, pull === "up", pull === "down");
  self.session.hw.gpio.setOutputEnable(pin, false);
  self.output = false;
}

defineMethods(digitalInOutType, {
  deinit,
  switch_to_output: builtinMethodKw("switch_to_output", (self: PyDigitalInOut, args, kw) => {
    self.ensureLive();
    const a = parseArgs(args, kw, [
      { name: "value", kind: "bool", dflt: false },
      { name: "drive_mode", kind: "obj", dflt: DriveMode.values.PUSH_PULL },
    ]);
    switchToOutput(self, a.value, a.drive_mode === DriveMode.values.OPEN_DRAIN);
    return None;
  }),
  switch_to_input: builtinMethodKw("switch_to_input", (self: PyDigitalInOut, args, kw) => {
    self.ensureLive();
    const a = parseArgs(args, kw, [{ name: "pull", kind: "obj", dflt: None }]);
    switchToInput(self, pullArg(a.pull, "pull"));
    return None;
  }),
});
defineContextManager(digitalInOutType, deinit);

function pullOf(self: PyDigitalInOut): PyValue {
  const pulls = self.session.hw.gpio.getPulls(self.live);
  if (pulls.up) return Pull.values.UP;
  if (pulls.down) return Pull.values.DOWN;
  return None;
}

defineProperties(digitalInOutType, {
  direction: {
    get: (self: PyDigitalInOut) => {
      self.ensureLive();
      return self.output ? Direction.values.OUTPUT : Direction.values.INPUT;
    },
    set: (self: PyDigitalInOut, v: PyValue) => {
      self.ensureLive();
      if (v === Direction.values.INPUT) switchToInput(self, "none");
      else if (v === Direction.values.OUTPUT) switchToOutput(self, false, false);
      else raiseValueError("Invalid direction");
    },
  },
  value: {
    get: (self: PyDigitalInOut) => self.session.hw.gpio.read(self.live) === 1,
    set: (self: PyDigitalInOut, v: PyValue) => {
      self.ensureLive();
      if (!self.output) raiseAttributeError("Cannot set value when direction is input.");
      setValue(self, truthy(v));
    },
  },
  drive_mode: {
    get: (self: PyDigitalInOut) => {
      self.ensureLive();
      if (!self.output) raiseAttributeError("Drive mode not used when direction is input.");
      return self.openDrain ? DriveMode.values.OPEN_DRAIN : DriveMode.values.PUSH_PULL;
    },
    set: (self: PyDigitalInOut, v: PyValue) => {
      self.ensureLive();
      if (!self.output) raiseAttributeError("Drive mode not used when direction is input.");
      const value = self.session.hw.gpio.read(self.live) === 1;
      self.openDrain = v === DriveMode.values.OPEN_DRAIN;
      // High is made differently in the two modes, so it is set again.
      if (value) setValue(self, true);
    },
  },
  pull: {
    get: (self: PyDigitalInOut) => {
      self.ensureLive();
      if (self.output) raiseAttributeError("Pull not used when direction is output.");
      return pullOf(self);
    },
    set: (self: PyDigitalInOut, v: PyValue) => {
      self.ensureLive();
      if (self.output) raiseAttributeError("Pull not used when direction is output.");
      switchToInput(self, pullArg(v, "pull"));
    },
  },
});

digitalInOutType.defineSlots({ new: construct });

export function createDigitalioModule(): PyModule {
  cpSession("digitalio");
  const m = new PyModule("digitalio");
  m.set("DigitalInOut", digitalInOutType);
  m.set("Direction", Direction.type);
  m.set("Pull", Pull.type);
  m.set("DriveMode", DriveMode.type);
  return m;
}

