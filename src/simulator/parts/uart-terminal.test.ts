// The serial terminal part: what the Pico sends on its TX pin is shown, and what is typed (a text, or a byte at a
// time as the page's control queue delivers it) reaches the Pico's RX pin one frame apart at the terminal's baud.
import { describe, expect, it } from "vitest";
import { Rp2040 } from "../rp2040";
import { BITS_PER_FRAME } from "../buses/serial-wires";
import type { UartTerminalPart } from "./uart-terminal";

function setup(baud = 9600) {
  const chip = new Rp2040();
  const terminal = chip.parts.wire({ kind: "uart-terminal", pins: { tx: 0, rx: 1 }, options: { baud } }) as UartTerminalPart;
  const arrived: { byte: number; baud: number; atUs: number }[] = [];
  chip.serial.listen(1, (byte, b) => arrived.push({ byte, baud: b, atUs: chip.clock.nowUs }));
  return { chip, terminal, arrived };
}

describe("uart-terminal part", () => {
  it("sends typed bytes to the Pico's RX pin in order, one frame apart at its baud rate", () => {
    const { chip, terminal, arrived } = setup(9600);
    const start = chip.clock.nowUs;
    for (const byte of new TextEncoder().encode("hé")) terminal.set("type", byte);
    terminal.set("type", "!");
    chip.clock.advanceBy(10_000);
    expect(arrived.map((a) => a.byte)).toEqual([0x68, 0xc3, 0xa9, 0x21]);
    expect(arrived.every((a) => a.baud === 9600)).toBe(true);
    const frameUs = (BITS_PER_FRAME * 1_000_000) / 9600;
    arrived.forEach((a, i) => expect(Math.abs(a.atUs - (start + (i + 1) * frameUs))).toBeLessThanOrEqual(1));
  });

  it("ignores other controls and values that are not a byte", () => {
    const { chip, terminal, arrived } = setup(115200);
    terminal.set("type", 256);
    terminal.set("type", -1);
    terminal.set("type", 1.5);
    terminal.set("baud", 300);
    chip.clock.advanceBy(10_000);
    expect(arrived).toEqual([]);
    expect(terminal.state()).toMatchObject({ baud: 115200 });
    expect(terminal.config().options).toEqual({ baud: 115200 }); // typing saves nothing with the wiring
  });

  it("shows what arrives on the Pico's TX pin at its baud rate and counts bytes at another as framing errors", () => {
    const { chip, terminal } = setup(9600);
    chip.serial.send(0, new TextEncoder().encode("ok\n"), 9600);
    chip.serial.send(0, Uint8Array.of(0x55), 115200);
    chip.clock.advanceBy(10_000);
    expect(terminal.text()).toBe("ok\n");
    expect(terminal.framingErrors).toBe(1);
  });

  it("sends nothing when its RX wire is not connected", () => {
    const chip = new Rp2040();
    const terminal = chip.parts.wire({ kind: "uart-terminal", pins: { tx: 0 } }) as UartTerminalPart;
    const arrived: number[] = [];
    for (let pin = 0; pin < 30; pin++) chip.serial.listen(pin, (byte) => arrived.push(byte));
    terminal.type("x");
    chip.clock.advanceBy(10_000);
    expect(arrived).toEqual([]);
  });
});
