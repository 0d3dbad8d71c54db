// Every example project runs for 5 s of board time on the CLI's simulated Pico without an exception, and prints
// what its comments promise. Examples the simulator can't run yet are listed in PENDING with the reason.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runProgram } from "../../src/cli/run-program";
import { EXAMPLES, exampleFiles, exampleId, type ExampleInfo } from "../../src/examples";

const BOARD_SECONDS = 5;

/** Output each example must print within its 5 s (flattened, so either flavour's wording can be matched). */
const EXPECTED: Record<string, RegExp> = {
  blink: /LED on\nLED off\nLED on/,
  "button-debounce": /Press the button on GP14/,
  "pwm-fade": /Fading in\nFading out\nFading in/,
  "potentiometer-led": /Knob at \d+ %/,
  temperature: /Chip temperature: \d+\.\d C\n.*\n.*C/,
  "neopixel-rainbow": /Rainbow on 8 NeoPixels on GP16/,
  "oled-hello": /I2C devices found: \['0x3c'\]\nDrew hello on the OLED/,
  "pio-blink": /blinking the LED[^\n]*\nCPU still free after 1 s\n[^]*after 4 s/,
  "usb-hid-macro": /Press the button on GP14 to type the macro/,
  "asyncio-tasks": /Two tasks[^\n]*\nTick 1\nTick 2\nTick 3/,
};

/** Examples that can't run in the simulator yet, and why (each is still run: it must fail until fixed). */
const PENDING: Record<string, string> = {};

const root = mkdtempSync(join(tmpdir(), "pyco-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the example to a folder, as `pyco run DIR` takes a project. */
function writeExample(example: ExampleInfo): string {
  const dir = join(root, exampleId(example));
  for (const file of exampleFiles(example)) {
    const path = join(dir, file.path);
    if (file.data === undefined) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.data);
    }
  }
  return dir;
}

function run(example: ExampleInfo, showParts: boolean): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  const status = runProgram({
    target: writeExample(example),
    flavor: example.flavor,
    float: "single",
    fast: true,
    signal: new Int32Array(new SharedArrayBuffer(4)),
    argv: [],
    debug: false,
    maxTime: BOARD_SECONDS,
    showParts,
    write: (fd, text) => (fd === 1 ? (out += text) : (err += text)),
  });
  return { status, out: out.replace(/\r\n/g, "\n"), err };
}

describe("example projects", () => {
  for (const example of EXAMPLES) {
    const id = exampleId(example);
    const check = () => {
      // The OLED examples also print what the display shows (to stderr), to check the drawing reached it.
      const oled = example.parts.some((p) => p.kind === "ssd1306");
      const { status, out, err } = run(example, oled);
      if (oled) expect(err).toMatch(/\(ssd1306\) sda=GP4 scl=GP5 address=0x3c\n(#{128}\n)(#\.{126}#\n){5}[^]*#{20}/);
      else expect(err, `${id} wrote to stderr`).toBe("");
      expect(status, `${id} exit status; output:\n${out}`).toBe(0);
      expect(out).toMatch(EXPECTED[example.slug]!);
    };
    if (PENDING[id]) it.fails(`${id} (pending: ${PENDING[id]})`, check, 60_000);
    else it(`${id} runs for ${BOARD_SECONDS} s of board time`, check, 60_000);
  }

  it("every example has its main file, an expectation, and files only from its own folder", () => {
    for (const example of EXAMPLES) {
      const paths = exampleFiles(example).map((f) => f.path);
      expect(paths).toContain(example.flavor === "micropython" ? "main.py" : "code.py");
      expect(paths).toContain("lib/");
      expect(EXPECTED[example.slug], example.slug).toBeDefined();
    }
  });
});
