// The RP2040 board definitions against facts from CircuitPython's pins.c / mpconfigboard.h and MicroPython's
// pins.csv, and what a program sees when the project targets one: its pin names, board.I2C(), its identity.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";
import { BOARDS, boardPinGpio, findBoard } from "./index";

const board = (id: string) => findBoard(id)!;

describe("board definitions", () => {
  it("have unique ids, names a firmware prints, and GPIOs 0..29", () => {
    expect(new Set(BOARDS.map((b) => b.id)).size).toBe(BOARDS.length);
    for (const b of BOARDS) {
      for (const [, gpio] of b.pins) expect(gpio >= 0 && gpio <= 29, `${b.id}`).toBe(true);
      expect(new Set(b.pins.map(([n]) => n)).size, `${b.id} repeats a name`).toBe(b.pins.length);
    }
  });

  it("match pins.c: Feather D5 is GPIO7, NEOPIXEL GPIO16, LED GPIO13, D0/RX GPIO1", () => {
    const feather = board("adafruit_feather_rp2040");
    expect([boardPinGpio(feather, "D5"), boardPinGpio(feather, "NEOPIXEL"), boardPinGpio(feather, "LED"), boardPinGpio(feather, "RX")]).toEqual([7, 16, 13, 1]);
    expect(boardPinGpio(feather, "D7")).toBeUndefined();
    expect(feather.i2c).toEqual({ scl: 3, sda: 2 });
    expect(feather.spi).toEqual({ clock: 18, mosi: 19, miso: 20 });
  });

  it("match pins.c: QT Py A0 is GPIO29, its STEMMA_I2C is the second bus (SCL1 GPIO23, SDA1 GPIO22)", () => {
    const qtpy = board("adafruit_qtpy_rp2040");
    expect(boardPinGpio(qtpy, "A0")).toBe(29);
    expect(boardPinGpio(qtpy, "NEOPIXEL_POWER")).toBe(11);
    expect(qtpy.i2c).toEqual({ scl: 25, sda: 24 });
    expect(qtpy.stemmaI2c).toEqual({ scl: 23, sda: 22 });
  });

  it("match pins.c for the ItsyBitsy, KB2040, Metro and Pico W", () => {
    expect(boardPinGpio(board("adafruit_itsybitsy_rp2040"), "NEOPIXEL")).toBe(17);
    expect(boardPinGpio(board("adafruit_kb2040"), "SCL")).toBe(13);
    expect(boardPinGpio(board("adafruit_metro_rp2040"), "NEOPIXEL")).toBe(14);
    expect(board("adafruit_metro_rp2040").i2c).toEqual({ scl: 17, sda: 16 });
    const picoW = board("raspberry_pi_pico_w");
    expect(boardPinGpio(picoW, "GP25")).toBeUndefined();
    expect(picoW.i2c).toBeUndefined();
    expect(picoW.micropython?.pins.find(([n]) => n === "LED")).toBeDefined();
  });

  it("are found by MicroPython's build name too", () => {
    expect(findBoard("RPI_PICO_W")?.id).toBe("raspberry_pi_pico_w");
    expect(findBoard("nope")).toBeUndefined();
  });
});

