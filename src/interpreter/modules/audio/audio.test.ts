// audiocore samples, audiopwmio/audiobusio outputs and audiomixer voices on a simulated Pico's clock.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../cli/run-program";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function run(code: string[], files: Record<string, Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-audio-"));
  fs.writeFileSync(path.join(dir, "code.py"), code.join("\n") + "\n");
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
  let out = "";
  runProgram({
    target: dir, flavor: "circuitpython", float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [],
    debug: false, maxTime: 5, write: (_fd, t) => void (out += t),
  });
  return out;
}

/** A mono 16-bit 8 kHz WAV with `frames` samples. */
function wav(frames: number): Uint8Array {
  const b = Buffer.alloc(44 + frames * 2);
  b.write("RIFF", 0);
  b.writeUInt32LE(36 + frames * 2, 4);
  b.write("WAVEfmt ", 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write("data", 36);
  b.writeUInt32LE(frames * 2, 40);
  return new Uint8Array(b);
}

describe("audio", () => {
  it("plays samples for as long as they last, loops, pauses and stops", () => {
    expect(run([
      "import array, time, board, audiocore, audiopwmio",
      "s = audiocore.RawSample(array.array('H', [0] * 800), sample_rate=8000)",
      "w = audiocore.WaveFile(open('tone.wav', 'rb'))",
      "print(w.sample_rate, w.channel_count, w.bits_per_sample)",
      "a = audiopwmio.PWMAudioOut(board.GP0)",
      "a.play(s)",
      "time.sleep(0.05)",
      "print(a.playing)",
      "time.sleep(0.06)",
      "print(a.playing)",
      "a.play(w, loop=True)",
      "a.pause()",
      "print(a.playing, a.paused)",
      "a.resume()",
      "a.stop()",
      "print(a.playing)",
      "try:\n    audiopwmio.PWMAudioOut(board.GP0)\nexcept ValueError as e:\n    print(e)",
      "a.deinit()",
    ], { "tone.wav": wav(4000) })).toBe("8000 1 16\nTrue\nFalse\nTrue True\nFalse\nGP0 in use\n");
  });

  it("mixes voices", () => {
    expect(run([
      "import array, time, board, audiocore, audiomixer, audiobusio",
      "s = audiocore.RawSample(array.array('h', [0] * 80))",
      "m = audiomixer.Mixer(voice_count=2, sample_rate=8000, channel_count=1)",
      "out = audiobusio.I2SOut(board.GP0, board.GP1, board.GP2)",
      "out.play(m)",
      "m.voice[1].play(s)",
      "m.voice[1].level = 2",
      "print(m.playing, m.voice[1].level, m.voice[0].playing, out.playing)",
      "time.sleep(0.02)",
      "print(m.playing)",
    ])).toBe("True 1.0 False True\nFalse\n");
  });
});
