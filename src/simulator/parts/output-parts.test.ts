// Tests of the output parts the board view shows: a plain LED following its pin's level and PWM duty, and NeoPixel
// strips and rings reading their pad's WS2812 decoder, padded to their length; and their default wiring.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "../rp2040";
import { GpioFunction } from "../gpio";
import { pwmSliceOf } from "../pwm";
import { defaultWiring } from "./default-wiring";

function output(chip: Rp2040, pin: number): void {
  chip.gpio.setFunction(pin, GpioFunction.SIO);
  chip.gpio.setOutputEnable(pin, true);
}

/** Sends GRB bytes down a pad with machine.bitstream's timing and lets the edges happen. */
function sendPixels(chip: Rp2040, pin: number, bytes: number[]): void {
  const us = chip.neopixels.bitstream(pin, [400, 850, 800, 450], Uint8Array.from(bytes));
  chip.clock.advanceBy(Math.ceil(us) + 100);
}

describe("LED part", () => {
  it("is on while its pin drives high and as bright as the PWM duty", () => {
    const chip = new Rp2040();
    let changes = 0;
    chip.parts.onChange(() => changes++);
    const led = chip.parts.wire({ kind: "led", pins: { anode: 15 } });
    expect(led.state()).toEqual({ on: false, brightness: 0 });
    output(chip, 15);
    chip.gpio.setOutput(15, 1);
    expect(led.state()).toEqual({ on: true, brightness: 1 });
    const { slice, channel } = pwmSliceOf(15);
    chip.gpio.setFunction(15, GpioFunction.PWM);
    chip.pwm.configure(slice, { top: 999, enabled: true });
    chip.pwm.setCompare(slice, channel, 250);
    expect(led.state()).toEqual({ on: true, brightness: 0.25 });
    chip.pwm.setCompare(slice, channel, 0);
    expect(led.state()).toEqual({ on: false, brightness: 0 });
    const seen = changes;
    chip.pwm.setCompare(slice, channel, 0);
    expect(changes).toBe(seen); // the same duty again is no change
    led.remove();
    chip.pwm.setCompare(slice, channel, 500);
    expect(changes).toBe(seen);
  });
});

describe("NeoPixel strip and ring parts", () => {
  it("show what the pad received, padded to their length, and report each new frame", () => {
    const chip = new Rp2040();
    const strip = chip.parts.wire({ kind: "neopixel-strip", pins: { data: 16 }, options: { count: 3 } });
    const ring = chip.parts.wire({ kind: "neopixel-ring", pins: { data: 17 } });
    expect(strip.state()).toMatchObject({ count: 3, colors: [[0, 0, 0], [0, 0, 0], [0, 0, 0]] });
    expect((ring.state().colors as unknown[]).length).toBe(12);
    const changed: string[] = [];
    chip.parts.onChange((p) => changed.push(p.id));
    output(chip, 16);
    sendPixels(chip, 16, [0, 255, 0, 10, 20, 30, 1, 1, 1, 9, 9, 9]);
    // GRB on the wire; the fourth pixel passes beyond the strip's end.
    expect(strip.state().colors).toEqual([[255, 0, 0], [20, 10, 30], [1, 1, 1]]);
    expect(changed.filter((id) => id === strip.id).length).toBeGreaterThan(0);
    expect(changed).not.toContain(ring.id);
    expect(strip.config()).toEqual({ kind: "neopixel-strip", id: strip.id, pins: { data: 16 }, options: { count: 3 } });
  });

  it("refuses a length that is not a whole number of pixels", () => {
    const chip = new Rp2040();
    expect(() => chip.parts.wire({ kind: "neopixel-strip", pins: { data: 2 }, options: { count: 0 } })).toThrow(/count must be a whole number/);
    expect(() => chip.parts.wire({ kind: "neopixel-ring", pins: { data: 2 }, options: { count: "x" } })).toThrow(/count/);
  });

  it("is wired by default with the length the code passes to neopixel.NeoPixel", () => {
    const micro = "from machine import Pin\nimport neopixel\nCOUNT = 8\nstrip = neopixel.NeoPixel(Pin(16), COUNT)\n";
    expect(defaultWiring([micro], "micropython")).toEqual([{ kind: "neopixel-strip", pins: { data: 16 }, options: { count: 8 } }]);
    const circuit = "import board, neopixel\npixels = neopixel.NeoPixel(board.GP18, 30, brightness=0.2)\n";
    expect(defaultWiring([circuit], "circuitpython")).toEqual([{ kind: "neopixel-strip", pins: { data: 18 }, options: { count: 30 } }]);
    // Pins and lengths held in variables, as the library examples write them.
    const held = "from neopixel import NeoPixel\npin = Pin(0, Pin.OUT)\nnp = NeoPixel(pin, 8)\n";
    expect(defaultWiring([held], "micropython")).toEqual([{ kind: "neopixel-strip", pins: { data: 0 }, options: { count: 8 } }]);
    const named = "pixel_pin = board.GP0\nnum_pixels = 10\npixels = neopixel.NeoPixel(\n    pixel_pin, num_pixels, brightness=0.2, auto_write=False\n)\n";
    expect(defaultWiring([named], "circuitpython")).toEqual([{ kind: "neopixel-strip", pins: { data: 0 }, options: { count: 10 } }]);
    // A length the scan cannot read wires nothing: the pad's decoder still shows what arrives.
    expect(defaultWiring(["strip = neopixel.NeoPixel(board.GP18, len(x))\n"], "circuitpython")).toEqual([]);
  });
});
