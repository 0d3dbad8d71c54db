// Programs running against the simulated board on its virtual clock: what the pins, PWM and ADC do over time,
// and how the program sees parts wired to the board (a button, a potentiometer).
import { describe, expect, it } from "vitest";
import { runOnBoard } from "./probe-runner";
import { SimulatedBoard as SimulatedBoardClass, attachBoard, type SimulatedBoard } from "../../simulator/board";
import { makeMemoryHost } from "../runtime/host";
import { Interpreter } from "../runtime/interpreter";
import { softResetHardware } from "./index";

/** Records every edge on a pin as [time in ms, level]. */
function recordEdges(board: SimulatedBoard, pin: number): [number, number][] {
  const edges: [number, number][] = [];
  board.chip.gpio.onChange(pin, (level) => edges.push([board.chip.clock.nowUs / 1000, level]));
  return edges;
}

describe("MicroPython on the simulated board", () => {
  it("blinks the LED: GP25 toggles every 0.5 s", () => {
    let edges: [number, number][] = [];
    const out = runOnBoard(
      `from machine import Pin
import time
led = Pin("LED", Pin.OUT)
for i in range(6):
    led.toggle()
    time.sleep(0.5)
print("done", time.ticks_ms() // 100 * 100)
`,
      "micropython",
      (board) => (edges = recordEdges(board, 25)),
    );
    expect(out).toBe("done 3000\n");
    // Sleeps move the clock exactly; the program's own statements cost a few µs of virtual time per poll.
    expect(edges.map(([t, level]) => [Math.round(t / 100) * 100, level])).toEqual([
      [0, 1], [500, 0], [1000, 1], [1500, 0], [2000, 1], [2500, 0],
    ]);
  });

  it("calls a button's IRQ handler on the falling edge", () => {
    const out = runOnBoard(
      `from machine import Pin
import time
presses = []
button = Pin(14, Pin.IN, Pin.PULL_UP)
button.irq(lambda p: presses.append((p.value(), time.ticks_ms() // 10 * 10)), Pin.IRQ_FALLING)
time.sleep(1)
print(presses)
`,
      "micropython",
      (board) => {
        // Pressed (to GND) at 300 ms, released at 400 ms, pressed again at 700 ms.
        board.chip.clock.at(300_000, () => board.chip.gpio.drive(14, 0));
        board.chip.clock.at(400_000, () => board.chip.gpio.drive(14, null));
        board.chip.clock.at(700_000, () => board.chip.gpio.drive(14, 0));
      },
    );
    expect(out).toBe("[(0, 300), (0, 700)]\n");
  });

  it("sets a PWM duty the chip outputs and the program reads back", () => {
    let board!: SimulatedBoard;
    const out = runOnBoard(
      `from machine import Pin, PWM
pwm = PWM(Pin(15), freq=1000, duty_u16=16384)
print(pwm.freq(), pwm.duty_u16())
`,
      "micropython",
      (b) => (board = b),
    );
    expect(out).toBe("1000 16384\n");
    // DIV 31/16 and TOP 64515: 1000.002 Hz, which freq() rounds to 1000.
    expect(board.chip.pwm.frequencyHz(7)).toBeCloseTo(1000, 2);
    expect(board.chip.pwm.dutyFraction(7, 1)).toBeCloseTo(0.25, 4);
  });

  it("reads a potentiometer turned while the program runs", () => {
    const out = runOnBoard(
      `from machine import ADC
import time
pot = ADC(26)
readings = []
for i in range(4):
    readings.append(pot.read_u16() * 33 // 65535)
    time.sleep_ms(100)
print(readings)
`,
      "micropython",
      (board) => {
        board.chip.adc.setVoltage(0, 0);
        board.chip.clock.at(50_000, () => board.chip.adc.setVoltage(0, 1.1));
        board.chip.clock.at(150_000, () => board.chip.adc.setVoltage(0, 2.2));
        board.chip.clock.at(250_000, () => board.chip.adc.setVoltage(0, 3.3));
      },
    );
    expect(out).toBe("[0, 11, 22, 33]\n");
  });

  it("fires a periodic Timer on the board's clock", () => {
    const out = runOnBoard(
      `from machine import Timer
import time
ticks = []
t = Timer(period=100, callback=lambda t: ticks.append(time.ticks_ms() // 10 * 10))
time.sleep_ms(450)
t.deinit()
print(ticks)
`,
      "micropython",
    );
    expect(out).toBe("[100, 200, 300, 400]\n");
  });
});

