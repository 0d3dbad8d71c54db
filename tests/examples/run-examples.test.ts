// Every example project runs for 5 s of board time on the CLI's simulated Pico, wired by its own wiring.json, without
// an exception, and does what its comments promise: checked from its output, the board's trace (pin edges, PWM,
// NeoPixel frames, I2C, USB) and, for inputs, a button pressed or a knob turned on the board's clock.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLES, exampleFiles, exampleId, type ExampleInfo } from "../../src/examples";
import type { SimulatedBoard } from "../../src/simulator/board";
import type { OledPart } from "../../src/simulator/parts/oled";
import { runProject, writeProject, type ProjectRun, type TraceEvent } from "./run-project";

const BOARD_SECONDS = 5;
const MS = 1000;

/** What an example does to the board during its run (inputs on the board's clock), before the program starts. */
type Inputs = (board: SimulatedBoard) => void;

/** Checks on a run: its output, trace and the board at the end. */
type Check = (run: ProjectRun, board: SimulatedBoard) => void;

/** Presses the button part at `atMs` for `forMs`; `bounces` quick on/off flips before it settles. */
function press(board: SimulatedBoard, atMs: number, forMs: number, bounces = 0): void {
  const button = board.chip.parts.list().find((p) => p.config().kind === "button")!;
  const clock = board.chip.clock;
  for (let i = 0; i < bounces * 2; i++) clock.at((atMs + i) * MS, () => button.set("pressed", i % 2 === 0));
  clock.at((atMs + bounces * 2) * MS, () => button.set("pressed", true));
  clock.at((atMs + bounces * 2 + forMs) * MS, () => button.set("pressed", false));
}

function turnKnob(board: SimulatedBoard, atMs: number, position: number): void {
  const pot = board.chip.parts.list().find((p) => p.config().kind === "potentiometer")!;
  board.chip.clock.at(atMs * MS, () => pot.set("position", position));
}

const gpio = (run: ProjectRun, pin: number) => run.events.filter((e) => e.type === "gpio" && e.pin === pin);
const pwmOn = (run: ProjectRun, pin: number) => run.events.filter((e) => e.type === "pwm" && (e.pins as number[]).includes(pin));
const gaps = (events: TraceEvent[]) => events.slice(1).map((e, i) => (e.t - events[i].t) / MS);

/** A pin toggling steadily: levels alternate, `count` edges or more, each `periodMs` apart (± 2 ms). */
function expectToggling(edges: TraceEvent[], count: number, periodMs: number): void {
  expect(edges.length).toBeGreaterThanOrEqual(count);
  edges.forEach((e, i) => i > 0 && expect(e.level, `edge ${i}`).not.toBe(edges[i - 1].level));
  for (const gap of gaps(edges)) expect(Math.abs(gap - periodMs), `gap ${gap} ms`).toBeLessThanOrEqual(2);
}

/** The duty (0..1) of GP15's PWM channel (slice 7, B) in each PWM event. */
const ledDuty = (run: ProjectRun) => pwmOn(run, 15).map((e) => (e.duty as number[])[1]);

interface ExampleCheck {
  /** Output each example must print within its 5 s (either flavour's wording). */
  prints: RegExp;
  inputs?: Inputs;
  check: Check;
}

