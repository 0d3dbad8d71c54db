// CircuitPython's `pulseio` on the raspberrypi port: PulseIn records the lengths (µs, up to 65535) of the pulses on
// a pin from the first one away from its idle level, keeping the newest `maxlen`; resume() can first send a trigger
// pulse (DHT sensors). PulseOut sends on/off pulse trains (IR remotes) and blocks while it does.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseIndexError, raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost } from "../../modules/host-ref";
import { FUNCSEL, type Level } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const pulseInType = makeNativeType("PulseIn");
export const pulseOutType = makeNativeType("PulseOut");

const MAX_PULSE_US = 65535;

class PyPulseIn extends PyObject {
  readonly pulses: number[] = [];
  paused = false;
  /** When the level being timed began, or null while waiting for the first pulse away from idle. */
  lastEdgeUs: number | null = null;
  stop: (() => void) | null = null;
  constructor(readonly session: HardwareSession, public pin: number | null, readonly maxlen: number, readonly idle: Level) {
    super(pulseInType);
  }
  get live(): number {
    return this.pin ?? raiseDeinited();
  }
  ensureLive(): void {
    if (this.pin === null) raiseDeinited();
  }
  record(us: number): void {
    this.pulses.push(Math.min(MAX_PULSE_US, Math.round(us)));
    // Full: the oldest pulse makes room, as the firmware's ring buffer does.
    if (this.pulses.length > this.maxlen) this.pulses.shift();
  }
}

function onEdge(self: PyPulseIn, level: Level): void {
  if (self.paused) return;
  const now = self.session.hw.timer.nowUs();
  if (self.lastEdgeUs === null) {
    if (level !== self.idle) self.lastEdgeUs = now;
    return;
  }
  self.record(now - self.lastEdgeUs);
  self.lastEdgeUs = now;
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pin", kind: "obj", required: true },
    { name: "maxlen", kind: "int", dflt: 2 },
    { name: "idle_state", kind: "bool", dflt: false },
  ]);
  const session = cpSession("pulseio");
  const pin = freePinArg(session, a.pin, "pin");
  if (a.maxlen < 1) raiseValueError("maxlen must be >= 1");
  session.claims.claim(pin);
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutputEnable(pin, false);
  const self = new PyPulseIn(session, pin, a.maxlen, a.idle_state ? 1 : 0);
  self.stop = gpio.onEdge(pin, (level) => onEdge(self, level));
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyPulseIn): PyValue {
  if (self.pin === null) return None;
  self.stop?.();
  resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

/** The trigger: the pin driven away from idle for `us`, then released; timing restarts after it. */
function resume(self: PyPulseIn, triggerUs: number): void {
  const pin = self.live;
  const gpio = self.session.hw.gpio;
  self.paused = true;
  if (triggerUs > 0) {
    gpio.setOutput(pin, self.idle ? 0 : 1);
    gpio.setOutputEnable(pin, true);
    moduleHost().sleepUs(triggerUs);
    gpio.setOutputEnable(pin, false);
  }
  self.lastEdgeUs = null;
  self.paused = false;
  // A pin already away from idle starts its pulse now.
  if (gpio.read(pin) !== self.idle) self.lastEdgeUs = self.session.hw.timer.nowUs();
}

defineMethods(pulseInType, {
  deinit,
  pause: (self: PyPulseIn) => {
    self.ensureLive();
    self.paused = true;
    return None;
  },
  resume: builtinMethodKw("resume", (self: PyPulseIn, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [{ name: "trigger_duration", kind: "int", dflt: 0 }]);
    resume(self, a.trigger_duration);
    return None;
  }),
  clear: (self: PyPulseIn) => {
    self.ensureLive();
    self.pulses.length = 0;
    return None;
  },
  popleft: (self: PyPulseIn) => {
    self.ensureLive();
    if (self.pulses.length === 0) raiseIndexError("pop from empty PulseIn");
    return self.pulses.shift()!;
  },
});
defineContextManager(pulseInType, deinit);
defineProperties(pulseInType, {
  maxlen: { get: (self: PyPulseIn) => (self.ensureLive(), self.maxlen) },
  paused: { get: (self: PyPulseIn) => (self.ensureLive(), self.paused) },
});
pulseInType.defineSlots({
  new: construct,
  len: (self: PyPulseIn) => (self.ensureLive(), self.pulses.length),
  bool: (self: PyPulseIn) => (self.ensureLive(), self.pulses.length > 0),
  getitem: (self: PyPulseIn, index: PyValue) => {
    self.ensureLive();
    let i = mpInt(index);
    if (i < 0) i += self.pulses.length;
    if (i < 0 || i >= self.pulses.length) raiseIndexError("index out of range");
    return self.pulses[i];
  },
});

// ---------- PulseOut ----------

class PyPulseOut extends PyObject {
  constructor(readonly session: HardwareSession, public pin: number | null) {
    super(pulseOutType);
  }
}

function pulseOutNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pin", kind: "obj", required: true },
    { name: "frequency", kind: "int", kwOnly: true, dflt: 38_000 },
    { name: "duty_cycle", kind: "int", kwOnly: true, dflt: 1 << 15 },
  ]);
  const session = cpSession("pulseio");
  const pin = freePinArg(session, a.pin, "pin");
  session.claims.claim(pin);
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutput(pin, 0);
  gpio.setOutputEnable(pin, true);
  return new PyPulseOut(session, pin);
}

/** Marks (the carrier on, shown as a high pin) and spaces alternate, starting with a mark. */
function send(self: PyPulseOut, pulsesArg: PyValue): PyValue {
  const pin = self.pin ?? raiseDeinited();
  const buf = requireBuffer(pulsesArg);
  // An array('H'): little-endian 16-bit lengths in µs.
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const gpio = self.session.hw.gpio;
  for (let i = 0; i * 2 + 1 < buf.length; i++) {
    gpio.setOutput(pin, i % 2 === 0 ? 1 : 0);
    moduleHost().sleepUs(view.getUint16(i * 2, true));
  }
  gpio.setOutput(pin, 0);
  return None;
}

function pulseOutDeinit(self: PyPulseOut): PyValue {
  if (self.pin !== null) resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(pulseOutType, { deinit: pulseOutDeinit, send: builtinMethod("send", 1, 1, send) });
defineContextManager(pulseOutType, pulseOutDeinit);
pulseOutType.defineSlots({ new: pulseOutNew });

export function createPulseioModule(): PyModule {
  cpSession("pulseio");
  const m = new PyModule("pulseio");
  m.set("PulseIn", pulseInType);
  m.set("PulseOut", pulseOutType);
  return m;
}
