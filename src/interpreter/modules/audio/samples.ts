// CircuitPython's audiocore: RawSample (a buffer of samples) and WaveFile (a .wav file's header), the sources that
// audio outputs and mixers play. A sample knows its rate, channels, bits and length, which is what playback timing
// needs; the simulator plays them silently.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseOSError, raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { callMethod } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { PyBytes } from "../../types/bytes";
import { getBuffer } from "../../types/text/buffer";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { arrayItemSize, bufferFrames } from "./buffer-format";
import { openFile } from "../io";

export const rawSampleType = makeNativeType("RawSample");
export const waveFileType = makeNativeType("WaveFile");

/** What playback needs to know about any sample (RawSample, WaveFile, a mixer, an MP3 decoder). */
export class PyAudioSample extends PyObject {
  sampleRate = 8000;
  channelCount = 1;
  bitsPerSample = 8;
  /** Samples per channel; Infinity for an endless source (a mixer). */
  frames = 0;
  deinited = false;
  constructor(type: PyType) {
    super(type);
  }

  /** How long one pass of the sample plays, in µs. */
  get durationUs(): number {
    return (this.frames / this.sampleRate) * 1e6;
  }
}

export function isAudioSample(v: PyValue): v is PyAudioSample {
  return v instanceof PyAudioSample;
}

rawSampleType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "buffer", kind: "obj", required: true },
      { name: "channel_count", kind: "int", kwOnly: true, dflt: 1 },
      { name: "sample_rate", kind: "int", kwOnly: true, dflt: 8000 },
      { name: "single_buffer", kind: "bool", kwOnly: true, dflt: true },
    ]);
    const buf = a.buffer instanceof PyBytes ? a.buffer.data : getBuffer(a.buffer);
    if (buf === null) return raiseValueError("sample_source buffer must be a bytearray or array of type 'h', 'H', 'b' or 'B'");
    const itemSize = arrayItemSize(a.buffer);
    if (itemSize > 2) raiseValueError("sample_source buffer must be a bytearray or array of type 'h', 'H', 'b' or 'B'");
    if (a.channel_count < 1 || a.channel_count > 2) raiseValueError("channel_count must be 1-2");
    const s = new PyAudioSample(type);
    s.sampleRate = a.sample_rate;
    s.channelCount = a.channel_count;
    s.bitsPerSample = itemSize * 8;
    s.frames = Math.floor(bufferFrames(a.buffer, buf.length) / a.channel_count);
    return s;
  },
});

/** The RIFF/WAVE header: format, channels, rate and bits from "fmt ", the sample count from "data". */
function parseWave(s: PyAudioSample, header: Uint8Array): void {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const tag = (at: number) => String.fromCharCode(...header.subarray(at, at + 4));
  if (header.length < 44 || tag(0) !== "RIFF" || tag(8) !== "WAVE") return raiseValueError("Invalid wave file");
  let at = 12;
  let dataBytes = -1;
  while (at + 8 <= header.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === "fmt ") {
      if (view.getUint16(at + 8, true) !== 1) raiseValueError("Unsupported format");
      s.channelCount = view.getUint16(at + 10, true);
      s.sampleRate = view.getUint32(at + 12, true);
      s.bitsPerSample = view.getUint16(at + 22, true);
    } else if (id === "data") {
      dataBytes = size;
      break;
    }
    at += 8 + size + (size & 1);
  }
  if (dataBytes < 0) return raiseValueError("Data chunk must follow fmt chunk");
  s.frames = Math.floor(dataBytes / (s.channelCount * (s.bitsPerSample / 8)));
}

waveFileType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [{ name: "file", kind: "obj", required: true }, { name: "buffer", kind: "obj", dflt: None }]);
    // CircuitPython 9+ also takes a file name.
    const file = typeof a.file === "string" ? openFile([a.file, "rb"], null) : a.file;
    const head = callMethod(file, "read", [4096]);
    const bytes = head instanceof PyBytes ? head.data : getBuffer(head);
    if (bytes === null) return raiseOSError(5);
    const s = new PyAudioSample(type);
    parseWave(s, bytes);
    return s;
  },
});

const sampleProps = {
  sample_rate: { get: (s: PyAudioSample) => s.sampleRate, set: (s: PyAudioSample, v: PyValue) => void (s.sampleRate = Number(v)) },
  channel_count: { get: (s: PyAudioSample) => s.channelCount },
  bits_per_sample: { get: (s: PyAudioSample) => s.bitsPerSample },
};
defineProperties(rawSampleType, sampleProps);
defineProperties(waveFileType, sampleProps);
for (const type of [rawSampleType, waveFileType]) {
  defineMethods(type, {
    deinit: (s: PyAudioSample) => ((s.deinited = true), None),
    __enter__: (s: PyAudioSample) => s,
    __exit__: builtinMethod("__exit__", 0, -1, (s: PyAudioSample) => ((s.deinited = true), None)),
  });
}

export function createAudiocoreModule(): PyModule {
  const m = new PyModule("audiocore");
  m.set("RawSample", rawSampleType);
  m.set("WaveFile", waveFileType);
  return m;
}
