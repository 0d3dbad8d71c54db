// `pyco run --fast` board time as a program sees it: NeoPixel frames keep their shape and their latch gaps, and
// busy loops and sleep_us loops take about a board's time.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProgram } from "./run-program";

interface Event {
  t: number;
  type: string;
  pixels?: number[][];
  text?: string;
}

/** Runs `lines` as the project's main file for `seconds` of board time with --fast, returning its trace. */
function runFast(flavor: "micropython" | "circuitpython", lines: string[], seconds: number): { out: string; events: Event[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-fast-"));
  fs.writeFileSync(path.join(dir, flavor === "micropython" ? "main.py" : "code.py"), lines.join("\n") + "\n");
  const trace = path.join(dir, "trace.jsonl");
  let out = "";
  const status = runProgram({
    target: dir, flavor, float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [], debug: false,
    write: (_fd, text) => void (out += text), maxTime: seconds, trace,
  });
  expect(status, out).toBe(0);
  const events = fs.readFileSync(trace, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Event);
  fs.rmSync(dir, { recursive: true, force: true });
  return { out, events };
}

const frames = (events: Event[]) => events.filter((e) => e.type === "neopixel");

describe("pyco run --fast board time", () => {
  it("a PIO WS2812 frame computed in Python, then put in one call, shows whole (the work before it is charged first)", () => {
    const { events } = runFast("micropython", [
      "import array, time, rp2",
      "from machine import Pin",
      "@rp2.asm_pio(sideset_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_LEFT, autopull=True, pull_thresh=24)",
      "def ws2812():",
      "    wrap_target()",
      "    label('bitloop')",
      "    out(x, 1)               .side(0)    [2]",
      "    jmp(not_x, 'do_zero')   .side(1)    [1]",
      "    jmp('bitloop')          .side(1)    [4]",
      "    label('do_zero')",
      "    nop()                   .side(0)    [4]",
      "    wrap()",
      "sm = rp2.StateMachine(0, ws2812, freq=8_000_000, sideset_base=Pin(22))",
      "sm.active(1)",
      "ar = array.array('I', [0] * 8)",
      "for i in range(10):",
      "    for j in range(8):",
      "        ar[j] = (i * 8 + j) << 16",
      "    sm.put(ar, 8)",
      "    time.sleep_ms(20)",
    ], 0.5);
    const shown = frames(events);
    expect(shown.map((f) => f.pixels!.length)).toEqual(Array(10).fill(8));
    expect(shown[3].pixels!.map((p) => p[1])).toEqual([24, 25, 26, 27, 28, 29, 30, 31]);
  });

  it("CircuitPython's neopixel_write in a tight loop still gives separate frames, the strip latching between them", () => {
    const { events } = runFast("circuitpython", [
      "import board, digitalio, neopixel_write",
      "pin = digitalio.DigitalInOut(board.GP0)",
      "pin.switch_to_output()",
      "buf = bytearray(24)",
      "i = 0",
      "while True:",
      "    buf[0] = i & 255",
      "    neopixel_write.neopixel_write(pin, buf)",
      "    i += 1",
    ], 0.5);
    const shown = frames(events);
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.every((f) => f.pixels!.length === 8)).toBe(true);
    // Each frame is 24 bytes at 800 kHz (240 µs); the firmware waits for its raw tick before the next one.
    const gaps = shown.slice(1).map((f, n) => f.t - shown[n].t);
    expect(Math.min(...gaps)).toBeGreaterThan(240 + 50);
  });

  it("sleep_us loops and busy loops take about a board's time", () => {
    const { out } = runFast("micropython", [
      "import time",
      "t0 = time.ticks_us()",
      "for i in range(20000):",
      "    time.sleep_us(10)",
      "print(time.ticks_diff(time.ticks_us(), t0))",
      "t0 = time.ticks_us()",
      "x = 0",
      "for i in range(100000):",
      "    x += i",
      "print(time.ticks_diff(time.ticks_us(), t0))",
    ], 5);
    const [sleeps, busy] = out.trim().split("\n").map(Number);
    // 20 000 × 10 µs of sleep plus the loop's own time (a few µs a turn on a Pico).
    expect(sleeps).toBeGreaterThanOrEqual(200_000);
    expect(sleeps).toBeLessThan(600_000);
    // 100 000 turns of a small loop: a few µs each on MicroPython at 125 MHz.
    expect(busy).toBeGreaterThan(200_000);
    expect(busy).toBeLessThan(1_500_000);
  });
});
