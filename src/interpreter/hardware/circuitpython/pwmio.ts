// CircuitPython's `pwmio`: PWMOut with duty_cycle/frequency/variable_frequency on the raspberrypi port, its
// divider and TOP arithmetic, and the slice-sharing rules and errors between PWM users.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseAttributeError, raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { FUNCSEL, pwmSliceOfPin } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { allocateChannel, freeChannel, pwmSliceUse, type AllocateResult } from "./pwm-slices";
import { makeNativeType } from "../native-type";

/** TOP stays at or below 65534 so that CC = TOP + 1 gives a full 100 % duty. */
const MAX_TOP = 65534;

export const pwmOutType = makeNativeType("PWMOut");

class PyPwmOut extends PyObject {
  top = 0;
  actualFrequency = 0;
  constructor(
    readonly session: HardwareSession,
    public pin: number | null,
    readonly slice: number,
    readonly channel: 0 | 1,
    readonly variable: boolean,
    public duty: number,
  ) {
    super(pwmOutType);
  }
  ensureLive(): void {
    if (this.pin === null) raiseDeinited();
  }
}

function setDuty(self: PyPwmOut, duty: number): void {
  self.duty = duty;
  const cc = duty === 65535 ? Math.min(0xffff, self.top + 1) : Math.floor((duty * self.top + MAX_TOP / 2) / MAX_TOP);
  self.session.hw.pwm.setCompare(self.slice, self.channel, cc & 0xffff);
}

function checkFrequency(sysHz: number, frequency: number): void {
  if (frequency === 0 || frequency > sysHz / 2) raiseValueError("Invalid frequency");
}

/** Low frequencies use the fractional divider with TOP at its maximum; high ones divide by 1 and shorten TOP. */
function setFrequency(self: PyPwmOut, frequency: number): void {
  const hw = self.session.hw;
  const sysHz = hw.clocks.getSysHz();
  checkFrequency(sysHz, frequency);
  pwmSliceUse(self.session).targetFrequency[self.slice] = frequency;
  let div16: number;
  if (frequency <= Math.floor(sysHz / 65536)) {
    const frequency16 = Math.floor(sysHz / 4096);
    div16 = Math.floor(frequency16 / frequency);
    if (frequency16 % frequency >= Math.floor(frequency / 2)) div16++;
    div16 = Math.min(div16, 4095);
    self.actualFrequency = Math.floor((frequency16 + Math.floor(div16 / 2)) / div16);
    self.top = MAX_TOP;
  } else {
    const top = Math.floor(sysHz / frequency);
    self.actualFrequency = Math.floor(sysHz / top);
    self.top = Math.min(MAX_TOP, top);
    div16 = 16;
  }
  hw.pwm.setDiv16(self.slice, div16);
  hw.pwm.setTop(self.slice, self.top);
  setDuty(self, self.duty);
}

function raiseAllocation(result: AllocateResult): void {
  if (result === "in use") raiseRuntimeError("Internal resource(s) in use");
  if (result === "variable frequency unavailable") raiseValueError("Cannot vary frequency on a timer that is already in use");
  if (result === "frequency mismatch") raiseValueError("Invalid frequency");
}

function dutyArg(v: PyValue): number {
  const duty = mpInt(v);
  if (duty < 0 || duty > 0xffff) raiseValueError("duty_cycle must be 0-65535");
  return duty;
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pin", kind: "obj", required: true },
    { name: "duty_cycle", kind: "obj", dflt: 0 },
    { name: "frequency", kind: "int", dflt: 500 },
    { name: "variable_frequency", kind: "bool", dflt: false },
  ]);
  const session = cpSession("pwmio");
  const pin = freePinArg(session, a.pin, "pin");
  const duty = dutyArg(a.duty_cycle);
  checkFrequency(session.hw.clocks.getSysHz(), a.frequency);
  const { slice, channel } = pwmSliceOfPin(pin);
  const use = pwmSliceUse(session);
  raiseAllocation(allocateChannel(use, slice, channel, a.variable_frequency, a.frequency));
  session.claims.claim(pin);
  const self = new PyPwmOut(session, pin, slice, channel, a.variable_frequency, duty);
  // A new frequency restarts the slice; joining a running slice at its frequency keeps it going.
  if (use.targetFrequency[slice] !== a.frequency) {
    setDuty(self, duty);
    setFrequency(self, a.frequency);
    session.hw.pwm.setEnabled(slice, true);
  } else {
    setFrequency(self, a.frequency);
    setDuty(self, duty);
  }
  session.hw.gpio.setFunction(pin, FUNCSEL.PWM);
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyPwmOut): PyValue {
  if (self.pin === null) return None;
  if (freeChannel(pwmSliceUse(self.session), self.slice, self.channel)) self.session.hw.pwm.setEnabled(self.slice, false);
  resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(pwmOutType, { deinit });
defineContextManager(pwmOutType, deinit);
defineProperties(pwmOutType, {
  duty_cycle: {
    get: (self: PyPwmOut) => (self.ensureLive(), self.duty),
    set: (self: PyPwmOut, v: PyValue) => {
      self.ensureLive();
      setDuty(self, dutyArg(v));
    },
  },
  frequency: {
    get: (self: PyPwmOut) => (self.ensureLive(), self.actualFrequency),
    set: (self: PyPwmOut, v: PyValue) => {
      self.ensureLive();
      if (!self.variable) {
        raiseAttributeError("PWM frequency not writable when variable_frequency is False on construction.");
      }
      const frequency = mpInt(v);
      if (frequency === 0) raiseValueError("Invalid frequency");
      setFrequency(self, frequency);
    },
  },
});
pwmOutType.defineSlots({ new: construct });

export function createPwmioModule(): PyModule {
  cpSession("pwmio");
  const m = new PyModule("pwmio");
  m.set("PWMOut", pwmOutType);
  return m;
}
