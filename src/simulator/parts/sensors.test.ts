// Tests of the sensor and input parts: BME280 and MCP9808 registers, DHT and HC-SR04 waveforms on the virtual
// clock, the photoresistor's voltage, the encoder's quadrature, switches and the touch pad.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "../rp2040";
import type { Bme280Part } from "./bme280";
import { dhtFrame } from "./dht";
import type { RotaryEncoderPart } from "./rotary-encoder";

function i2cReadRegs(chip: Rp2040, addr: number, reg: number, n: number): number[] {
  const bus = chip.i2c.find(4, 5)!;
  bus.start(addr, false);
  bus.write(reg);
  bus.start(addr, true);
  const out = Array.from({ length: n }, (_, i) => bus.read(i < n - 1));
  bus.stop();
  return out;
}

function i2cWriteRegs(chip: Rp2040, addr: number, bytes: number[]): void {
  const bus = chip.i2c.find(4, 5)!;
  bus.start(addr, false);
  bytes.forEach((b) => bus.write(b));
  bus.stop();
}

/** The datasheet's double-precision compensation, as adafruit_bme280 computes it from the chip's registers. */
function bme280Reading(chip: Rp2040): { t: number; p: number; h: number } {
  const c = i2cReadRegs(chip, 0x77, 0x88, 24);
  const u16 = (i: number) => c[i] | (c[i + 1] << 8);
  const s16 = (i: number) => (u16(i) << 16) >> 16;
  const T = [u16(0), s16(2), s16(4)];
  const P = [u16(6), ...[8, 10, 12, 14, 16, 18, 20, 22].map(s16)];
  const d = i2cReadRegs(chip, 0x77, 0xf7, 8);
  const rawP = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4);
  const rawT = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4);
  const v1 = (rawT / 16384 - T[0] / 1024) * T[1];
  const dd = rawT / 131072 - T[0] / 8192;
  const fine = Math.trunc(v1 + dd * dd * T[2]);
  let a = fine / 2 - 64000;
  let b = (a * a * P[5]) / 32768 + a * P[4] * 2;
  b = b / 4 + P[3] * 65536;
  a = ((P[2] * a * a) / 524288 + P[1] * a) / 524288;
  a = (1 + a / 32768) * P[0];
  let p = ((1048576 - rawP - b / 4096) * 6250) / a;
  p += ((P[8] * p * p) / 2147483648 + (p * P[7]) / 32768 + P[6]) / 16;
  return { t: fine / 5120, p: p / 100, h: (d[6] << 8) | d[7] };
}

describe("BME280", () => {
  it("answers chip id 0x60 and gives raw readings that compensate to the values the user set", () => {
    const chip = new Rp2040();
    const bme = chip.parts.wire({ kind: "bme280", pins: { sda: 4, scl: 5 }, options: { temperature: 25.3 } }) as Bme280Part;
    expect(i2cReadRegs(chip, 0x77, 0xd0, 1)).toEqual([0x60]);
    bme.setPressure(987.6);
    i2cWriteRegs(chip, 0x77, [0xf2, 0x01, 0xf4, (1 << 5) | (1 << 2) | 1]); // forced mode, x1 oversampling
    expect(i2cReadRegs(chip, 0x77, 0xf3, 1)[0] & 0x08).toBe(0x08); // measuring
    chip.clock.advanceBy(20_000);
    expect(i2cReadRegs(chip, 0x77, 0xf3, 1)[0] & 0x08).toBe(0);
    const r = bme280Reading(chip);
    expect(r.t).toBeCloseTo(25.3, 1);
    expect(r.p).toBeCloseTo(987.6, 1);
    expect(i2cReadRegs(chip, 0x77, 0xf4, 1)[0] & 3).toBe(0); // back to sleep
  });
});

