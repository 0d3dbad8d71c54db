// The shared buzzer tone against a fake Web Audio context: nothing before unlock, one oscillator, the latest
// buzzer heard, silence at frequency 0 and when every buzzer stops.
import { describe, expect, it, vi } from "vitest";
import { MAX_GAIN, SharedTone } from "./buzzer-audio";

function param(value = 0) {
  return { value, setTargetAtTime: vi.fn(function (this: { value: number }, v: number) { this.value = v; }) };
}

function fakeContext() {
  const oscillators: { type: string; frequency: ReturnType<typeof param>; start: () => void; connect: () => void }[] = [];
  const gains: { gain: ReturnType<typeof param>; connect: () => void }[] = [];
  const context = {
    state: "running",
    currentTime: 0,
    destination: {},
    createOscillator() {
      const o = { type: "sine", frequency: param(440), start: vi.fn(), connect: vi.fn() };
      oscillators.push(o);
      return o;
    },
    createGain() {
      const g = { gain: param(1), connect: vi.fn() };
      gains.push(g);
      return g;
    },
    resume: vi.fn(async () => undefined),
    suspend: vi.fn(async () => undefined),
  };
  return { context, oscillators, gains };
}

describe("shared buzzer tone", () => {
  it("makes no audio context until unlocked, then one square-wave oscillator at a low gain", () => {
    const fake = fakeContext();
    const create = vi.fn(() => fake.context as unknown as AudioContext);
    const tone = new SharedTone(create);
    tone.play("bz1", 440, 1);
    expect(create).not.toHaveBeenCalled();
    expect(tone.unlock()).toBe(true);
    expect(tone.unlock()).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    expect(fake.oscillators).toHaveLength(1);
    expect(fake.oscillators[0].type).toBe("square");
    expect(fake.oscillators[0].start).toHaveBeenCalledTimes(1);
    expect(fake.gains[0].gain.value).toBe(0);
    tone.play("bz1", 880, 0.5);
    expect(fake.oscillators[0].frequency.value).toBe(880);
    expect(fake.gains[0].gain.value).toBeCloseTo(MAX_GAIN * 0.5);
    expect(MAX_GAIN).toBeLessThanOrEqual(0.1);
  });

  it("plays the buzzer that changed last, falls back to the other, and goes silent when all stop", () => {
    const fake = fakeContext();
    const tone = new SharedTone(() => fake.context as unknown as AudioContext);
    tone.unlock();
    tone.play("a", 440, 1);
    tone.play("b", 1000, 1);
    expect(fake.oscillators[0].frequency.value).toBe(1000);
    tone.stop("b");
    expect(fake.oscillators[0].frequency.value).toBe(440);
    tone.play("a", 0, 0);
    expect(tone.current()).toBeNull();
    expect(fake.gains[0].gain.value).toBe(0);
  });

  it("reports false where the browser has no Web Audio", () => {
    const tone = new SharedTone(() => null);
    expect(tone.unlock()).toBe(false);
    expect(tone.unlocked).toBe(false);
  });
});
