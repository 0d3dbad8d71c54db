// Tests of the simulated RP2040's clock, GPIO pads, PWM slices and ADC.
import { describe, expect, it } from "vitest";
import { VirtualClock } from "./clock";
import { GpioFunction } from "./gpio";
import { pwmSliceOf } from "./pwm";
import { Rp2040 } from "./rp2040";
import { temperatureToVolts } from "./adc";

describe("VirtualClock", () => {
  it("fires alarms in time order, each at its own time", () => {
    const clock = new VirtualClock();
    const seen: string[] = [];
    clock.at(300, () => seen.push(`b@${clock.nowUs}`));
    clock.at(100, () => seen.push(`a@${clock.nowUs}`));
    const c = clock.at(200, () => seen.push("cancelled"));
    c.cancel();
    clock.advanceTo(250);
    expect(seen).toEqual(["a@100"]);
    expect(clock.nowUs).toBe(250);
    clock.advanceBy(100);
    expect(seen).toEqual(["a@100", "b@300"]);
  });

  it("runs alarms scheduled from alarms (a periodic timer)", () => {
    const clock = new VirtualClock();
    let ticks = 0;
    const tick = () => {
      ticks++;
      clock.after(1000, tick);
    };
    clock.after(1000, tick);
    clock.advanceTo(10_500);
    expect(ticks).toBe(10);
  });
});

describe("GPIO pads", () => {
  it("starts with function NULL and pull-down, as after reset", () => {
    const chip = new Rp2040();
    expect(chip.gpio.getFunction(25)).toBe(GpioFunction.NULL);
    expect(chip.gpio.getPulls(10)).toEqual({ up: false, down: true });
    expect(chip.gpio.read(10)).toBe(0);
  });

  it("reads back what SIO drives and what pulls give, and reports edges", () => {
    const chip = new Rp2040();
    const edges: number[] = [];
    const off = chip.gpio.onChange(25, (level) => edges.push(level));
    chip.gpio.setFunction(25, GpioFunction.SIO);
    chip.gpio.setOutputEnable(25, true);
    chip.gpio.setOutput(25, 1);
    chip.gpio.setOutput(25, 0);
    off();
    chip.gpio.setOutput(25, 1);
    expect(edges).toEqual([1, 0]);
    chip.gpio.setFunction(10, GpioFunction.SIO);
    chip.gpio.setPulls(10, true, false);
    expect(chip.gpio.read(10)).toBe(1);
    chip.gpio.drive(10, 0); // a button pressed to GND
    expect(chip.gpio.read(10)).toBe(0);
  });
});

describe("PWM", () => {
  it("maps pins to slices and channels like the datasheet", () => {
    expect(pwmSliceOf(0)).toEqual({ slice: 0, channel: 0 });
    expect(pwmSliceOf(15)).toEqual({ slice: 7, channel: 1 });
    expect(pwmSliceOf(16)).toEqual({ slice: 0, channel: 0 });
    expect(pwmSliceOf(25)).toEqual({ slice: 4, channel: 1 });
  });

  it("computes frequency and duty from divider, TOP and compare", () => {
    const chip = new Rp2040();
    chip.pwm.configure(4, { enabled: true, divInt: 125, divFrac: 0, top: 999 });
    chip.pwm.setCompare(4, 1, 250);
    expect(chip.pwm.frequencyHz(4)).toBeCloseTo(1000, 6);
    expect(chip.pwm.dutyFraction(4, 1)).toBeCloseTo(0.25, 6);
  });
});

describe("ADC", () => {
  it("converts pin voltages and the temperature sensor to 12 bits", () => {
    const chip = new Rp2040();
    chip.adc.setVoltage(0, 3.3);
    expect(chip.adc.read12(0)).toBe(4095);
    chip.adc.setVoltage(1, 1.65);
    expect(chip.adc.read12(1)).toBe(2048);
    chip.adc.temperatureC = 27;
    expect(chip.adc.read12(4)).toBe(Math.round((temperatureToVolts(27) / 3.3) * 4095));
  });
});
