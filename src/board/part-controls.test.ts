// The part control queue (page → board through shared memory) and the parts publisher (board → page): records
// arrive in order, a full ring keeps the latest value per control, typed bytes are never coalesced nor dropped (text
// that does not fit is refused whole), controls and typed bytes reach the parts, and messages carry
// only the states that changed, detected NeoPixel strips and the USB summary.
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyControl, applyInitialControls, CONTROL_QUEUE_CAPACITY, ControlQueueReader, ControlQueueWriter, controlIndex, createControlQueueBuffer, TYPED_BACKLOG_LIMIT, TYPED_BYTE } from "./part-controls";
import { PartsPublisher, type PartsMessage } from "./parts-publisher";
import { Rp2040 } from "../simulator/rp2040";
import { GpioFunction } from "../simulator/gpio";

afterEach(() => vi.useRealTimers());

describe("part control queue", () => {
  it("delivers records in order, once", () => {
    const buffer = createControlQueueBuffer();
    const writer = new ControlQueueWriter(buffer);
    const reader = new ControlQueueReader(buffer);
    writer.send(0, 1, 21.5);
    writer.send(2, 0, true);
    writer.send(2, 0, false);
    const got: number[][] = [];
    expect(reader.drain((p, c, v) => got.push([p, c, v]))).toBe(3);
    expect(got).toEqual([[0, 1, 21.5], [2, 0, 1], [2, 0, 0]]);
    expect(reader.drain(() => got.push([]))).toBe(0);
  });

  it("keeps the latest value per control while the ring is full, and writes it once there is room", () => {
    vi.useFakeTimers();
    const buffer = createControlQueueBuffer();
    const writer = new ControlQueueWriter(buffer);
    const reader = new ControlQueueReader(buffer);
    for (let i = 0; i < CONTROL_QUEUE_CAPACITY; i++) writer.send(0, 0, i);
    writer.send(1, 0, 5);
    writer.send(1, 0, 6);
    writer.send(0, 0, 999);
    expect(writer.backlog).toBe(2);
    expect(reader.drain(() => undefined)).toBe(CONTROL_QUEUE_CAPACITY);
    vi.advanceTimersByTime(25);
    const got: number[][] = [];
    reader.drain((p, c, v) => got.push([p, c, v]));
    expect(got).toEqual([[1, 0, 6], [0, 0, 999]]);
    expect(writer.backlog).toBe(0);
  });

  it("keeps typed bytes in order, each one, behind the controls sent before them, when the ring fills", () => {
    vi.useFakeTimers();
    const buffer = createControlQueueBuffer();
    const writer = new ControlQueueWriter(buffer);
    const reader = new ControlQueueReader(buffer);
    const text = new TextEncoder().encode("hello ".repeat(60)); // 360 bytes: more than the ring holds
    writer.send(0, 0, 1);
    expect(writer.type(3, text)).toBe(true);
    writer.send(0, 0, 0); // after the text, and not merged with the first record (that one is in the ring)
    expect(writer.type(3, Uint8Array.of(0x6c, 0x6c))).toBe(true); // "ll": the same byte twice stays twice
    const got: number[][] = [];
    const drainAll = () => {
      for (let i = 0; i < 10; i++) {
        reader.drain((p, c, v) => got.push([p, c, v]));
        vi.advanceTimersByTime(25);
      }
    };
    drainAll();
    expect(writer.backlog).toBe(0);
    expect(got[0]).toEqual([0, 0, 1]);
    const typed = got.filter(([, c]) => c === TYPED_BYTE);
    expect(typed.every(([p]) => p === 3)).toBe(true);
    expect(new TextDecoder().decode(Uint8Array.from(typed.map(([, , v]) => v)))).toBe("hello ".repeat(60) + "ll");
    expect(got.findIndex((r) => r[1] === 0 && r[2] === 0)).toBe(1 + text.length);
  });

  it("refuses typed text whole, saying so, when the board has not been reading it, and takes it again once it has", () => {
    vi.useFakeTimers();
    const buffer = createControlQueueBuffer();
    const writer = new ControlQueueWriter(buffer);
    const reader = new ControlQueueReader(buffer);
    const fits = CONTROL_QUEUE_CAPACITY + TYPED_BACKLOG_LIMIT;
    expect(writer.type(1, new Uint8Array(fits - 1).fill(0x61))).toBe(true);
    expect(writer.type(1, Uint8Array.of(0x62, 0x63))).toBe(false); // would not fit: nothing of it is queued
    expect(writer.type(1, Uint8Array.of(0x64))).toBe(true); // the last byte that fits
    expect(writer.type(1, Uint8Array.of(0x65))).toBe(false);
    const bytes: number[] = [];
    for (let i = 0; i < 30 && bytes.length < fits; i++) {
      reader.drain((_p, _c, v) => bytes.push(v));
      vi.advanceTimersByTime(25);
    }
    expect(bytes).toHaveLength(fits);
    expect(bytes.slice(-2)).toEqual([0x61, 0x64]);
    expect(writer.type(1, Uint8Array.of(0x62, 0x63))).toBe(true);
    reader.drain((_p, _c, v) => bytes.push(v));
    expect(bytes.slice(-2)).toEqual([0x62, 0x63]);
  });

  it("sets the control of the part at that index (a button pulls its pin low, a sensor reads the new value)", () => {
    const chip = new Rp2040();
    chip.gpio.setFunction(14, GpioFunction.SIO);
    chip.gpio.setPulls(14, true, false);
    const button = chip.parts.wire({ kind: "button", pins: { signal: 14 } });
    const bme = chip.parts.wire({ kind: "bme280", pins: { sda: 4, scl: 5 } });
    expect(chip.gpio.read(14)).toBe(1);
    applyControl(chip.parts, 0, controlIndex("button", "pressed"), 1);
    expect(button.state()).toEqual({ pressed: true });
    expect(chip.gpio.read(14)).toBe(0);
    applyControl(chip.parts, 1, controlIndex("bme280", "temperature"), 30.5);
    expect(bme.config().options?.temperature).toBe(30.5);
    // Bad indexes are ignored.
    applyControl(chip.parts, 7, 0, 1);
    applyControl(chip.parts, 0, 9, 1);
    // A typed byte goes to a part that takes text; a part that takes none ignores it.
    applyControl(chip.parts, 0, TYPED_BYTE, 0x41);
    expect(button.state()).toEqual({ pressed: true });
    applyInitialControls(chip.parts, [{ id: button.id, name: "pressed", value: false }, { id: "nothing", name: "x", value: 1 }]);
    expect(chip.gpio.read(14)).toBe(1);
  });
});