describe("CircuitPython on the simulated board", () => {
  it("blinks board.LED with digitalio", () => {
    let edges: [number, number][] = [];
    const out = runOnBoard(
      `import board, digitalio, time
led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT
for i in range(4):
    led.value = not led.value
    time.sleep(0.25)
print(led.value)
`,
      "circuitpython",
      (board) => (edges = recordEdges(board, 25)),
    );
    expect(out).toBe("False\n");
    expect(edges.map(([t, level]) => [Math.round(t / 50) * 50, level])).toEqual([[0, 1], [250, 0], [500, 1], [750, 0]]);
  });

  it("reports a key press through keypad events", () => {
    const out = runOnBoard(
      `import board, keypad, time
keys = keypad.Keys((board.GP2, board.GP3), value_when_pressed=False, pull=True)
time.sleep(0.5)
seen = []
while True:
    e = keys.events.get()
    if e is None:
        break
    seen.append((e.key_number, e.pressed))
print(seen)
`,
      "circuitpython",
      (board) => {
        board.chip.clock.at(100_000, () => board.chip.gpio.drive(3, 0));
        board.chip.clock.at(300_000, () => board.chip.gpio.drive(3, null));
      },
    );
    expect(out).toBe("[(1, True), (1, False)]\n");
  });

  it("counts falling edges with countio", () => {
    const out = runOnBoard(
      `import board, countio, time
c = countio.Counter(board.GP3, pull=None)
time.sleep(0.1)
print(c.count)
`,
      "circuitpython",
      (board) => {
        for (let i = 0; i < 5; i++) {
          board.chip.clock.at(10_000 + i * 10_000, () => board.chip.gpio.drive(3, 1));
          board.chip.clock.at(15_000 + i * 10_000, () => board.chip.gpio.drive(3, 0));
        }
      },
    );
    expect(out).toBe("5\n");
  });
});

describe("resets and timing", () => {
  it("resets the board when the watchdog is not fed", () => {
    let board!: SimulatedBoard;
    const out = runOnBoard(
      `from machine import WDT
import time
wdt = WDT(timeout=200)
for i in range(5):
    time.sleep_ms(100)
    wdt.feed()
print("fed for", time.ticks_ms() // 100 * 100)
while True:
    time.sleep_ms(50)
`,
      "micropython",
      (b) => (board = b),
    );
    expect(out).toBe("fed for 500\n");
    expect(board.takeResetRequest()).toBe("watchdog");
    expect(board.chip.system.resetCause).toBe("watchdog");
    expect(Math.round(board.chip.clock.nowUs / 10_000) * 10).toBe(700);
  });

  it("stops the program at machine.reset() and asks the board to reset", () => {
    let board!: SimulatedBoard;
    const out = runOnBoard(`import machine\nprint("before")\ntry:\n    machine.reset()\nexcept BaseException:\n    print("caught")\nprint("after")\n`, "micropython", (b) => (board = b));
    expect(out).toBe("before\n");
    expect(board.takeResetRequest()).toBe("hard");
  });

  it("times a pulse with time_pulse_us", () => {
    const out = runOnBoard(
      `from machine import Pin, time_pulse_us
echo = Pin(16, Pin.IN, Pin.PULL_DOWN)
print(time_pulse_us(echo, 1, 100000), time_pulse_us(echo, 1, 1000))
`,
      "micropython",
      (board) => {
        // An echo pulse of 580 µs (10 cm on an HC-SR04), starting 2 ms after the program starts.
        board.chip.clock.at(2_000, () => board.chip.gpio.drive(16, 1));
        board.chip.clock.at(2_580, () => board.chip.gpio.drive(16, 0));
      },
    );
    expect(out).toBe("580 -2\n");
  });
});

describe("errors in callbacks", () => {
  it("prints the traceback of a failing IRQ handler and goes on", () => {
    const out = runOnBoard(
      `from machine import Pin
import time
def handler(p):
    1 / 0
Pin(14, Pin.IN, Pin.PULL_UP).irq(handler, Pin.IRQ_FALLING)
time.sleep_ms(50)
print("still running")
`,
      "micropython",
      (board) => board.chip.clock.at(20_000, () => board.chip.gpio.drive(14, 0)),
    );
    expect(out).toBe(`Traceback (most recent call last):
  File "<stdin>", line 4, in handler
ZeroDivisionError: divide by zero
still running
`);
  });
});

describe("soft reset between programs", () => {
  it("releases what the last program held (CircuitPython reload)", () => {
    let output = "";
    const board = new SimulatedBoardClass({ mode: "virtual" });
    const host = attachBoard(makeMemoryHost((s) => (output += s)), board);
    const run = (source: string) => new Interpreter(host, { flavor: "circuitpython" }).runModule(source, "code.py");
    run(`import board, digitalio, pwmio
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(True)
p = pwmio.PWMOut(board.GP15, frequency=1000, duty_cycle=30000)
`);
    expect(board.chip.gpio.read(25)).toBe(1);
    softResetHardware();
    // The LED's pad is an input again (no longer driving the LED).
    expect(board.chip.gpio.isOutputEnabled(25)).toBe(false);
    expect(board.chip.pwm.slices[7].enabled).toBe(false);
    run(`import board, digitalio
d = digitalio.DigitalInOut(board.GP15)
print(d.direction)
`);
    expect(output).toBe("digitalio.Direction.INPUT\n");
  });
});

describe("sleeping until an interrupt", () => {
  it("wakes from lightsleep() on a pin IRQ", () => {
    const out = runOnBoard(
      `import machine, time
hits = []
machine.Pin(9, machine.Pin.IN, machine.Pin.PULL_UP).irq(lambda p: hits.append(1), machine.Pin.IRQ_FALLING)
machine.lightsleep()
print(len(hits), time.ticks_ms() // 10 * 10)
`,
      "micropython",
      (board) => board.chip.clock.at(1_234_000, () => board.chip.gpio.drive(9, 0)),
    );
    expect(out).toBe("1 1230\n");
  });
});