describe("MCP9808", () => {
  it("reads its IDs and the ambient temperature in sixteenths, with the limit flags", () => {
    const chip = new Rp2040();
    const part = chip.parts.wire({ kind: "mcp9808", pins: { sda: 4, scl: 5 }, options: { temperature: -3.25 } });
    expect(i2cReadRegs(chip, 0x18, 0x06, 2)).toEqual([0x00, 0x54]);
    expect(i2cReadRegs(chip, 0x18, 0x07, 2)).toEqual([0x04, 0x00]);
    const [hi, lo] = i2cReadRegs(chip, 0x18, 0x05, 2);
    expect((((hi & 0x0f) * 16 + lo / 16) - (hi & 0x10 ? 256 : 0))).toBeCloseTo(-3.25);
    i2cWriteRegs(chip, 0x18, [0x03, 0x00, 0x00]); // lower limit 0 °C
    expect(i2cReadRegs(chip, 0x18, 0x05, 1)[0] & 0x20).toBe(0x20);
    part.set("temperature", 30);
    expect(part.state()).toMatchObject({ temperature: 30, lower: 0 });
  });
});

describe("DHT sensors", () => {
  it("frames DHT22 readings with tenths and a sign bit, and DHT11 with whole numbers", () => {
    expect(dhtFrame("dht22", -10.1, 65.2)).toEqual([0x02, 0x8c, 0x80, 0x65, (0x02 + 0x8c + 0x80 + 0x65) & 0xff]);
    expect(dhtFrame("dht11", 24, 40)).toEqual([40, 0, 24, 0, 64]);
  });

  it("answers a start signal with 80 µs low, 80 µs high and 40 bits timed as the datasheet says", () => {
    const chip = new Rp2040();
    chip.parts.wire({ kind: "dht22", pins: { data: 15 }, options: { temperature: 21.5, humidity: 40 } });
    const edges: [number, number][] = [];
    chip.gpio.onChange(15, (level) => edges.push([level, chip.clock.nowUs]));
    expect(chip.gpio.read(15)).toBe(1); // the module's pull-up
    chip.gpio.setFunction(15, 5);
    chip.gpio.setOutput(15, 0);
    chip.gpio.setOutputEnable(15, true);
    chip.clock.advanceBy(1000);
    chip.gpio.setOutputEnable(15, false);
    chip.clock.advanceBy(10_000);
    const highs: number[] = [];
    for (let i = 1; i < edges.length; i++) if (edges[i - 1][0] === 1 && edges[i][0] === 0) highs.push(edges[i][1] - edges[i - 1][1]);
    // highs[0] spans the host's release; then the 80 µs presence and 40 data bits.
    const bits: number[] = highs.slice(2).map((us) => (us > 48 ? 1 : 0));
    const bytes = Array.from({ length: 5 }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((a: number, b: number) => (a << 1) | b, 0));
    expect(highs[1]).toBe(80);
    expect(bytes).toEqual(dhtFrame("dht22", 21.5, 40));
  });
});

describe("HC-SR04", () => {
  it("raises ECHO for the round trip after a 10 µs trigger", () => {
    const chip = new Rp2040();
    chip.parts.wire({ kind: "hcsr04", pins: { trigger: 2, echo: 3 }, options: { distance: 100 } });
    let rose = 0;
    let fell = 0;
    chip.gpio.onChange(3, (l) => (l ? (rose = chip.clock.nowUs) : (fell = chip.clock.nowUs)));
    chip.gpio.drive(2, 1);
    chip.clock.advanceBy(10);
    chip.gpio.drive(2, 0);
    chip.clock.advanceBy(30_000);
    expect((fell - rose) * 0.017).toBeCloseTo(100, 0);
  });
});

describe("analog and PWM parts", () => {
  it("puts a brighter light's higher divider voltage on the ADC", () => {
    const chip = new Rp2040();
    const ldr = chip.parts.wire({ kind: "photoresistor", pins: { signal: 26 }, options: { lux: 10 } });
    const dark = chip.adc.read12(0);
    ldr.set("lux", 1000);
    expect(chip.adc.read12(0)).toBeGreaterThan(dark);
    expect(() => chip.parts.wire({ kind: "photoresistor", pins: { signal: 5 } })).toThrow(/no ADC/);
  });

  it("turns a servo to the angle its 50 Hz pulse width says, and a buzzer to its PWM frequency", () => {
    const chip = new Rp2040();
    const servo = chip.parts.wire({ kind: "servo", pins: { signal: 0 } });
    const buzzer = chip.parts.wire({ kind: "buzzer", pins: { signal: 2 } });
    chip.gpio.setFunction(0, 4);
    chip.gpio.setFunction(2, 4);
    // Slice 0: 125 MHz / 64 / 39063 ≈ 50 Hz; 1.5 ms high is the middle.
    chip.pwm.configure(0, { divInt: 64, top: 39062, enabled: true });
    chip.pwm.setCompare(0, 0, Math.round(39063 * 0.075));
    expect(servo.state().angle).toBeCloseTo(90, 0);
    chip.pwm.configure(1, { divInt: 1, top: 125_000_000 / 440 / 1 - 1, enabled: true });
    chip.pwm.setCompare(1, 0, 142_000);
    expect(buzzer.state()).toMatchObject({ sounding: true });
    expect(buzzer.state().frequency as number).toBeCloseTo(440, 0);
  });
});