const CHECKS: Record<string, ExampleCheck> = {
  blink: {
    prints: /LED on\nLED off\nLED on/,
    check: (run) => expectToggling(gpio(run, 15), 9, 500),
  },
  "button-debounce": {
    prints: /Press the button on GP14\nPressed 1 times\nPressed 2 times\n$/,
    // A clean press, a 5 ms glitch (shorter than the 20 ms debounce: ignored), then a press that bounces 3 times.
    inputs: (board) => {
      press(board, 1000, 100);
      press(board, 2000, 5);
      press(board, 3000, 100, 3);
    },
    check: (run) => {
      const led = gpio(run, 15);
      // Toggled by each counted press, once the reading has been steady for 20 ms.
      expect(led.map((e) => e.level)).toEqual([1, 0]);
      expect(led[0].t / MS).toBeGreaterThanOrEqual(1020);
      expect(led[0].t / MS).toBeLessThan(1030);
      expect(led[1].t / MS).toBeGreaterThanOrEqual(3026);
      expect(led[1].t / MS).toBeLessThan(3036);
    },
  },
  "pwm-fade": {
    prints: /Fading in\nFading out\nFading in/,
    check: (run) => {
      const duty = ledDuty(run);
      expect(duty.length).toBeGreaterThan(100);
      expect(Math.min(...duty)).toBeLessThan(0.05);
      expect(Math.max(...duty)).toBeGreaterThan(0.95);
      const peak = duty.indexOf(Math.max(...duty));
      expect(duty.slice(0, peak).every((d, i) => i === 0 || d >= duty[i - 1]), "brightens up to the peak").toBe(true);
      expect(duty[peak + 10]).toBeLessThan(duty[peak]); // then dims
    },
  },
  "potentiometer-led": {
    prints: /Knob at 50 %\nKnob at 2[45] %\n$/,
    inputs: (board) => turnKnob(board, 2000, 0.25),
    check: (run) => {
      const duty = ledDuty(run).filter((d) => d > 0);
      expect(duty[0]).toBeCloseTo(0.5, 1);
      expect(duty.at(-1)).toBeCloseTo(0.25, 1);
    },
  },
  temperature: {
    prints: /Chip temperature: \d+\.\d C\n.*\n.*C/,
    check: (run) => {
      const readings = [...run.out.matchAll(/(\d+\.\d) C/g)].map((m) => Number(m[1]));
      expect(readings.length).toBeGreaterThanOrEqual(3);
      for (const t of readings) {
        expect(t).toBeGreaterThan(10);
        expect(t).toBeLessThan(40);
      }
    },
  },
  "neopixel-rainbow": {
    prints: /Rainbow on 8 NeoPixels on GP16/,
    check: (run, board) => {
      const frames = run.events.filter((e) => e.type === "neopixel" && e.pin === 16).map((e) => e.pixels as number[][]);
      expect(frames.length).toBeGreaterThan(100);
      expect(new Set(frames.map((f) => JSON.stringify(f))).size).toBeGreaterThan(50);
      const last = frames.at(-1)!;
      expect(last).toHaveLength(8);
      expect(new Set(last.map((p) => JSON.stringify(p))).size, "8 different colours at once").toBe(8);
      expect(last.every((p) => p.some((c) => c > 0)), "every pixel lit").toBe(true);
      // The strip part from wiring.json shows the same colours.
      const strip = board.chip.parts.list().find((p) => p.config().kind === "neopixel-strip")!;
      expect(JSON.stringify(strip.state())).toContain(JSON.stringify(last[0]).slice(1, -1));
    },
  },
  "oled-hello": {
    prints: /I2C devices found: \['0x3c'\]\nDrew hello on the OLED/,
    check: (run, board) => {
      expect(run.events.some((e) => e.type === "i2c" && e.addr === 0x3c && e.ack === true && (e.bytes as number[]).length > 100)).toBe(true);
      const oled = board.chip.parts.list().find((p) => p.config().kind === "ssd1306") as OledPart;
      const lit = oled.pixels().reduce((n, v) => n + v, 0);
      expect(lit).toBeGreaterThan(400); // a border (380 pixels), "hello" and a face
      expect(oled.text()).toMatch(/^#{128}\n(#\.{126}#\n){5}/);
    },
  },
  "pio-blink": {
    prints: /blinking the LED[^\n]*\nCPU still free after 1 s\n[^]*after 4 s/,
    // 999 cycles at 2000 Hz: 499.5 ms a half period, kept by the state machine while the CPU sleeps.
    check: (run) => expectToggling(gpio(run, 25), 9, 499.5),
  },
  "usb-hid-macro": {
    prints: /Press the button on GP14 to type the macro\nTyped the macro\n$/,
    inputs: (board) => press(board, 1000, 200),
    check: (run, board) => {
      expect(board.chip.usb.typedText()).toBe("Hello from Pico!\n");
      expect(run.events.filter((e) => e.type === "usb").length).toBeGreaterThan(16);
    },
  },
  "asyncio-tasks": {
    prints: /Two tasks[^\n]*\nTick 1\nTick 2\nTick 3\nTick 4\nTick 5\n$/,
    check: (run) => expectToggling(gpio(run, 15), 19, 250),
  },
};

const root = mkdtempSync(join(tmpdir(), "pyco-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runExample(example: ExampleInfo, inputs?: Inputs): { run: ProjectRun; board: SimulatedBoard } {
  const dir = writeProject(join(root, exampleId(example)), exampleFiles(example));
  let board: SimulatedBoard | undefined;
  const onBoard = (b: SimulatedBoard) => {
    board = b;
    inputs?.(b);
  };
  const run = runProject(dir, example.flavor, BOARD_SECONDS, { onBoard });
  return { run, board: board! };
}

describe("example projects", () => {
  for (const example of EXAMPLES) {
    const id = exampleId(example);
    it(`${id} runs for ${BOARD_SECONDS} s of board time and does what it says`, () => {
      const expected = CHECKS[example.slug]!;
      const { run, board } = runExample(example, expected.inputs);
      expect(run.err, `${id} wrote to stderr`).toBe("");
      expect(run.status, `${id} exit status; output:\n${run.out}`).toBe(0);
      expect(run.events.at(-1)).toMatchObject({ type: "end", reason: "deadline" });
      expect(run.out).toMatch(expected.prints);
      expected.check(run, board);
    }, 60_000);
  }

  it("every example has its main file, its wiring.json, checks, and files only from its own folder", () => {
    for (const example of EXAMPLES) {
      const paths = exampleFiles(example).map((f) => f.path);
      expect(paths).toContain(example.flavor === "micropython" ? "main.py" : "code.py");
      expect(paths).toContain("lib/");
      expect(paths).toContain("wiring.json");
      expect(CHECKS[example.slug], example.slug).toBeDefined();
    }
  });
});
