// The real driver libraries (/work/shared/libraries, as they sit in CIRCUITPY/lib or /lib) running on the simulated
// parts: MicroPython's ssd1306 and dht, Adafruit's ssd1306 + framebuf, bme280, mcp9808, dht, hcsr04 and hid.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Interpreter } from "../runtime/interpreter";
import { makeMemoryHost } from "../runtime/host";
import { InterpreterAbort } from "../runtime/traceback";
import { SimulatedBoard, attachBoard } from "../../simulator/board";
import { MemoryDrive } from "../../board/memory-drive";
import { pollHardware } from "./index";
import type { OledPart } from "../../simulator/parts/oled";
import type { CharLcdPart } from "../../simulator/parts/char-lcd";
import type { PartConfig } from "../../simulator/parts/part";

const LIBRARIES = process.env.PYCO_LIBRARIES ?? "/work/shared/libraries";
type Flavor = "micropython" | "circuitpython";

/** Every file of the named libraries, as lib/... drive files (CircuitPython's font5x8.bin goes to the root). */
function libraryFiles(flavor: Flavor, names: string[]): { path: string; data: Uint8Array }[] {
  const out: { path: string; data: Uint8Array }[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir)) {
      if (entry === "LICENSE") continue;
      const full = path.join(dir, entry);
      if (fs.statSync(full).isDirectory()) walk(full, `${rel}/${entry}`);
      else out.push({ path: entry.endsWith(".bin") ? entry : `lib${rel}/${entry}`, data: fs.readFileSync(full) });
    }
  };
  for (const name of names) walk(path.join(LIBRARIES, flavor, name), "");
  return out;
}

/** Runs `code` as the board's main file with the libraries on its drive and `parts` wired; stops after `seconds`. */
function runProject(flavor: Flavor, code: string, libs: string[], parts: PartConfig[], seconds = 5): { out: string; board: SimulatedBoard } {
  let out = "";
  // As `pyco run --fast`: busy-waiting loops see time pass 100 µs per poll.
  const board = new SimulatedBoard({ mode: "virtual", usPerPoll: 100 });
  board.chip.parts.wireAll(parts, (m) => (out += `wiring: ${m}\n`));
  const memoryHost = makeMemoryHost((s) => (out += s));
  const drive = new MemoryDrive();
  const main = flavor === "circuitpython" ? "code.py" : "main.py";
  drive.load([...libraryFiles(flavor, libs), { path: main, data: new TextEncoder().encode(code) }]);
  memoryHost.fs = drive;
  const limitUs = seconds * 1_000_000;
  const host = attachBoard(memoryHost, board, {
    onPoll: () => {
      pollHardware();
      if (board.ticksUs() > limitUs) throw new InterpreterAbort("time limit");
    },
  });
  try {
    new Interpreter(host, { flavor }).runMain("/" + main);
  } catch (e) {
    if (!(e instanceof InterpreterAbort)) throw e;
  }
  return { out, board };
}

const I2C = { sda: 4, scl: 5 };
const have = fs.existsSync(LIBRARIES);

describe.skipIf(!have)("MicroPython drivers", () => {
  it("ssd1306.py draws framebuf text on the SSD1306", () => {
    const { out, board } = runProject("micropython", [
      "from machine import I2C",
      "from ssd1306 import SSD1306_I2C",
      "oled = SSD1306_I2C(128, 64, I2C(0))",
      "oled.fill(0)",
      "oled.text('Pico', 0, 0)",
      "oled.show()",
      "print('shown')",
    ].join("\n"), ["ssd1306"], [{ kind: "ssd1306", pins: I2C }]);
    expect(out).toBe("shown\n");
    const oled = board.chip.parts.find("ssd1306") as OledPart;
    const rows = oled.text().split("\n");
    // framebuf's 8×8 font: the text lights the first text row (four characters wide) and nothing else.
    expect(rows.slice(0, 8).join("").split("").filter((c) => c === "#").length).toBeGreaterThan(20);
    expect(rows.slice(0, 8).every((r) => !r.slice(32).includes("#"))).toBe(true);
    expect(rows.slice(8).every((r) => !r.includes("#"))).toBe(true);
  });

  it("dht.py reads the DHT22 through machine.dht_readinto", () => {
    const { out } = runProject("micropython", [
      "import dht, machine",
      "d = dht.DHT22(machine.Pin(16))",
      "d.measure()",
      "print(d.temperature(), d.humidity())",
    ].join("\n"), ["dht"], [{ kind: "dht22", pins: { data: 16 }, options: { temperature: -4.5, humidity: 71 } }]);
    expect(out).toBe("-4.5 71.0\n");
  });
});

