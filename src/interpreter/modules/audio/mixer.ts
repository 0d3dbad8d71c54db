// audiomixer.Mixer: an endless sample made of voices, each playing its own sample at its own level; an output plays
// the mixer and the program starts and stops sounds on the voices. Voice timing follows the board's clock.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { PyFloat } from "../../types/float";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { moduleHost } from "../host-ref";
import { floatArg } from "../args";
import { isAudioSample, PyAudioSample, type PyAudioSample as Sample } from "./samples";

export const mixerType = makeNativeType("Mixer");
export const mixerVoiceType = makeNativeType("MixerVoice");

class PyMixerVoice extends PyObject {
  sample: Sample | null = null;
  loop = false;
  startUs = 0;
  level = 1;
  constructor() {
    super(mixerVoiceType);
  }

  get playing(): boolean {
    if (this.sample === null) return false;
    if (this.loop || nowUs() - this.startUs < this.sample.durationUs) return true;
    this.sample = null;
    return false;
  }
}

class PyMixer extends PyAudioSample {
  voices: PyMixerVoice[] = [];
}

const nowUs = () => moduleHost().hardware?.timer.nowUs() ?? moduleHost().ticksUs();

function playOn(voice: PyMixerVoice, sample: PyValue, loop: boolean): void {
  if (!isAudioSample(sample)) raiseTypeError("sample must be of type RawSample, WaveFile, MP3Decoder or Mixer");
  voice.sample = sample as Sample;
  voice.loop = loop;
  voice.startUs = nowUs();
}

mixerType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "voice_count", kind: "int", kwOnly: true, dflt: 2 },
      { name: "buffer_size", kind: "int", kwOnly: true, dflt: 1024 },
      { name: "channel_count", kind: "int", kwOnly: true, dflt: 2 },
      { name: "bits_per_sample", kind: "int", kwOnly: true, dflt: 16 },
      { name: "samples_signed", kind: "bool", kwOnly: true, dflt: true },
      { name: "sample_rate", kind: "int", kwOnly: true, dflt: 8000 },
    ]);
    if (a.voice_count < 1 || a.voice_count > 255) raiseValueError("voice_count must be 1-255");
    if (a.channel_count < 1 || a.channel_count > 2) raiseValueError("channel_count must be 1-2");
    const m = new PyMixer(type);
    Object.assign(m, { sampleRate: a.sample_rate, channelCount: a.channel_count, bitsPerSample: a.bits_per_sample, frames: Infinity });
    m.voices = Array.from({ length: a.voice_count }, () => new PyMixerVoice());
    return m;
  },
});

function voiceOf(self: PyMixer, v: PyValue | undefined): PyMixerVoice {
  const i = v === undefined ? 0 : Number(v);
  return self.voices[i] ?? raiseIndexError("voice index out of range");
}

defineMethods(mixerType, {
  play: builtinMethodKw("play", (self: PyMixer, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "sample", kind: "obj", required: true }, { name: "voice", kind: "int", kwOnly: true, dflt: 0 },
      { name: "loop", kind: "bool", kwOnly: true, dflt: false },
    ]);
    playOn(voiceOf(self, a.voice), a.sample, a.loop);
    return None;
  }),
  stop_voice: builtinMethodKw("stop_voice", (self: PyMixer, args: PyValue[]) => ((voiceOf(self, args[0]).sample = null), None)),
  deinit: (self: PyMixer) => ((self.deinited = true), None),
});

defineProperties(mixerType, {
  voice: { get: (self: PyMixer) => new PyTuple(self.voices.slice()) },
  playing: { get: (self: PyMixer) => self.voices.some((v) => v.playing) },
  sample_rate: { get: (self: PyMixer) => self.sampleRate },
});

defineMethods(mixerVoiceType, {
  play: builtinMethodKw("play", (self: PyMixerVoice, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [{ name: "sample", kind: "obj", required: true }, { name: "loop", kind: "bool", kwOnly: true, dflt: false }]);
    playOn(self, a.sample, a.loop);
    return None;
  }),
  stop: builtinMethodKw("stop", (self: PyMixerVoice) => ((self.sample = null), None)),
});

defineProperties(mixerVoiceType, {
  playing: { get: (self: PyMixerVoice) => self.playing },
  level: {
    get: (self: PyMixerVoice) => new PyFloat(self.level),
    set: (self: PyMixerVoice, v: PyValue) => void (self.level = Math.min(1, Math.max(0, floatArg(v)))),
  },
});

export function createAudiomixerModule(): PyModule {
  return new PyModule("audiomixer").set("Mixer", mixerType).set("MixerVoice", mixerVoiceType);
}
