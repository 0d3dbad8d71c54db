// Audio outputs a Pico has: audiopwmio.PWMAudioOut (PWM on one or two pins, filtered to a speaker) and
// audiobusio.I2SOut (I2S to an external DAC, on three pins). They claim their pins and play samples for as long as
// those last on the board's clock (`playing`, pause/resume/stop); the sound itself is not synthesised.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseTypeError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { FUNCSEL, pwmSliceOfPin } from "../../hardware/pico-hardware";
import type { HardwareSession } from "../../hardware/session";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "../../hardware/circuitpython/context";
import { freePinArg, freePinOrNoneArg } from "../../hardware/circuitpython/mcu-pin";
import { allocateChannel, freeChannel, pwmSliceUse } from "../../hardware/circuitpython/pwm-slices";
import { isAudioSample, type PyAudioSample } from "./samples";

export const pwmAudioOutType = makeNativeType("PWMAudioOut");
export const i2sOutType = makeNativeType("I2SOut");

/** PWM carrier: clk_sys / 1024 with a 10-bit TOP, as the firmware sets it up. */
const PWM_TOP = 1023;

/** What is playing, on the board's clock. */
interface Playback {
  sample: PyAudioSample;
  loop: boolean;
  startUs: number;
  /** While paused: µs of the pass already played. */
  pausedAtUs: number | null;
}

class PyAudioOut extends PyObject {
  pins: number[] | null;
  playback: Playback | null = null;
  constructor(type: PyType, readonly session: HardwareSession, pins: number[]) {
    super(type);
    this.pins = pins;
  }

  live(): this {
    return this.pins === null ? raiseDeinited() : this;
  }

  now(): number {
    return this.session.hw.timer.nowUs();
  }

  get playing(): boolean {
    const p = this.playback;
    if (p === null) return false;
    if (p.loop || p.pausedAtUs !== null) return true;
    if (this.now() - p.startUs < p.sample.durationUs) return true;
    this.playback = null;
    return false;
  }
}

function play(self: PyAudioOut, args: PyValue[], kw: Kw | null): PyValue {
  self.live();
  const a = parseArgs(args, kw, [{ name: "sample", kind: "obj", required: true }, { name: "loop", kind: "bool", kwOnly: true, dflt: false }]);
  if (!isAudioSample(a.sample)) return raiseTypeError("sample must be of type RawSample, WaveFile, MP3Decoder or Mixer");
  self.playback = { sample: a.sample, loop: a.loop, startUs: self.now(), pausedAtUs: null };
  return None;
}

function pause(self: PyAudioOut): PyValue {
  const p = self.live().playback;
  if (p !== null && p.pausedAtUs === null && self.playing) p.pausedAtUs = self.now() - p.startUs;
  return None;
}

function resume(self: PyAudioOut): PyValue {
  const p = self.live().playback;
  if (p !== null && p.pausedAtUs !== null) {
    p.startUs = self.now() - p.pausedAtUs;
    p.pausedAtUs = null;
  }
  return None;
}

function makeOutput(type: PyType, session: HardwareSession, pins: number[]): PyAudioOut {
  for (const pin of pins) session.claims.claim(pin);
  const out = new PyAudioOut(type, session, pins);
  session.onSoftReset(() => deinit(out));
  return out;
}

/** PWMAudioOut(left_channel, *, right_channel=None, quiescent_value=0x8000): a PWM channel held at the quiescent level. */
function newPwmAudioOut(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "left_channel", kind: "obj", required: true },
    { name: "right_channel", kind: "obj", kwOnly: true, dflt: None },
    { name: "quiescent_value", kind: "int", kwOnly: true, dflt: 0x8000 },
  ]);
  const session = cpSession("audiopwmio");
  const pins = [freePinArg(session, a.left_channel, "left_channel")];
  const right = freePinOrNoneArg(session, a.right_channel, "right_channel");
  if (right !== null) pins.push(right);
  const use = pwmSliceUse(session);
  const frequency = Math.round(session.hw.clocks.getSysHz() / (PWM_TOP + 1));
  for (const pin of pins) {
    const { slice, channel } = pwmSliceOfPin(pin);
    if (allocateChannel(use, slice, channel, false, frequency) !== "ok") raiseTypeError("All timers for this pin are in use");
    use.targetFrequency[slice] = frequency;
    session.hw.pwm.setDiv16(slice, 16);
    session.hw.pwm.setTop(slice, PWM_TOP);
    session.hw.pwm.setCompare(slice, channel, Math.round(((a.quiescent_value & 0xffff) / 0x10000) * (PWM_TOP + 1)));
    session.hw.pwm.setEnabled(slice, true);
    session.hw.gpio.setFunction(pin, FUNCSEL.PWM);
  }
  return makeOutput(type, session, pins);
}

/** I2SOut(bit_clock, word_select, data, *, main_clock=None, left_justified=False): three pins to a DAC. */
function newI2sOut(type: PyType, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "bit_clock", kind: "obj", required: true },
    { name: "word_select", kind: "obj", required: true },
    { name: "data", kind: "obj", required: true },
    { name: "main_clock", kind: "obj", kwOnly: true, dflt: None },
    { name: "left_justified", kind: "bool", kwOnly: true, dflt: false },
  ]);
  const session = cpSession("audiobusio");
  const pins = [freePinArg(session, a.bit_clock, "bit_clock"), freePinArg(session, a.word_select, "word_select"), freePinArg(session, a.data, "data")];
  return makeOutput(type, session, pins);
}

function deinit(self: PyAudioOut): PyValue {
  if (self.pins === null) return None;
  const use = pwmSliceUse(self.session);
  for (const pin of self.pins) {
    if (self.$type === pwmAudioOutType) {
      const { slice, channel } = pwmSliceOfPin(pin);
      if (freeChannel(use, slice, channel)) self.session.hw.pwm.setEnabled(slice, false);
    }
    resetPin(self.session, pin);
  }
  self.pins = null;
  self.playback = null;
  return None;
}

for (const type of [pwmAudioOutType, i2sOutType]) {
  defineMethods(type, {
    play: builtinMethodKw("play", play),
    stop: (self: PyAudioOut) => ((self.live().playback = null), None),
    pause,
    resume,
    deinit,
  });
  defineContextManager(type, deinit);
  defineProperties(type, {
    playing: { get: (self: PyAudioOut) => self.live().playing },
    paused: { get: (self: PyAudioOut) => self.live().playback?.pausedAtUs != null },
  });
}
pwmAudioOutType.defineSlots({ new: newPwmAudioOut });
i2sOutType.defineSlots({ new: newI2sOut });

export function createAudiopwmioModule(): PyModule {
  return new PyModule("audiopwmio").set("PWMAudioOut", pwmAudioOutType);
}

export function createAudiobusioModule(): PyModule {
  return new PyModule("audiobusio").set("I2SOut", i2sOutType);
}
