// The trace recorder: pin edges (one event per instant per pin), PWM changes, I2C transfers, NeoPixel frames, prints.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "./rp2040";
import { picoHardwareFor } from "./pico-hardware";
import { TraceRecorder, type TraceEvent } from "./trace";
import { GpioFunction } from "./gpio";

function setup() {
  const chip = new Rp2040();
  const events: TraceEvent[] = [];
  const recorder = new TraceRecorder(chip, (e) => events.push(e));
  return { chip, events, recorder, hw: recorder.wrapHardware(picoHardwareFor(chip)) };
}

describe("TraceRecorder", () => {
  it("records pin edges with their time, and summarises edges in one instant", () => {
    const { chip, events, recorder } = setup();
    chip.gpio.setFunction(25, GpioFunction.SIO);
    chip.gpio.setOutputEnable(25, true);
    chip.gpio.setOutput(25, 1);
    chip.clock.advanceBy(500_000);
    for (let i = 0; i < 5; i++) chip.gpio.setOutput(25, (i % 2) as 0 | 1);
    recorder.end({ reason: "deadline" });
    expect(events).toEqual([
      { t: 0, type: "gpio", pin: 25, level: 1 },
      { t: 500_000, type: "gpio", pin: 25, level: 0 },
      { t: 500_000, type: "gpio", pin: 25, level: 0, edges: 4, until: 500_000 },
      { t: 500_000, type: "end", reason: "deadline" },
    ]);
  });

  it("summarises a pin toggling faster than 8 edges a millisecond, per millisecond", () => {
    const { chip, events, recorder } = setup();
    chip.gpio.setFunction(2, GpioFunction.SIO);
    chip.gpio.setOutputEnable(2, true);
    for (let i = 1; i <= 100; i++) {
      chip.clock.advanceBy(20);
      chip.gpio.setOutput(2, (i % 2) as 0 | 1);
    }
    recorder.end({});
    const gpio = events.filter((e) => e.type === "gpio");
    expect(gpio.slice(0, 8).every((e) => e.edges === undefined)).toBe(true);
    // 49 edges in the first ms (t = 20..980), 8 shown, the rest summarised; then the second ms the same way.
    expect(gpio[8]).toEqual({ t: 180, type: "gpio", pin: 2, level: 1, edges: 41, until: 980 });
    expect(gpio.reduce((n, e) => n + ((e.edges as number | undefined) ?? 1), 0)).toBe(100);
  });

  it("records PWM output changes, not register writes that change nothing", () => {
    const { chip, events, hw } = setup();
    chip.gpio.setFunction(25, GpioFunction.PWM);
    hw.pwm.setTop(4, 999);
    hw.pwm.setEnabled(4, true);
    hw.pwm.setCompare(4, 1, 500);
    hw.pwm.setCompare(4, 1, 500);
    const pwm = events.filter((e) => e.type === "pwm");
    expect(pwm.length).toBe(3);
    expect(pwm[2]).toMatchObject({ slice: 4, pins: [25], enabled: true, freq: 125_000, duty: [0, 0.5], top: 999, cc: [0, 500] });
  });

  it("records I2C transfers from START to STOP, including unanswered addresses", () => {
    const { chip, events, hw, recorder } = setup();
    const got: number[] = [];
    chip.i2c.bus(4, 5).attach(0x3c, { start: () => true, write: (b) => (got.push(b), true), read: () => 0x42, stop: () => undefined });
    hw.i2c.start(4, 5, 0x3c, false);
    hw.i2c.write(4, 5, 0x00);
    hw.i2c.write(4, 5, 0xae);
    hw.i2c.start(4, 5, 0x3c, true);
    hw.i2c.read(4, 5, false);
    hw.i2c.stop(4, 5);
    hw.i2c.start(4, 5, 0x10, false);
    hw.i2c.stop(4, 5);
    recorder.end({});
    expect(events.filter((e) => e.type === "i2c")).toEqual([
      { t: 0, type: "i2c", sda: 4, scl: 5, addr: 0x3c, dir: "write", ack: true, bytes: [0x00, 0xae] },
      { t: 0, type: "i2c", sda: 4, scl: 5, addr: 0x3c, dir: "read", ack: true, bytes: [0x42] },
      { t: 0, type: "i2c", sda: 4, scl: 5, addr: 0x10, dir: "write", ack: false, bytes: [] },
    ]);
    expect(got).toEqual([0x00, 0xae]);
  });

  it("keeps a CPU loop toggling a pin fast as pin edges, even when the strip decoder takes it for WS2812 data", () => {
    const { chip, events, recorder } = setup();
    chip.gpio.setFunction(3, GpioFunction.SIO);
    chip.gpio.setOutputEnable(3, true);
    for (let i = 0; i < 200; i++) {
      chip.clock.advanceBy(2);
      chip.gpio.setOutput(3, (i % 2) as 0 | 1);
    }
    recorder.end({});
    expect(events.filter((e) => e.type === "neopixel")).toEqual([]);
    expect(events.filter((e) => e.type === "gpio").reduce((n, e) => n + ((e.edges as number | undefined) ?? 1), 0)).toBe(199);
  });

  it("records a NeoPixel frame once the data line latches, instead of its edges", () => {
    const { chip, events, hw } = setup();
    chip.gpio.setFunction(16, GpioFunction.SIO);
    chip.gpio.setOutputEnable(16, true);
    const us = hw.neopixel.bitstream(16, [400, 850, 800, 450], new Uint8Array([0x10, 0xff, 0x00, 0, 0, 0x20]));
    chip.clock.advanceBy(Math.ceil(us) + 100);
    const frames = events.filter((e) => e.type === "neopixel");
    expect(frames).toEqual([{ t: expect.any(Number), type: "neopixel", pin: 16, pixels: [[0xff, 0x10, 0x00], [0, 0, 0x20]] }]);
    expect(events.filter((e) => e.type === "gpio" && e.pin === 16).length).toBeLessThan(48);
  });

  it("records printed lines", () => {
    const { events, recorder } = setup();
    recorder.print("hello ");
    recorder.print("world\nsecond");
    recorder.end({ reason: "finished" });
    expect(events.map((e) => e.type === "print" && e.text).filter(Boolean)).toEqual(["hello world", "second"]);
  });
});