describe.skipIf(!have)("CircuitPython drivers", () => {
  it("adafruit_ssd1306 with adafruit_framebuf shows its text on a 128×32 panel", () => {
    const { out, board } = runProject("circuitpython", [
      "import board, adafruit_ssd1306",
      "oled = adafruit_ssd1306.SSD1306_I2C(128, 32, board.STEMMA_I2C())",
      "oled.fill(0)",
      "oled.text('Hi', 0, 0, 1)",
      "oled.show()",
      "print('ok')",
    ].join("\n"), ["adafruit_ssd1306", "adafruit_framebuf"], [{ kind: "ssd1306", pins: I2C, options: { height: 32 } }]);
    expect(out).toBe("ok\n");
    const px = (board.chip.parts.find("ssd1306") as OledPart).pixels();
    expect(px.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(px.subarray(128 * 8).every((p) => p === 0)).toBe(true);
  });

  it("adafruit_bme280 reads the values set on the BME280, and adafruit_mcp9808 the MCP9808's", () => {
    const { out } = runProject("circuitpython", [
      "import board, adafruit_mcp9808",
      "from adafruit_bme280 import basic as adafruit_bme280",
      "i2c = board.STEMMA_I2C()",
      "bme = adafruit_bme280.Adafruit_BME280_I2C(i2c)",
      "print('%.1f %.1f %.0f' % (bme.temperature, bme.pressure, bme.humidity))",
      "print(adafruit_mcp9808.MCP9808(i2c).temperature)",
    ].join("\n"), ["adafruit_bme280", "adafruit_mcp9808", "adafruit_register"], [
      { kind: "bme280", pins: I2C, options: { temperature: 22.2, pressure: 1001.3, humidity: 48 } },
      { kind: "mcp9808", pins: I2C, options: { temperature: 19.0625 } },
    ]);
    expect(out).toBe("22.2 1001.3 48\n19.0625\n");
  });

  it("adafruit_dht (pulseio) and adafruit_hcsr04 read their sensors", () => {
    const { out } = runProject("circuitpython", [
      "import board, adafruit_dht, adafruit_hcsr04",
      "dht = adafruit_dht.DHT11(board.GP15)",
      "print(dht.temperature, dht.humidity)",
      "sonar = adafruit_hcsr04.HCSR04(trigger_pin=board.GP2, echo_pin=board.GP3)",
      "print(round(sonar.distance))",
    ].join("\n"), ["adafruit_dht", "adafruit_hcsr04"], [
      { kind: "dht11", pins: { data: 15 }, options: { temperature: 26, humidity: 38 } },
      { kind: "hcsr04", pins: { trigger: 2, echo: 3 }, options: { distance: 77 } },
    ]);
    expect(out).toBe("26.0 38\n77\n");
  });

  it("adafruit_character_lcd drives a 16×2 LCD on GPIO, custom characters included", () => {
    const { out, board } = runProject("circuitpython", [
      "import board, digitalio",
      "import adafruit_character_lcd.character_lcd as characterlcd",
      "pins = [digitalio.DigitalInOut(p) for p in (board.GP0, board.GP1, board.GP2, board.GP3, board.GP4, board.GP5)]",
      "lcd = characterlcd.Character_LCD_Mono(*pins, 16, 2)",
      "lcd.message = 'Hello\\nCircuitPython'",
      "lcd.create_char(0, [0, 10, 31, 31, 14, 4, 0, 0])",
      "lcd.cursor_position(14, 0)",
      "lcd.message = '\\x00'",
    ].join("\n"), ["adafruit_character_lcd"], [{ kind: "lcd-gpio", pins: { rs: 0, e: 1, d4: 2, d5: 3, d6: 4, d7: 5 } }]);
    expect(out).toBe("");
    const lcd = board.chip.parts.find("lcd-gpio") as CharLcdPart;
    expect(lcd.lines()).toEqual(["Hello         \x00 ", "CircuitPython   "]);
    expect((lcd.state().customChars as number[][])[0]).toEqual([0, 10, 31, 31, 14, 4, 0, 0]);
  });

  it("adafruit_hid types on the computer's keyboard", () => {
    const { out, board } = runProject("circuitpython", [
      "import usb_hid",
      "from adafruit_hid.keyboard import Keyboard",
      "from adafruit_hid.keyboard_layout_us import KeyboardLayoutUS",
      "KeyboardLayoutUS(Keyboard(usb_hid.devices)).write('Hi, Pico!')",
    ].join("\n"), ["adafruit_hid"], []);
    expect(out).toBe("");
    expect(board.chip.usb.typedText()).toBe("Hi, Pico!");
  });
});
