// Tests of wiring.json parsing and of the default wiring found by scanning a project's code.
import { describe, expect, it } from "vitest";
import { parseWiring, parsePin } from "./wiring-file";
import { defaultWiring } from "./default-wiring";

describe("wiring.json", () => {
  it("reads parts with pins as numbers or GP names and addresses in hex, and reports bad entries", () => {
    const w = parseWiring(JSON.stringify({
      auto: true,
      parts: [
        { kind: "ssd1306", pins: { sda: "GP4", scl: 5 }, address: "0x3D", options: { height: 32 } },
        { kind: "dht22", pins: { data: "pin 3" } },
        { pins: {} },
      ],
    }));
    expect(w.parts).toEqual([{ kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3d, options: { height: 32 } }]);
    expect(w.auto).toBe(true);
    expect(w.errors).toEqual([
      'wiring.json: part 2: pin \'data\' is not a GPIO ("pin 3")',
      'wiring.json: part 3: needs a "kind"',
    ]);
    expect(parsePin("A1")).toBe(27);
    expect(parseWiring("{").errors[0]).toMatch(/^wiring.json: /);
  });
});

describe("default wiring", () => {
  it("puts a MicroPython SSD1306 on the I2C bus the code builds, at the driver's address and height", () => {
    const src = `from machine import Pin, I2C\nfrom ssd1306 import SSD1306_I2C\nHEIGHT = 32\ni2c = I2C(1, scl=Pin(3), sda=Pin(2))\noled = SSD1306_I2C(128, HEIGHT, i2c)\n`;
    expect(defaultWiring([src], "micropython")).toEqual([
      { kind: "ssd1306", pins: { sda: 2, scl: 3 }, address: 0x3c, options: { height: 32 } },
    ]);
  });

  it("uses the firmware's default pins for I2C(0) and a generic memory for addresses used directly", () => {
    const src = "i2c = machine.I2C(0)\nADDR = 0x50\ni2c.writeto_mem(ADDR, 0, b'x')\ni2c.readfrom(0x3a, 4)\n";
    expect(defaultWiring([src], "micropython")).toEqual([
      { kind: "i2c-memory", pins: { sda: 4, scl: 5 }, address: 0x3a },
      { kind: "i2c-memory", pins: { sda: 4, scl: 5 }, address: 0x50 },
    ]);
  });

  it("finds CircuitPython sensors on STEMMA_I2C and busio buses, and GPIO parts by their constructors", () => {
    const src = [
      "i2c = board.STEMMA_I2C()",
      "bme = adafruit_bme280.Adafruit_BME280_I2C(i2c)",
      "mcp = adafruit_mcp9808.MCP9808(busio.I2C(board.GP3, board.GP2), address=0x19)",
      "dht = adafruit_dht.DHT11(board.GP15)",
      "sonar = adafruit_hcsr04.HCSR04(trigger_pin=board.GP6, echo_pin=board.GP7)",
      "enc = rotaryio.IncrementalEncoder(board.GP10, board.GP11)",
      "t = touchio.TouchIn(board.A0)",
    ].join("\n");
    const kinds = defaultWiring([src], "circuitpython").map((p) => `${p.kind}@${JSON.stringify(p.pins)}${p.address ?? ""}`);
    expect(kinds).toEqual([
      'bme280@{"sda":2,"scl":3}119', 'mcp9808@{"sda":2,"scl":3}25',
      'bme280@{"sda":4,"scl":5}119', 'mcp9808@{"sda":4,"scl":5}25',
      'dht11@{"data":15}', 'hcsr04@{"trigger":6,"echo":7}', 'touch-pad@{"pad":26}', 'rotary-encoder@{"a":10,"b":11}',
    ]);
  });

  it("finds character LCDs wired to GPIO through pin variables", () => {
    const cp = [
      "lcd_rs = digitalio.DigitalInOut(board.GP0)", "lcd_en = digitalio.DigitalInOut(board.GP1)",
      "d4 = digitalio.DigitalInOut(board.GP2)", "d5 = digitalio.DigitalInOut(board.GP3)",
      "d6 = digitalio.DigitalInOut(board.GP4)", "d7 = digitalio.DigitalInOut(board.GP5)",
      "lcd = characterlcd.Character_LCD_Mono(lcd_rs, lcd_en, d4, d5, d6, d7, 20, 4)",
    ].join("\n");
    expect(defaultWiring([cp], "circuitpython")).toEqual([
      { kind: "lcd-gpio", pins: { rs: 0, e: 1, d4: 2, d5: 3, d6: 4, d7: 5 }, options: { columns: 20, rows: 4 } },
    ]);
    const mp = "lcd = GpioLcd(rs_pin=Pin(16), enable_pin=Pin(17), d4_pin=Pin(18), d5_pin=Pin(19), d6_pin=Pin(20), d7_pin=Pin(21), num_lines=2, num_columns=16)";
    expect(defaultWiring([mp], "micropython")[0].pins).toEqual({ rs: 16, e: 17, d4: 18, d5: 19, d6: 20, d7: 21 });
  });

  it("puts a strip on a PIO WS2812 program's side-set pin, as long as the count the program names", () => {
    const program = (name: string, count: string) =>
      `import rp2\nfrom machine import Pin\n${count}\nPIN_NUM = 6\n` +
      `@rp2.asm_pio(sideset_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_LEFT, autopull=True, pull_thresh=24)\n` +
      `def ${name}():\n    wrap_target()\n    label("bitloop")\n    out(x, 1)               .side(0)    [2]\n` +
      `    jmp(not_x, "do_zero")   .side(1)    [1]\n    jmp("bitloop")          .side(1)    [4]\n    label("do_zero")\n` +
      `    nop()                   .side(0)    [4]\n    wrap()\n` +
      `sm = rp2.StateMachine(0, ${name}, freq=8_000_000, sideset_base=Pin(PIN_NUM))\n`;
    expect(defaultWiring([program("ws2812", "NUM_LEDS = 16")], "micropython")).toEqual([
      { kind: "neopixel-strip", pins: { data: 6 }, options: { count: 16 } },
    ]);
    // Recognised by its bit loop whatever its name; nothing guessed without a count.
    expect(defaultWiring([program("pixels", "LED_COUNT = 30")], "micropython")).toEqual([
      { kind: "neopixel-strip", pins: { data: 6 }, options: { count: 30 } },
    ]);
    expect(defaultWiring([program("ws2812", "BRIGHTNESS = 3")], "micropython")).toEqual([]);
    // A PIO blink with side-set is no strip.
    const blink = "import rp2\nNUM_LEDS = 1\n@rp2.asm_pio(sideset_init=rp2.PIO.OUT_LOW)\ndef blink():\n    nop() .side(1) [31]\n    nop() .side(0) [31]\nsm = rp2.StateMachine(0, blink, sideset_base=Pin(25))\n";
    expect(defaultWiring([blink], "micropython")).toEqual([]);
  });

  it("ignores commented-out code but not '#' inside strings", () => {
    const src = "i2c = machine.I2C(0)  # SSD1306_I2C(128, 64, i2c)\nprint('#'); MCP9808(i2c)\n";
    expect(defaultWiring([src], "micropython").map((p) => p.kind)).toEqual(["mcp9808"]);
  });

  it("gives a bus with no known device a breakout's pull-ups, and a program with no bus nothing", () => {
    expect(defaultWiring(["i2c = board.STEMMA_I2C()\nprint(i2c.scan())"], "circuitpython")).toEqual([
      { kind: "i2c-pullups", pins: { sda: 4, scl: 5 } },
    ]);
    expect(defaultWiring(["print('hello')"], "micropython")).toEqual([]);
  });
});
