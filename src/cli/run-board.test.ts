// `pyco run` programs see a simulated Pico (machine works, time is virtual with --fast) and a drive they can't escape.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProgram } from "./run-program";

function run(dir: string, flavor: "micropython" | "circuitpython" = "micropython") {
  let out = "";
  const status = runProgram({
    target: dir, flavor, float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [], debug: false,
    write: (_fd, text) => void (out += text),
  });
  return { status, out };
}

describe("pyco run with a simulated board", () => {
  it("blinks the LED on the virtual clock and keeps files inside the project folder", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-run-"));
    fs.writeFileSync(
      path.join(dir, "main.py"),
      [
        "from machine import Pin",
        "import time",
        "led = Pin('LED', Pin.OUT)",
        "t0 = time.ticks_ms()",
        "for i in range(3):",
        "    led.toggle()",
        "    print(led.value(), time.ticks_diff(time.ticks_ms(), t0))",
        "    time.sleep(0.5)",
        "with open('/../../outside.txt', 'w') as f:",
        "    f.write('x')",
      ].join("\n"),
    );
    const { status, out } = run(dir);
    expect(out).toBe("1 0\n0 500\n1 1000\n");
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, "outside.txt"))).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(path.dirname(dir)), "outside.txt"))).toBe(false);
  });

  it("gives CircuitPython programs board and digitalio", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-run-"));
    fs.writeFileSync(path.join(dir, "code.py"), "import board, digitalio\nled = digitalio.DigitalInOut(board.LED)\nled.direction = digitalio.Direction.OUTPUT\nled.value = True\nprint(led.value)\n");
    expect(run(dir, "circuitpython").out).toBe("True\n");
  });
});
