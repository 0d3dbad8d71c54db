// The machine module against the simulated board, checked with the values real MicroPython 1.28 printed.
import { beforeEach, describe, expect, it } from "vitest";
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { getAttr } from "../../runtime/protocol";
import { builtinFunction } from "../../runtime/function";
import type { PyModule } from "../../types/module";
import { setUpBoard, call, make, errorOf, repr, type TestBoard } from "../test-board";
import { createMachineModule } from "./index";

let t: TestBoard;
let machine: PyModule;
const cls = (name: string): PyValue => getAttr(machine, name);
const Pin = (...args: PyValue[]) => make(cls("Pin"), args);

beforeEach(() => {
  t = setUpBoard("micropython");
  machine = createMachineModule();
});

describe("Pin", () => {
  it("prints the reset state and configured modes", () => {
    expect(repr(Pin(25))).toBe("Pin(GPIO25, mode=ALT, pull=PULL_DOWN, alt=31)");
    expect(repr(Pin("LED"))).toBe("Pin(GPIO25, mode=ALT, pull=PULL_DOWN, alt=31)");
    expect(repr(Pin(16, 1))).toBe("Pin(GPIO16, mode=OUT)");
    expect(repr(Pin(18, 0, 1))).toBe("Pin(GPIO18, mode=IN, pull=PULL_UP)");
    expect(repr(Pin(21, 2))).toBe("Pin(GPIO21, mode=OPEN_DRAIN)");
    expect(repr(Pin(2, 9))).toBe("Pin(GPIO2, mode=IN)");
    expect(repr(Pin(2, 1, 7))).toBe("Pin(GPIO2, mode=OUT, pull=PULL_UP|PULL_DOWN)");
  });

  it("rejects what the rp2 port rejects", () => {
    expect(errorOf(() => Pin(30))).toBe("ValueError invalid pin");
    expect(errorOf(() => Pin("GP29"))).toBe('ValueError unknown named pin "GP29"');
    expect(errorOf(() => Pin(None))).toBe("ValueError invalid pin");
    expect(errorOf(() => Pin(2, 0, 1, 0, 99))).toBe("TypeError extra positional arguments given");
    expect(errorOf(() => Pin(2, 3, None, ))).toBe("no error");
  });

  it("drives and reads values, open drain included", () => {
    const p = Pin(15, 1);
    expect(call(p, "value")).toBe(0);
    call(p, "toggle");
    expect(call(p, "value")).toBe(1);
    call(p, "value", ["x"]);
    expect(make(p, [])).toBe(1);
    const r = make(cls("Pin"), [12, 2], { pull: 1, value: 1 });
    expect(call(r, "value")).toBe(1);
    call(r, "value", [0]);
    expect(call(r, "value")).toBe(0);
    expect(repr(r)).toBe("Pin(GPIO12, mode=OPEN_DRAIN, pull=PULL_UP)");
  });

  it("calls an IRQ handler on a falling edge at the next poll", () => {
    const hits: PyValue[] = [];
    const handler = builtinFunction("h", 1, 1, (pin: PyValue) => (hits.push(pin), None));
    const button = Pin(14, 0, 1);
    call(button, "irq", [], { handler, trigger: 4 });
    t.board.chip.gpio.drive(14, 0);
    expect(hits.length).toBe(0);
    t.host.onPoll!();
    expect(hits).toEqual([button]);
    t.board.chip.gpio.drive(14, null); // released: rising edge, not subscribed
    t.host.onPoll!();
    expect(hits.length).toBe(1);
  });
});

describe("PWM", () => {
  it("reads frequency and duty back as the board does", () => {
    const pwm = make(cls("PWM"), [Pin(14)], { freq: 1000, duty_u16: 0 });
    expect(call(pwm, "freq")).toBe(1000);
    const u16 = (d: number) => (call(pwm, "duty_u16", [d]), [call(pwm, "duty_u16"), call(pwm, "duty_ns")]);
    expect(u16(1)).toEqual([1, 16]);
    expect(u16(32767)).toEqual([32768, 499999]);
    expect(u16(65535)).toEqual([65535, 999998]);
    expect(u16(100000)).toEqual([65535, 999998]);
    expect(u16(-1)).toEqual([0, 0]);
    call(pwm, "duty_ns", [1000]);
    expect([call(pwm, "duty_ns"), call(pwm, "duty_u16")]).toEqual([1008, 66]);
    call(pwm, "freq", [1234567]);
    call(pwm, "duty_u16", [21845]);
    expect([call(pwm, "freq"), call(pwm, "duty_u16"), call(pwm, "duty_ns")]).toEqual([1237624, 22061, 272]);
  });

  it("computes dividers for the whole range", () => {
    const pwm = make(cls("PWM"), [Pin(15)]);
    const f = (hz: number) => (call(pwm, "freq", [hz]), call(pwm, "freq"));
    expect([8, 12345, 125000000, 125000001, -5].map(f)).toEqual([8, 12344, 125000000, 125000000, 1907]);
    expect(errorOf(() => call(pwm, "freq", [7]))).toBe("ValueError freq too small");
    expect(errorOf(() => call(pwm, "freq", [0]))).toBe("ValueError freq too small");
  });

  it("shares a slice between its channels and pins", () => {
    const a = make(cls("PWM"), [Pin(0)], { freq: 1000, duty_u16: 10000 });
    const b = make(cls("PWM"), [Pin(1)], { freq: 1000, duty_u16: 20000 });
    call(b, "freq", [2000]);
    expect([call(a, "freq"), call(a, "duty_u16")]).toEqual([2000, 10000]);
    const c = make(cls("PWM"), [Pin(16)], { freq: 5000, duty_u16: 30000 });
    expect(c).toBe(a);
    expect(call(a, "duty_u16")).toBe(29999);
    call(a, "deinit");
    expect([call(b, "freq"), call(b, "duty_u16")]).toEqual([5000, 20001]);
    expect(repr(make(cls("PWM"), [Pin(25)]))).toBe("<PWM slice=4 channel=1 invert=0>");
  });
});