describe("a program for another board", () => {
  const program = "import board\nprint(board.board_id, board.D5, board.NEOPIXEL)\n";

  it("raises AttributeError on a Pico, with a hint naming the boards that have the pin", () => {
    const out = runOnBoard(program, "circuitpython");
    expect(out).toContain("AttributeError: 'module' object has no attribute 'D5'");
    expect(out).toContain("Hint: this is a Raspberry Pi Pico");
    expect(out).toContain('board.D5 is a pin of the Feather RP2040 (GPIO7)');
    expect(out).toContain('set "board": "adafruit_feather_rp2040"');
  });

  it("runs as written when the project targets the Feather RP2040", () => {
    expect(runOnBoard(program, "circuitpython", undefined, "adafruit_feather_rp2040")).toBe("adafruit_feather_rp2040 board.D5 board.NEOPIXEL\n");
  });

  it("names pins by the target board's names in errors (\"D5 in use\")", () => {
    const out = runOnBoard("import board, digitalio\na = digitalio.DigitalInOut(board.D5)\nb = digitalio.DigitalInOut(board.D5)\n", "circuitpython", undefined, "adafruit_feather_rp2040");
    expect(out).toContain("ValueError: D5 in use");
  });

  it("raises on the target board for a name it lacks, with its own pins in the hint", () => {
    const out = runOnBoard("import board\nboard.GP5\n", "circuitpython", undefined, "adafruit_feather_rp2040");
    expect(out).toContain("AttributeError: 'module' object has no attribute 'GP5'");
    expect(out).toContain("Hint: this is an Adafruit Feather RP2040: its board pins are A0, A1");
  });

  it("gets board.I2C() on the board's default pins, one shared bus", () => {
    const code = "import board\ni2c = board.I2C()\ni2c.try_lock()\nprint(i2c.scan(), i2c is board.I2C(), i2c is board.STEMMA_I2C())\n";
    const bmeOn = (sda: number, scl: number) => (b: Parameters<NonNullable<Parameters<typeof runOnBoard>[2]>>[0]) =>
      void b.chip.parts.wire({ kind: "bme280", pins: { sda, scl }, address: 0x77 });
    expect(runOnBoard(code, "circuitpython", bmeOn(2, 3), "adafruit_feather_rp2040")).toBe("[119] True True\n");
    // Wired to the Pico's GP4/GP5 instead, the Feather's bus finds no pull-ups, as a real one would.
    expect(runOnBoard(code, "circuitpython", bmeOn(4, 5), "adafruit_feather_rp2040")).toContain("RuntimeError: No pull up found on SDA or SCL");
  });

  it("gets the QT Py's STEMMA_I2C() on SCL1/SDA1, a bus of its own", () => {
    const code = "import board\ni2c = board.STEMMA_I2C()\ni2c.try_lock()\nprint(i2c.scan())\n";
    const setUp = (b: Parameters<NonNullable<Parameters<typeof runOnBoard>[2]>>[0]) => void b.chip.parts.wire({ kind: "mcp9808", pins: { sda: 22, scl: 23 }, address: 0x18 });
    expect(runOnBoard(code, "circuitpython", setUp, "adafruit_qtpy_rp2040")).toBe("[24]\n");
  });

  it("has board.SPI() and board.UART() where pins.c does", () => {
    const out = runOnBoard("import board\nprint(board.SPI() is board.SPI(), board.UART().baudrate)\n", "circuitpython", undefined, "adafruit_kb2040");
    expect(out).toBe("True 9600\n");
    expect(runOnBoard("import board\nboard.SPI()\n", "circuitpython", undefined, "raspberry_pi_pico_w")).toContain("AttributeError: 'module' object has no attribute 'SPI'");
  });

  it("reports the board in os.uname() and sys.implementation, per flavour", () => {
    const code = "import os, sys\nprint(os.uname().machine)\nprint(sys.implementation._build)\n";
    expect(runOnBoard(code, "circuitpython", undefined, "adafruit_feather_rp2040")).toBe("Adafruit Feather RP2040 with rp2040\nadafruit_feather_rp2040\n");
    expect(runOnBoard(code, "micropython", undefined, "raspberry_pi_pico_w")).toBe("Raspberry Pi Pico W with RP2040\nRPI_PICO_W\n");
    expect(runOnBoard(code, "micropython")).toBe("Raspberry Pi Pico with RP2040\nRPI_PICO\n");
  });

  it("gives MicroPython's Pin its board names: the Pico W's Pin('LED') is the wireless chip's WL_GPIO0", () => {
    const code = "from machine import Pin\nled = Pin('LED', Pin.OUT)\nprint(led)\nprint(Pin.board.LED is led)\n";
    expect(runOnBoard(code, "micropython", undefined, "raspberry_pi_pico_w")).toBe("Pin(WL_GPIO0, mode=OUT)\nTrue\n");
    const ledOut = "from machine import Pin\nprint(Pin('LED', Pin.OUT))\n";
    expect(runOnBoard(ledOut, "micropython", undefined, "adafruit_feather_rp2040")).toBe("Pin(GPIO13, mode=OUT)\n");
    expect(runOnBoard(ledOut, "micropython")).toBe("Pin(GPIO25, mode=OUT)\n");
  });
});