describe("parts publisher", () => {
  function setup() {
    const chip = new Rp2040();
    let wall = 0;
    const messages: PartsMessage[] = [];
    const led = chip.parts.wire({ kind: "led", pins: { anode: 15 } });
    const oled = chip.parts.wire({ kind: "ssd1306", pins: { sda: 4, scl: 5 } });
    const publisher = new PartsPublisher(chip, (m) => messages.push(m), { now: () => wall });
    return { chip, led, oled, publisher, messages, tick: (ms: number) => (wall += ms) };
  }

  it("sends every state first, then only the parts that changed, at most every 33 ms unless a wait follows", () => {
    const { chip, led, oled, publisher, messages, tick } = setup();
    publisher.publishAll();
    expect(messages).toHaveLength(1);
    expect(messages[0].parts.map((p) => [p.id, p.state !== undefined])).toEqual([[led.id, true], [oled.id, true]]);
    expect(messages[0].parts[0].config).toEqual({ kind: "led", id: led.id, pins: { anode: 15 } });
    expect(messages[0].usb).toBeUndefined();
    tick(40);
    publisher.sync();
    expect(messages).toHaveLength(1); // nothing changed
    chip.gpio.setFunction(15, GpioFunction.SIO);
    chip.gpio.setOutputEnable(15, true);
    chip.gpio.setOutput(15, 1);
    tick(10);
    publisher.sync();
    expect(messages).toHaveLength(2);
    expect(messages[1].parts.map((p) => [p.id, p.state])).toEqual([[led.id, { on: true, brightness: 1 }], [oled.id, undefined]]);
    chip.gpio.setOutput(15, 0);
    tick(10);
    publisher.sync();
    expect(messages).toHaveLength(2); // throttled
    publisher.sync(500); // ...but a sleep is about to start: the state shows now
    expect(messages).toHaveLength(3);
    expect(messages[2].parts[0].state).toEqual({ on: false, brightness: 0 });
  });

  it("shows strips the code drives on pads with no strip part, and the USB summary when it changes", () => {
    const { chip, publisher, messages, tick } = setup();
    publisher.publishAll();
    chip.gpio.setFunction(16, GpioFunction.SIO);
    chip.gpio.setOutputEnable(16, true);
    const us = chip.neopixels.bitstream(16, [400, 850, 800, 450], Uint8Array.of(0, 255, 0));
    chip.clock.advanceBy(Math.ceil(us) + 100);
    chip.usb.hidReport("keyboard", 1, Uint8Array.of(2, 0, 4, 0, 0, 0, 0, 0));
    tick(50);
    publisher.sync();
    const last = messages.at(-1)!;
    expect(last.parts.at(-1)).toMatchObject({ id: "detected-strip-GP16", detected: true, state: { count: 1, colors: [[255, 0, 0]] } });
    expect(last.usb).toMatchObject({ version: 1, typedText: "A", keys: [{ action: "down", name: "a" }], counts: { keys: 1 } });
    tick(50);
    chip.usb.midiOut(Uint8Array.of(0x90, 60, 100));
    publisher.sync();
    expect(messages.at(-1)!.usb?.midi).toEqual([{ atUs: expect.any(Number), type: "note_on", channel: 0, data: [60, 100] }]);
    expect(messages.at(-1)!.parts.every((p) => p.state === undefined)).toBe(true);
    const count = messages.length;
    tick(50);
    publisher.sync();
    expect(messages).toHaveLength(count); // nothing new to report: nothing posted
  });

  it("does not draw a pad whose decoder only ever saw dark pixels (a fast-toggled pin is not a strip)", () => {
    const { chip, publisher, messages, tick } = setup();
    publisher.publishAll();
    chip.gpio.setFunction(17, GpioFunction.SIO);
    chip.gpio.setOutputEnable(17, true);
    const us = chip.neopixels.bitstream(17, [400, 850, 800, 450], new Uint8Array(24));
    chip.clock.advanceBy(Math.ceil(us) + 100);
    expect(chip.neopixels.strips().map((s) => s.pin)).toEqual([17]);
    tick(50);
    publisher.sync();
    expect(messages.at(-1)!.parts.map((p) => p.id)).not.toContain("detected-strip-GP17");
  });
});
