// machine.PWM for the rp2 port: 16 static slice/channel objects (`PWM(Pin(16)) is PWM(Pin(0))`), freq/duty_u16/
// duty_ns/invert, slices shared by their two channels, and MicroPython's deferred start (machine_pwm_start).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, checkArity, defineMethods } from "../../runtime/function";
import { FUNCSEL, NUM_PWM_SLICES, pwmSliceOfPin, type PicoHardware } from "../pico-hardware";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import type { HardwareSession } from "../session";
import { machineSession } from "./context";
import { pinNumberArg } from "./pin";
import {
  compareForNs, compareForU16, freqFromRegisters, freqSettings, nsForCompare, u16ForCompare,
} from "./pwm-math";

/** How the channel's duty was last given (re-applied when the frequency changes). */
const Duty = { NotSet: 0, U16: 1, Ns: 2 } as const;
type DutyKind = (typeof Duty)[keyof typeof Duty];

export const pwmType = makeBuiltinType("PWM");

class PyPwm extends PyObject {
  invert = false;
  dutyType: DutyKind = Duty.NotSet;
  duty = 0;
  constructor(readonly state: PwmState, readonly slice: number, readonly channel: 0 | 1) {
    super(pwmType);
  }
  get hw(): PicoHardware {
    return this.state.session.hw;
  }
  /** The slice's other channel. */
  get other(): PyPwm {
    return this.state.objects[this.slice * 2 + (1 - this.channel)];
  }
}

interface PwmState {
  session: HardwareSession;
  objects: PyPwm[];
  sliceFreqSet: boolean[];
  /** True while init() applies several settings, so the slice starts once at the end. */
  deferStart: boolean;
}

function pwmState(): PwmState {
  return machineSession().state("machine.pwm", (session) => {
    const state: PwmState = { session, objects: [], sliceFreqSet: new Array(NUM_PWM_SLICES).fill(false), deferStart: false };
    for (let i = 0; i < NUM_PWM_SLICES * 2; i++) state.objects.push(new PyPwm(state, i >> 1, (i & 1) as 0 | 1));
    session.onSoftReset(() => state.objects.forEach((o) => o.hw.pwm.setEnabled(o.slice, false)));
    return state;
  });
}

/** machine_pwm_start: runs the slice once it has a frequency and this channel a duty. */
function start(self: PyPwm): void {
  const s = self.state;
  if (s.deferStart || !s.sliceFreqSet[self.slice] || self.dutyType === Duty.NotSet) return;
  self.hw.pwm.setInvert(self.slice, self.channel, self.invert);
  self.hw.pwm.setInvert(self.slice, (1 - self.channel) as 0 | 1, self.other.invert);
  self.hw.pwm.setEnabled(self.slice, true);
}

function setDutyU16(self: PyPwm, duty: number): void {
  const limited = Math.min(duty, 65535);
  self.hw.pwm.setCompare(self.slice, self.channel, compareForU16(limited, self.hw.pwm.getTop(self.slice)));
  self.duty = limited;
  self.dutyType = Duty.U16;
  start(self);
}

function setDutyNs(self: PyPwm, ns: number): void {
  const pwm = self.hw.pwm;
  const sysHz = self.hw.clocks.getSysHz();
  pwm.setCompare(self.slice, self.channel, compareForNs(sysHz, pwm.getDiv16(self.slice), pwm.getTop(self.slice), ns));
  self.duty = ns;
  self.dutyType = Duty.Ns;
  start(self);
}

/** Re-applies a channel's duty after the slice's TOP or divider changed. */
function reapplyDuty(o: PyPwm): void {
  if (o.dutyType === Duty.U16) setDutyU16(o, o.duty);
  else if (o.dutyType === Duty.Ns) setDutyNs(o, o.duty);
}

function setFreq(self: PyPwm, freq: number): void {
  const settings = freqSettings(self.hw.clocks.getSysHz(), freq);
  if ("error" in settings) return raiseValueError(settings.error);
  self.hw.pwm.setDiv16(self.slice, settings.div16);
  self.hw.pwm.setTop(self.slice, settings.top);
  self.state.sliceFreqSet[self.slice] = true;
  reapplyDuty(self);
  reapplyDuty(self.other);
}

function getFreq(self: PyPwm): number {
  if (!self.state.sliceFreqSet[self.slice]) return 0;
  const pwm = self.hw.pwm;
  return freqFromRegisters(self.hw.clocks.getSysHz(), pwm.getDiv16(self.slice), pwm.getTop(self.slice));
}

function dutyReadable(self: PyPwm): boolean {
  return self.dutyType !== Duty.NotSet && self.state.sliceFreqSet[self.slice];
}

const NOT_SET = -1;
const INIT_ARGS: ArgSpec[] = [
  { name: "freq", kind: "int", dflt: NOT_SET },
  { name: "duty_u16", kind: "int", kwOnly: true, dflt: NOT_SET },
  { name: "duty_ns", kind: "int", kwOnly: true, dflt: NOT_SET },
  { name: "invert", kind: "int", kwOnly: true, dflt: NOT_SET },
];

function init(self: PyPwm, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, INIT_ARGS);
  self.state.deferStart = true;
  try {
    if (a.freq !== NOT_SET) setFreq(self, a.freq);
    if (a.duty_u16 !== NOT_SET) setDutyU16(self, a.duty_u16);
    if (a.duty_ns !== NOT_SET) setDutyNs(self, a.duty_ns);
    if (a.invert !== NOT_SET) self.invert = a.invert !== 0;
  } finally {
    self.state.deferStart = false;
  }
  start(self);
  return None;
}

function pwmNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, -1, kw !== null && kw.size > 0, true);
  const gpio = pinNumberArg(args[0]);
  const { slice, channel } = pwmSliceOfPin(gpio);
  const self = pwmState().objects[slice * 2 + channel];
  self.invert = false;
  self.dutyType = Duty.NotSet;
  init(self, args.slice(1), kw);
  self.hw.gpio.setFunction(gpio, FUNCSEL.PWM);
  return self;
}

pwmType.defineSlots({
  repr: (self: PyPwm) => `<PWM slice=${self.slice} channel=${self.channel} invert=${self.invert ? 1 : 0}>`,
  new: pwmNew,
});

defineMethods(pwmType, {
  init: builtinMethodKw("init", init),
  deinit: (self: PyPwm) => {
    self.hw.pwm.setEnabled(self.slice, false);
    return None;
  },
  freq: builtinMethod("freq", 0, 1, (self: PyPwm, value?: PyValue) => {
    if (value === undefined) return getFreq(self);
    setFreq(self, mpInt(value));
    return None;
  }),
  duty_u16: builtinMethod("duty_u16", 0, 1, (self: PyPwm, value?: PyValue) => {
    if (value !== undefined) {
      setDutyU16(self, mpInt(value));
      return None;
    }
    if (!dutyReadable(self)) return 0;
    const pwm = self.hw.pwm;
    return u16ForCompare(pwm.getCompare(self.slice, self.channel), pwm.getTop(self.slice));
  }),
  duty_ns: builtinMethod("duty_ns", 0, 1, (self: PyPwm, value?: PyValue) => {
    if (value !== undefined) {
      setDutyNs(self, mpInt(value));
      return None;
    }
    if (!dutyReadable(self)) return 0;
    const pwm = self.hw.pwm;
    return nsForCompare(self.hw.clocks.getSysHz(), pwm.getDiv16(self.slice), pwm.getCompare(self.slice, self.channel));
  }),
});
