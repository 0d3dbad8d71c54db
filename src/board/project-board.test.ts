// The board a project targets: wiring.json's "board" (checked, with the known ids when unknown), --board over it,
// and the project's code read with the target board's pin names for the default wiring.
import { describe, expect, it } from "vitest";
import { findBoard } from "../interpreter/hardware/boards/index";
import { codeWithGpioNames, namesOnlyBoard, projectBoard, wiringBoard } from "./project-board";
import { projectParts, type ProjectFiles } from "./project-wiring";

const feather = findBoard("adafruit_feather_rp2040")!;

function files(map: Record<string, string>): ProjectFiles {
  return { readText: (p) => map[p] ?? null, topLevelPython: () => Object.keys(map).filter((p) => p.endsWith(".py")) };
}

describe("wiring.json's board", () => {
  it("is read as a board id (or MicroPython's build name), canonical", () => {
    expect(wiringBoard('{"board": "adafruit_feather_rp2040", "parts": []}')).toEqual({ board: "adafruit_feather_rp2040", error: null });
    expect(wiringBoard('{"board": "RPI_PICO_W", "parts": []}').board).toBe("raspberry_pi_pico_w");
    expect(wiringBoard('{"parts": []}')).toEqual({ board: null, error: null });
    expect(wiringBoard("[]")).toEqual({ board: null, error: null });
  });

  it("reports an unknown id plainly, with the known ones", () => {
    const read = wiringBoard('{"board": "feather", "parts": []}');
    expect(read.board).toBeNull();
    expect(read.error).toBe("wiring.json: unknown board 'feather': known boards are raspberry_pi_pico, raspberry_pi_pico_w, adafruit_feather_rp2040, adafruit_itsybitsy_rp2040, adafruit_qtpy_rp2040, adafruit_kb2040, adafruit_metro_rp2040");
    expect(wiringBoard('{"board": 5}').error).toContain('"board" must be a board id');
  });

  it("falls back to the Pico when absent or wrong; --board wins over it", () => {
    expect(projectBoard(null).board.id).toBe("raspberry_pi_pico");
    expect(projectBoard('{"board": "nope", "parts": []}')).toMatchObject({ board: { id: "raspberry_pi_pico" }, errors: [expect.stringContaining("unknown board 'nope'")] });
    expect(projectBoard('{"board": "adafruit_kb2040", "parts": []}', "adafruit_qtpy_rp2040").board.id).toBe("adafruit_qtpy_rp2040");
  });

  it("may stand alone: a file naming only the board takes its parts from the code", () => {
    expect(namesOnlyBoard('{"board": "adafruit_feather_rp2040"}')).toBe(true);
    expect(namesOnlyBoard('{"board": "adafruit_feather_rp2040", "parts": []}')).toBe(false);
    const parts = projectParts(files({
      "/wiring.json": '{"board": "adafruit_feather_rp2040"}',
      "/code.py": "import board, neopixel\npixels = neopixel.NeoPixel(board.D6, 30)\n",
    }), "circuitpython").parts;
    expect(parts).toEqual([{ kind: "neopixel-strip", pins: { data: 8 }, options: { count: 30 } }]);
  });
});

describe("the code as the default wiring reads it", () => {
  it("spells the target board's pin names and buses as GPIOs", () => {
    expect(codeWithGpioNames("a = board.D5\nb = board.NEOPIXEL\nc = board.GP5\n", feather)).toBe("a = board.GP7\nb = board.GP16\nc = board.GP5\n");
    expect(codeWithGpioNames("i2c = board.I2C()\nspi = board.SPI()", feather)).toBe("i2c = busio.I2C(board.GP3, board.GP2)\nspi = busio.SPI(board.GP18, board.GP19, board.GP20)");
    expect(codeWithGpioNames("i2c = board.I2C()", findBoard("raspberry_pi_pico")!)).toBe("i2c = board.I2C()");
    expect(codeWithGpioNames("from board import SCL, SDA\ni2c = busio.I2C(SCL, SDA)  # SCL_PIN", feather)).toBe("from board import SCL, SDA\ni2c = busio.I2C(board.GP3, board.GP2)  # SCL_PIN");
  });

  it("wires a BME280 on the Feather's I2C pins for board.I2C()", () => {
    const parts = projectParts(files({
      "/wiring.json": '{"board": "adafruit_feather_rp2040"}',
      "/code.py": "import board\nfrom adafruit_bme280 import basic\nbme = basic.Adafruit_BME280_I2C(board.I2C())\n",
    }), "circuitpython").parts;
    expect(parts).toEqual([{ kind: "bme280", pins: { sda: 2, scl: 3 }, address: 0x77 }]);
  });
});
