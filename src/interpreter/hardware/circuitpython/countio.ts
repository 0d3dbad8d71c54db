// CircuitPython's `countio`: Counter on a PWM slice's B pin (the raspberrypi port counts rising or falling
// edges there; both edges are not available on this chip).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseNotImplementedError, raiseRuntimeError, raiseTypeError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { typeOf } from "../../runtime/builtin-types";
import { PyModule } from "../../types/module";
import { FUNCSEL, pwmSliceOfPin } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { makeCpEnum } from "./cp-enum";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { pullArg } from "./digitalio";
import { claimSliceChannels, pwmSliceUse, releaseSliceChannels } from "./pwm-slices";
import { makeNativeType } from "../native-type";

export const Edge = makeCpEnum("countio", "Edge", ["RISE", "FALL", "RISE_AND_FALL"] as const);
/** CSR.DIVMODE values for counting B-pin edges. */
const DIVMODE_RISE = 2;
const DIVMODE_FALL = 3;

export const counterType = makeNativeType("Counter");

class PyCounter extends PyObject {
  count = 0;
  stop: (() => void) | null = null;
  constructor(readonly session: HardwareSession, public pin: number | null, readonly slice: number) {
    super(counterType);
  }
  ensureLive(): void {
    if (this.pin === null) raiseDeinited();
  }
}

function edgeArg(v: PyValue): "rise" | "fall" | "both" {
  if (v === Edge.values.RISE) return "rise";
  if (v === Edge.values.FALL) return "fall";
  if (v === Edge.values.RISE_AND_FALL) return "both";
  return raiseTypeError(`edge must be of type Edge, not ${typeOf(v).name}`);
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pin", kind: "obj", required: true },
    { name: "edge", kind: "obj", kwOnly: true, dflt: Edge.values.FALL },
    { name: "pull", kind: "obj", kwOnly: true, dflt: None },
  ]);
  const session = cpSession("countio");
  const pin = freePinArg(session, a.pin, "pin");
  const edge = edgeArg(a.edge);
  const pull = pullArg(a.pull, "pull");
  const { slice, channel } = pwmSliceOfPin(pin);
  if (channel !== 1) raiseRuntimeError("Pin must be on PWM Channel B");
  if (edge === "both") raiseNotImplementedError("RISE_AND_FALL not available on this chip");
  if (!claimSliceChannels(pwmSliceUse(session), slice)) raiseRuntimeError("PWM slice already in use");
  const hw = session.hw;
  hw.pwm.setDivMode(slice, edge === "rise" ? DIVMODE_RISE : DIVMODE_FALL);
  hw.gpio.setFunction(pin, FUNCSEL.PWM);
  hw.gpio.setPulls(pin, pull === "up", pull === "down");
  session.claims.claim(pin);
  const self = new PyCounter(session, pin, slice);
  // Counting starts once the pad is configured, so setting the pull is not itself counted.
  const wanted = edge === "rise" ? 1 : 0;
  self.stop = hw.gpio.onEdge(pin, (level) => {
    if (level === wanted) self.count++;
  });
  hw.pwm.setEnabled(slice, true);
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyCounter): PyValue {
  if (self.pin === null) return None;
  self.stop?.();
  self.session.hw.pwm.setEnabled(self.slice, false);
  self.session.hw.pwm.setDivMode(self.slice, 0);
  releaseSliceChannels(pwmSliceUse(self.session), self.slice);
  resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(counterType, {
  deinit,
  reset: (self: PyCounter) => {
    self.ensureLive();
    self.count = 0;
    return None;
  },
});
defineContextManager(counterType, deinit);
defineProperties(counterType, {
  count: {
    get: (self: PyCounter) => (self.ensureLive(), self.count),
    set: (self: PyCounter, v: PyValue) => {
      self.ensureLive();
      self.count = mpInt(v);
    },
  },
});
counterType.defineSlots({ new: construct });

export function createCountioModule(): PyModule {
  cpSession("countio");
  const m = new PyModule("countio");
  m.set("Counter", counterType);
  m.set("Edge", Edge.type);
  return m;
}