describe("ADC, Timer, WDT, freq", () => {
  it("maps channels and pins", () => {
    const ADC = cls("ADC");
    expect(repr(make(ADC, [4]))).toBe("<ADC channel=4>");
    expect(repr(make(ADC, [27]))).toBe("<ADC channel=1>");
    expect(errorOf(() => make(ADC, [5]))).toBe("ValueError Pin doesn't have ADC capabilities");
    expect(errorOf(() => make(ADC, [-1]))).toBe("ValueError invalid pin");
    expect(repr(Pin(27))).toBe("Pin(GPIO27, mode=ALT, alt=31)");
    t.board.chip.adc.setVoltage(1, 1.65);
    expect(call(make(ADC, [1]), "read_u16")).toBe(32776);
  });

  it("runs one-shot and periodic timers on the board's clock", () => {
    const Timer = cls("Timer");
    let n = 0;
    const cb = builtinFunction("cb", 1, 1, () => (n++, None));
    make(Timer, [], { period: 10, mode: 0, callback: cb });
    t.host.sleepUs(100_000);
    t.host.onPoll!();
    expect(n).toBe(1);
    const p = make(Timer, [-1], { freq: 100, callback: cb });
    expect(repr(p)).toBe("Timer(mode=PERIODIC, tick_hz=1000000, period=10000)");
    for (let i = 0; i < 10; i++) {
      t.host.sleepUs(10_000);
      t.host.onPoll!();
    }
    expect(n).toBe(11);
    expect(repr(make(Timer))).toBe("Timer(mode=ONE_SHOT, tick_hz=1000000, period=0)");
    expect(errorOf(() => make(Timer, [0]))).toBe("ValueError Timer doesn't exist");
  });

  it("validates WDT and clock settings", () => {
    expect(errorOf(() => make(cls("WDT"), [], { id: 1, timeout: 1000 }))).toBe("ValueError WDT(1) doesn't exist");
    expect(errorOf(() => make(cls("WDT"), [], { timeout: 8389 }))).toBe("ValueError timeout exceeds 8388");
    const freq = getAttr(machine, "freq");
    for (const hz of [133000000, 48000000, 120000000]) {
      make(freq, [hz]);
      expect(make(freq)).toBe(hz);
    }
    expect(errorOf(() => make(freq, [123456789]))).toBe("ValueError cannot change frequency");
  });
});

describe("I2C and SPI", () => {
  it("validate pins and print their settings", () => {
    const I2C = cls("I2C");
    expect(repr(make(I2C, [0]))).toBe("I2C(0, freq=399361, scl=5, sda=4, timeout=50000)");
    expect(errorOf(() => make(I2C, [0], { scl: Pin(3), sda: Pin(2) }))).toBe("ValueError bad SCL pin");
    expect(repr(make(I2C, [0], { freq: 3000000 }))).toBe("I2C(0, freq=2976190, scl=5, sda=4, timeout=50000)");
    expect(errorOf(() => make(I2C, ["x"]))).toBe("TypeError can't convert str to int");
    const SPI = cls("SPI");
    expect(repr(make(SPI, [1, 10000000]))).toBe("SPI(1, baudrate=8000000, polarity=0, phase=0, bits=8, sck=10, mosi=11, miso=8)");
    expect(repr(make(SPI, [0], { baudrate: 100 }))).toBe("SPI(0, baudrate=732, polarity=0, phase=0, bits=8, sck=18, mosi=19, miso=16)");
    expect(errorOf(() => make(SPI, [0], { firstbit: 0 }))).toBe("NotImplementedError LSB");
  });

  it("finds nobody on a bare bus", () => {
    const i2c = make(cls("SoftI2C"), [], { scl: Pin(5), sda: Pin(4), freq: 100000 });
    expect(repr(i2c)).toBe("SoftI2C(scl=5, sda=4, freq=100000)");
    expect(repr(call(i2c, "scan"))).toBe("[]");
    expect(errorOf(() => call(i2c, "readfrom", [0x50, 1]))).toBe("OSError 110");
    expect(errorOf(() => make(cls("SoftI2C")))).toBe("TypeError 'scl' argument required");
  });
});
