// `pyco run` programs see a simulated Pico (machine works, time is virtual with --fast) and a drive they can't escape.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProgram } from "./run-program";

function run(dir: string, flavor: "micropython" | "circuitpython" = "micropython", more: { maxTime?: number; trace?: string } = {}) {
  let out = "";
  const status = runProgram({
    target: dir, flavor, float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [], debug: false,
    write: (_fd, text) => void (out += text), ...more,
  });
  return { status, out };
}

function project(file: string, lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-run-"));
  fs.writeFileSync(path.join(dir, file), lines.join("\n") + "\n");
  return dir;
}

function traceOf(file: string): Record<string, unknown>[] {
  return fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
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

  it("imports as a board does: sys.path per flavour, .py over .mpy, .mpy explained, extra folders not searched, user files shadow libraries", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-imports-"));
    const write = (p: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), text);
    };
    write("lib/both.py", "print('both.py')\n");
    write("lib/both.mpy", "M\x06binary");
    write("lib/compiled.mpy", "M\x06binary");
    write("lib/neopixel/neopixel.py", "class NeoPixel: pass\n");
    write("lib/shadowed.py", "print('library version')\n");
    write("shadowed.py", "print('user version')\n");
    write(
      "code.py",
      [
        "import sys",
        "print(sys.path)",
        "import both, shadowed",
        "try:",
        "    import compiled",
        "except ImportError as e:",
        "    print(e)",
        "import neopixel",
        "try:",
        "    neopixel.NeoPixel",
        "except AttributeError as e:",
        "    print('AttributeError:', e)",
      ].join("\n"),
    );
    const { out } = run(dir, "circuitpython");
    expect(out.split("\n")).toEqual([
      "['', '/', '.frozen', '/lib']",
      "both.py",
      "user version",
      "can't import 'compiled' from /lib/compiled.mpy: .mpy files (compiled MicroPython) can't run in the simulator yet. Add the library's .py version to /lib/ (library bundles have a py folder).",
      "AttributeError: 'module' object has no attribute 'NeoPixel'",
      "",
    ]);
    fs.renameSync(path.join(dir, "code.py"), path.join(dir, "main.py"));
    expect(run(dir, "micropython").out.split("\n")[0]).toBe("['', '.frozen', '/lib']");
  });

  it("--duration stops a busy loop at the deadline as a clean exit, and --trace records what the board did", () => {
    const dir = project("code.py", [
      "import board, digitalio, time",
      "led = digitalio.DigitalInOut(board.LED)",
      "led.switch_to_output()",
      "print('start')",
      "while True:",
      "    led.value = not led.value",
      "    t = time.monotonic_ns()",
      "    while time.monotonic_ns() - t < 250_000_000:",
      "        pass",
    ]);
    const trace = path.join(dir, "trace.jsonl");
    const { status, out } = run(dir, "circuitpython", { maxTime: 2, trace });
    expect(out).toBe("start\n");
    expect(status).toBe(0);
    const events = traceOf(trace);
    const edges = events.filter((e) => e.type === "gpio" && e.pin === 25);
    expect(edges.length).toBe(8);
    // A clock-watching loop ends when the clock gets there (within a few µs), not a poll interval later.
    expect(Math.abs((edges[1].t as number) - (edges[0].t as number) - 250_000)).toBeLessThan(100);
    expect(events[events.length - 1]).toMatchObject({ type: "end", reason: "deadline" });
  });

  it("keeps a MicroPython board's timers running after main.py ends, until the deadline", () => {
    const dir = project("main.py", [
      "from machine import Pin, Timer",
      "led = Pin('LED', Pin.OUT)",
      "Timer(period=100, callback=lambda t: led.toggle())",
    ]);
    const trace = path.join(dir, "trace.jsonl");
    expect(run(dir, "micropython", { maxTime: 1, trace }).status).toBe(0);
    const edges = traceOf(trace).filter((e) => e.type === "gpio" && e.pin === 25);
    expect(edges.length).toBeGreaterThanOrEqual(9);
  });

  it("--duration still reports an uncaught exception before the deadline", () => {
    const dir = project("main.py", ["import time", "time.sleep(0.5)", "raise ValueError('late')"]);
    const trace = path.join(dir, "trace.jsonl");
    const { status, out } = run(dir, "micropython", { maxTime: 10, trace });
    expect(status).toBe(1);
    expect(out).toMatch(/ValueError: late/);
    const end = traceOf(trace).at(-1)!;
    expect(end).toMatchObject({ type: "end", reason: "exception", exception: "ValueError: late" });
    expect(Math.abs((end.t as number) - 500_000)).toBeLessThan(1000);
  });

  it("powers on as the firmware does: CircuitPython's drive is read-only to code unless boot.py remounts it", () => {
    const code = ["try:", "    open('/log.txt', 'a').write('x')", "    print('wrote')", "except OSError as e:", "    print('OSError', e.args[0])"];
    const plain = project("code.py", code);
    expect(run(plain, "circuitpython").out).toBe("OSError 30\n");
    const booted = project("code.py", code);
    fs.writeFileSync(path.join(booted, "boot.py"), "import storage\nstorage.remount('/', readonly=False)\nprint('boot')\n");
    expect(run(booted, "circuitpython").out).toBe("boot\nwrote\n");
    expect(fs.readFileSync(path.join(booted, "log.txt"), "utf8")).toBe("x");
    const mp = project("main.py", ["print(booted)"]);
    fs.writeFileSync(path.join(mp, "boot.py"), "booted = 'from boot.py'\n");
    expect(run(mp, "micropython").out).toMatch(/NameError|from boot.py/);
  });

  it("boots again after machine.reset(), a watchdog timeout or microcontroller.reset(), until the deadline", () => {
    const wdt = project("main.py", ["from machine import WDT", "print('boot')", "wdt = WDT(timeout=4000)"]);
    expect(run(wdt, "micropython", { maxTime: 10 })).toEqual({ status: 0, out: "boot\nboot\nboot\n" });
    const cp = project("code.py", ["import microcontroller, time", "print('start')", "time.sleep(4)", "microcontroller.reset()"]);
    expect(run(cp, "circuitpython", { maxTime: 10 })).toEqual({ status: 0, out: "start\nstart\nstart\n" });
  });
});