describe("input parts", () => {
  it("turns the encoder in quadrature, A leading clockwise", () => {
    const chip = new Rp2040();
    const enc = chip.parts.wire({ kind: "rotary-encoder", pins: { a: 10, b: 11 } }) as RotaryEncoderPart;
    const seen: string[] = [];
    const record = () => seen.push(`${chip.gpio.read(10)}${chip.gpio.read(11)}`);
    chip.gpio.onChange(10, record);
    chip.gpio.onChange(11, record);
    enc.turn(1);
    chip.clock.advanceBy(10_000);
    enc.turn(-1);
    chip.clock.advanceBy(10_000);
    expect(seen).toEqual(["01", "00", "10", "11", "10", "00", "01", "11"]);
  });

  it("slides a switch between 3V3 and GND, and a pressed button pulls its pin low", () => {
    const chip = new Rp2040();
    const sw = chip.parts.wire({ kind: "slide-switch", pins: { common: 9 } });
    const button = chip.parts.wire({ kind: "button", pins: { signal: 14 } });
    chip.gpio.setPulls(14, true, false);
    expect(chip.gpio.read(9)).toBe(0);
    sw.set("on", true);
    expect(chip.gpio.read(9)).toBe(1);
    expect(chip.gpio.read(14)).toBe(1);
    button.set("pressed", true);
    expect(chip.gpio.read(14)).toBe(0);
  });

  it("keeps a touched pad high longer after the pin lets go", () => {
    const decay = (touched: boolean) => {
      const chip = new Rp2040();
      chip.parts.wire({ kind: "touch-pad", pins: { pad: 6 }, options: { touched } });
      chip.gpio.setFunction(6, 5);
      chip.gpio.setOutput(6, 1);
      chip.gpio.setOutputEnable(6, true);
      chip.clock.advanceBy(10);
      chip.gpio.setOutputEnable(6, false);
      let t = 0;
      while (chip.gpio.read(6) === 1 && t < 1000) {
        chip.clock.advanceBy(1);
        t++;
      }
      return t;
    };
    expect(decay(true)).toBeGreaterThan(decay(false) * 3);
  });
});

describe("part registry", () => {
  it("checks pins, addresses and kinds, names parts, and saves plain JSON configs", () => {
    const chip = new Rp2040();
    expect(() => chip.parts.wire({ kind: "toaster" })).toThrow(/unknown part kind/);
    expect(() => chip.parts.wire({ kind: "dht22", pins: {} })).toThrow(/'data' is not wired/);
    expect(() => chip.parts.wire({ kind: "dht22", pins: { data: 40 } })).toThrow(/bad GPIO/);
    const p = chip.parts.wire({ kind: "bme280", pins: { sda: 4, scl: 5 }, address: 0x76 });
    expect(p.id).toBe("bme2801");
    p.set("humidity", 150);
    expect(JSON.parse(JSON.stringify(chip.parts.configs()))).toEqual([
      { kind: "bme280", id: "bme2801", pins: { sda: 4, scl: 5 }, address: 0x76, options: { temperature: 21.5, pressure: 1013.25, humidity: 100 } },
    ]);
    chip.parts.remove("bme2801");
    expect(chip.i2c.find(4, 5)?.isEmpty).toBe(true);
    expect(chip.gpio.read(4)).toBe(0); // its pull-ups left with it
  });
});
