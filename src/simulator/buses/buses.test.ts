// Tests of the simulated I2C buses, SPI wiring and serial lines on the virtual clock.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "../rp2040";
import { I2cBus, i2cTransferUs, type I2cTarget } from "./i2c-bus";
import { SerialWires } from "./serial-wires";
import { VirtualClock } from "../clock";

/** A device that ACKs its address, keeps what it is written and answers reads from a counter. */
function recorder(): I2cTarget & { written: number[]; events: string[] } {
  let next = 0x10;
  const t = {
    written: [] as number[],
    events: [] as string[],
    start: (read: boolean) => (t.events.push(read ? "start-r" : "start-w"), true),
    write: (b: number) => (t.written.push(b), b !== 0xee),
    read: () => next++,
    stop: () => void t.events.push("stop"),
  };
  return t;
}

describe("I2C bus", () => {
  it("acknowledges only addresses with a device, and refuses a second device at one address", () => {
    const bus = new I2cBus(4, 5);
    const dev = recorder();
    bus.attach(0x3c, dev);
    expect(bus.start(0x3c, false)).toBe(true);
    expect(bus.start(0x3d, false)).toBe(false);
    expect(() => bus.attach(0x3c, recorder())).toThrow(/already taken/);
    expect(bus.addresses()).toEqual([0x3c]);
  });

  it("passes data bytes, a device's NACK, reads, and ends the transaction on STOP or a START elsewhere", () => {
    const bus = new I2cBus(4, 5);
    const dev = recorder();
    bus.attach(0x50, dev);
    bus.start(0x50, false);
    expect(bus.write(1)).toBe(true);
    expect(bus.write(0xee)).toBe(false);
    bus.start(0x50, true);
    expect([bus.read(true), bus.read(false)]).toEqual([0x10, 0x11]);
    bus.start(0x51, false); // nobody there: the device sees the end of its transaction
    expect(bus.read(false)).toBe(0xff);
    expect(dev.events).toEqual(["start-w", "start-r", "stop"]);
    expect(dev.written).toEqual([1, 0xee]);
  });

  it("times a transaction at 9 clocks a byte plus START and STOP", () => {
    expect(i2cTransferUs(3, 100_000)).toBeCloseTo(290);
  });

  it("wires buses by pin pair on the chip, and the PicoHardware view reaches them", () => {
    const chip = new Rp2040();
    const dev = recorder();
    chip.i2c.bus(4, 5).attach(0x20, dev);
    expect(chip.i2c.find(6, 7)).toBeUndefined();
    expect(chip.i2c.find(4, 5)?.start(0x20, false)).toBe(true);
  });
});

describe("SPI wiring", () => {
  it("talks only to devices whose chip select is low, and reads the MISO pad's level when none answers", () => {
    const chip = new Rp2040();
    const seen: number[] = [];
    chip.spi.attach({ sck: 18, mosi: 19, miso: 16, cs: 17 }, { transfer: (b) => (seen.push(b), b ^ 0xff) });
    const pins = { sck: 18, mosi: 19, miso: 16 };
    chip.gpio.drive(17, 1);
    // Nothing selected: MISO keeps its reset pull-down.
    expect([...chip.spi.transfer(pins, Uint8Array.of(1, 2))]).toEqual([0, 0]);
    chip.gpio.drive(17, 0);
    expect([...chip.spi.transfer(pins, Uint8Array.of(1, 2))]).toEqual([0xfe, 0xfd]);
    expect(seen).toEqual([1, 2]);
  });
});

describe("serial wires", () => {
  it("delivers bytes one frame apart, queued behind what is still being sent", () => {
    const clock = new VirtualClock();
    const wires = new SerialWires(clock);
    const got: [number, number][] = [];
    wires.listen(1, (b) => got.push([b, clock.nowUs]));
    wires.connect(0, 1);
    const done = wires.send(0, Uint8Array.of(0x41, 0x42), 10_000);
    wires.send(0, Uint8Array.of(0x43), 10_000);
    expect(done).toBe(2000);
    clock.advanceBy(5000);
    expect(got).toEqual([[0x41, 1000], [0x42, 2000], [0x43, 3000]]);
    expect(wires.idleAtUs(0)).toBe(5000);
  });

  it("carries a byte once around a loop of jumpers", () => {
    const clock = new VirtualClock();
    const wires = new SerialWires(clock);
    const got: number[] = [];
    wires.connect(0, 1);
    wires.connect(1, 0);
    wires.listen(0, (b) => got.push(b));
    wires.listen(1, (b) => got.push(b));
    wires.send(0, Uint8Array.of(7), 115_200);
    clock.advanceBy(1000);
    expect(got).toEqual([7, 7]);
  });
});
