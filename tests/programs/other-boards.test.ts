// Which RP2040 board a program written for another board's pins was meant for (no programs are run here).
import { describe, expect, it } from "vitest";
import { intendedBoard, otherBoardsReport } from "./other-boards";
import type { ProgramEntry } from "./catalog";

const entry = (path: string, names: string[]): ProgramEntry => ({ path, flavor: "circuitpython", imports: [], hardware: [], needs_libs: [], non_pico_board_attrs: names });

describe("intendedBoard", () => {
  it("is the Feather RP2040 for library examples whose names it has", () => {
    expect(intendedBoard(entry("Adafruit_CircuitPython_NeoPixel/examples/neopixel_simpletest.py", ["NEOPIXEL"]))).toBe("adafruit_feather_rp2040");
    expect(intendedBoard(entry("Adafruit_CircuitPython_BME280/examples/bme280_simpletest.py", ["I2C"]))).toBe("adafruit_feather_rp2040");
  });

  it("is the next board with every name when the Feather lacks one (D7, D8: the Metro RP2040)", () => {
    expect(intendedBoard(entry("Adafruit_CircuitPython_CharLCD/examples/charlcd_customcharacter.py", ["D7", "D8", "D13"]))).toBe("adafruit_metro_rp2040");
  });

  it("is the board a guide names, and none for a Raspberry Pi's or Circuit Playground's names", () => {
    expect(intendedBoard(entry("Adafruit_Learning_System_Guides/CircuitPython_Tandy1000Keyboard_QTPy_RP2040/code.py", ["MISO", "MOSI", "RX", "SCK"]))).toBe("adafruit_qtpy_rp2040");
    expect(intendedBoard(entry("Adafruit_CircuitPython_DHT/examples/dht_simpletest.py", ["D18"]))).toBeNull();
    expect(intendedBoard(entry("Adafruit_CircuitPython_IRRemote/examples/irremote_simpletest.py", ["REMOTEIN"]))).toBeNull();
    // A name reached through getattr (not in the manifest) counts once the Pico run stopped at it.
    expect(intendedBoard(entry("Adafruit_CircuitPython_DHT/examples/dht_time_calibration_advance.py", []), "PG6")).toBeNull();
  });

  it("reports RP2040 programs apart from the others", () => {
    const report = otherBoardsReport([
      { path: "a.py", board: "adafruit_feather_rp2040", outcome: "ran", reason: "", wallMs: 1 },
      { path: "b.py", board: "adafruit_metro_rp2040", outcome: "failed", reason: "ValueError: x", wallMs: 1 },
      { path: "c.py", board: null, outcome: "no-rp2040-board", reason: "no RP2040 board has board.D18", wallMs: 0 },
    ]);
    expect(report.split("\n").at(-1)).toBe("programs written for other RP2040 boards: 1/2 ran with their board selected; 1 written for boards that aren't RP2040 boards");
  });
});
