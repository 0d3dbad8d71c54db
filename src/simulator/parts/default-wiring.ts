// The default wiring of a project that has no wiring.json: the parts its code obviously uses, found by scanning the
// source for known constructors. I2C devices go on every I2C bus the code sets up (found from I2C/SoftI2C/busio/
// bitbangio/board.STEMMA_I2C calls, else GP4/GP5); addresses come from the constructor's arguments or the driver's
// default; addresses used directly (readfrom/writeto..., I2CDevice) get a generic register memory; a bus with no
// known device still gets a breakout's pull-up resistors, as any wired I2C device brings.
import type { PartConfig } from "./part";
import { argument, findCalls, intValue, integerConstants, pinValue, splitArgs } from "./source-scan";

export type Flavor = "micropython" | "circuitpython";

interface Bus {
  sda: number;
  scl: number;
}

interface I2cDevice {
  kind: string;
  address: number;
  options?: Record<string, number | boolean | string>;
}

/** machine.I2C(id) default pins on the Pico (rp2 port: PICO_DEFAULT_I2C 0 on GP4/GP5, I2C1 on GP6/GP7). */
const MACHINE_DEFAULT_PINS: Bus[] = [{ sda: 4, scl: 5 }, { sda: 6, scl: 7 }];
const STEMMA: Bus = { sda: 4, scl: 5 };

/** Calls that name an I2C address as their first argument (or second, for I2CDevice). */
const ADDRESS_CALLS = ["readfrom", "readfrom_into", "writeto", "writevto", "readfrom_mem", "readfrom_mem_into", "writeto_mem", "writeto_then_readfrom"];

function machineBuses(src: string, consts: Map<string, number>): Bus[] {
  const buses: Bus[] = [];
  for (const call of findCalls(src, "SoftI2C")) {
    const scl = pinValue(argument(call.args, "scl", 0), consts);
    const sda = pinValue(argument(call.args, "sda", 1), consts);
    if (scl !== undefined && sda !== undefined) buses.push({ sda, scl });
  }
  for (const call of findCalls(src, "I2C")) {
    const id = intValue(argument(call.args, "id", 0), consts) ?? 0;
    const fallback = MACHINE_DEFAULT_PINS[id === 1 ? 1 : 0];
    buses.push({
      scl: pinValue(argument(call.args, "scl"), consts) ?? fallback.scl,
      sda: pinValue(argument(call.args, "sda"), consts) ?? fallback.sda,
    });
  }
  return buses;
}

function circuitPythonBuses(src: string, consts: Map<string, number>): Bus[] {
  const buses: Bus[] = [];
  // busio.I2C, bitbangio.I2C, or I2C imported from either; board.I2C() names no pins (and the Pico has none).
  for (const call of findCalls(src, "I2C")) {
    const scl = pinValue(argument(call.args, "scl", 0), consts);
    const sda = pinValue(argument(call.args, "sda", 1), consts);
    if (scl !== undefined && sda !== undefined) buses.push({ sda, scl });
  }
  if (/\bSTEMMA_I2C\s*\(/.test(src)) buses.push(STEMMA);
  return buses;
}

function unique(buses: Bus[]): Bus[] {
  const seen = new Set<string>();
  return buses.filter((b) => {
    const key = `${b.sda}/${b.scl}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A display's height from its constructor's second argument (a literal or a constant), when it says 32. */
function displayOptions(args: string, consts: Map<string, number>): Record<string, number> | undefined {
  const height = intValue(argument(args, "height", 1), consts);
  return height === 32 ? { height: 32 } : undefined;
}

function knownDevices(src: string, consts: Map<string, number>): I2cDevice[] {
  const devices: I2cDevice[] = [];
  // The address by keyword (drivers name it addr or address) or at its position, else the driver's default.
  const addr = (args: string, names: string[], index: number, dflt: number) =>
    intValue(argument(args, names[0], index), consts) ?? intValue(argument(args, names[1]), consts) ?? dflt;
  for (const c of findCalls(src, "SSD1306_I2C")) {
    devices.push({ kind: "ssd1306", address: addr(c.args, ["addr", "address"], 3, 0x3c), options: displayOptions(c.args, consts) });
  }
  for (const c of findCalls(src, "SH1106_I2C")) {
    devices.push({ kind: "sh1106", address: addr(c.args, ["addr", "address"], 4, 0x3c), options: displayOptions(c.args, consts) });
  }
  const bmeDefault = /adafruit_bme280/.test(src) ? 0x77 : 0x76;
  for (const name of ["Adafruit_BME280_I2C", "BME280"]) {
    for (const c of findCalls(src, name)) devices.push({ kind: "bme280", address: addr(c.args, ["address", "addr"], 1, bmeDefault) });
  }
  for (const c of findCalls(src, "MCP9808")) devices.push({ kind: "mcp9808", address: addr(c.args, ["address", "addr"], 1, 0x18) });
  for (const c of findCalls(src, "I2cLcd")) {
    const [, a, rows, cols] = splitArgs(c.args);
    devices.push({ kind: "lcd-i2c", address: intValue(a, consts) ?? 0x27, options: { rows: intValue(rows, consts) ?? 2, columns: intValue(cols, consts) ?? 16 } });
  }
  return devices;
}

/** Addresses the code talks to directly, for the generic register memory. */
function directAddresses(src: string, consts: Map<string, number>): number[] {
  const found: number[] = [];
  for (const name of ADDRESS_CALLS) {
    for (const c of findCalls(src, name)) {
      const a = intValue(splitArgs(c.args)[0], consts);
      if (a !== undefined && a >= 0x08 && a < 0x78) found.push(a);
    }
  }
  for (const c of findCalls(src, "I2CDevice")) {
    const a = intValue(argument(c.args, "device_address", 1), consts);
    if (a !== undefined && a >= 0x08 && a < 0x78) found.push(a);
  }
  return [...new Set(found)];
}

function i2cParts(src: string, consts: Map<string, number>, flavor: Flavor): PartConfig[] {
  let buses = unique(flavor === "micropython" ? machineBuses(src, consts) : circuitPythonBuses(src, consts));
  const devices = knownDevices(src, consts);
  const taken = new Set(devices.map((d) => d.address));
  for (const a of directAddresses(src, consts)) if (!taken.has(a)) devices.push({ kind: "i2c-memory", address: a });
  if (buses.length === 0 && devices.length > 0) buses = [STEMMA];
  const parts: PartConfig[] = [];
  for (const bus of buses) {
    const pins = { sda: bus.sda, scl: bus.scl };
    if (devices.length === 0) parts.push({ kind: "i2c-pullups", pins });
    for (const d of devices) parts.push({ kind: d.kind, pins, address: d.address, ...(d.options ? { options: d.options } : {}) });
  }
  return parts;
}

/** Pins held in variables: `lcd_rs = digitalio.DigitalInOut(board.GP0)`, `rs = Pin(0, Pin.OUT)`, `pixel_pin = board.GP0`. */
function pinVariables(src: string, consts: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const named = /^\s*([A-Za-z_]\w*)\s*=\s*(board\.\w+)\s*(?:#.*)?$/gm;
  for (let m = named.exec(src); m !== null; m = named.exec(src)) {
    const pin = pinValue(m[2], consts);
    if (pin !== undefined) out.set(m[1], pin);
  }
  const re = /^\s*([A-Za-z_]\w*)\s*=\s*((?:digitalio\.)?DigitalInOut\s*\(\s*([^)]*)\)|(?:machine\.)?Pin\s*\([^)]*\))/gm;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const pin = pinValue(m[3] ?? m[2], consts);
    if (pin !== undefined) out.set(m[1], pin);
  }
  return out;
}

/** A character LCD on GPIO: adafruit_character_lcd's Character_LCD_Mono(rs, en, d4..d7, cols, rows), or gpio_lcd's GpioLcd(rs_pin=..., ...). */
function parallelLcd(src: string, consts: Map<string, number>): PartConfig[] {
  const vars = pinVariables(src, consts);
  const pin = (text: string | undefined) => (text === undefined ? undefined : (vars.get(text.trim()) ?? pinValue(text, consts)));
  const parts: PartConfig[] = [];
  const roles = ["rs", "e", "d4", "d5", "d6", "d7"];
  for (const c of findCalls(src, "Character_LCD_Mono")) {
    const args = splitArgs(c.args);
    const pins = args.slice(0, 6).map(pin);
    const columns = intValue(args[6], consts) ?? 16;
    const rows = intValue(args[7], consts) ?? 2;
    if (pins.every((p) => p !== undefined)) parts.push({ kind: "lcd-gpio", pins: Object.fromEntries(roles.map((r, i) => [r, pins[i]!])), options: { columns, rows } });
  }
  for (const c of findCalls(src, "GpioLcd")) {
    const names = ["rs_pin", "enable_pin", "d4_pin", "d5_pin", "d6_pin", "d7_pin"];
    const pins = names.map((n) => pin(argument(c.args, n)));
    const rows = intValue(argument(c.args, "num_lines"), consts) ?? 2;
    const columns = intValue(argument(c.args, "num_columns"), consts) ?? 16;
    if (pins.every((p) => p !== undefined)) parts.push({ kind: "lcd-gpio", pins: Object.fromEntries(roles.map((r, i) => [r, pins[i]!])), options: { columns, rows } });
  }
  return parts;
}

function gpioParts(src: string, consts: Map<string, number>): PartConfig[] {
  const parts: PartConfig[] = [...parallelLcd(src, consts)];
  for (const kind of ["DHT11", "DHT22", "DHT21"]) {
    for (const c of findCalls(src, kind)) {
      const data = pinValue(argument(c.args, "pin", 0), consts);
      if (data !== undefined) parts.push({ kind: kind === "DHT11" ? "dht11" : "dht22", pins: { data } });
    }
  }
  // A DS18x20 driver over onewire.OneWire(pin): the sensor sits on that pin.
  if (/\bDS18X20\s*\(/.test(src)) {
    for (const c of findCalls(src, "OneWire")) {
      const data = pinValue(argument(c.args, "pin", 0), consts);
      if (data !== undefined) parts.push({ kind: "ds18b20", pins: { data } });
    }
  }
  for (const c of findCalls(src, "HCSR04")) {
    const trigger = pinValue(argument(c.args, "trigger_pin", 0), consts);
    const echo = pinValue(argument(c.args, "echo_pin", 1), consts);
    if (trigger !== undefined && echo !== undefined) parts.push({ kind: "hcsr04", pins: { trigger, echo } });
  }
  for (const c of findCalls(src, "TouchIn")) {
    const pad = pinValue(argument(c.args, "pin", 0), consts);
    if (pad !== undefined) parts.push({ kind: "touch-pad", pins: { pad } });
  }
  // neopixel.NeoPixel(pin, n): a strip of n pixels when n can be read (else the pad's decoder still shows what arrives).
  const vars = pinVariables(src, consts);
  for (const c of findCalls(src, "NeoPixel")) {
    const pinText = argument(c.args, "pin", 0)?.trim();
    const data = (pinText !== undefined ? vars.get(pinText) : undefined) ?? pinValue(pinText, consts);
    const count = intValue(argument(c.args, "n", 1), consts);
    if (data !== undefined && count !== undefined && count > 0 && count <= 1024) parts.push({ kind: "neopixel-strip", pins: { data }, options: { count } });
  }
  parts.push(...pioNeopixels(src, consts, vars));
  for (const c of findCalls(src, "IncrementalEncoder")) {
    const a = pinValue(argument(c.args, "pin_a", 0), consts);
    const b = pinValue(argument(c.args, "pin_b", 1), consts);
    if (a !== undefined && b !== undefined) parts.push({ kind: "rotary-encoder", pins: { a, b } });
  }
  return parts;
}

/** Names programs give their pixel count (NUM_LEDS = 8, NUMPIXELS = 16, LED_COUNT = 30...). */
const PIXEL_COUNT_NAME = /^(?:NUM_?(?:LEDS?|PIXELS?)|N_?(?:LEDS|PIXELS)|(?:LED|PIXEL)S?_?(?:COUNT|NUM))$/i;

/**
 * A WS2812 driven from PIO (the rp2 docs' ws2812 program: `out(x, 1)` then `jmp(not_x, ...)` with side-set, or a
 * program named ws2812/neopixel): a strip on each state machine's side-set pin, as long as the pixel count the
 * program names in a constant. Without a count nothing is guessed (the pad's decoder still shows the frames).
 */
function pioNeopixels(src: string, consts: Map<string, number>, vars: Map<string, number>): PartConfig[] {
  const ws2812 = /@(?:rp2\.)?asm_pio\s*\([^)]*sideset_init[\s\S]*?def\s+(\w+)\s*\(/.exec(src);
  if (ws2812 === null) return [];
  const isPixelProgram = /out\s*\(\s*x\s*,\s*1\s*\)[\s\S]{0,120}jmp\s*\(\s*not_x/.test(src) || /ws2812|neopixel/i.test(ws2812[1]);
  if (!isPixelProgram) return [];
  const count = [...consts].find(([name, value]) => PIXEL_COUNT_NAME.test(name) && value > 0 && value <= 1024)?.[1];
  if (count === undefined) return [];
  const parts: PartConfig[] = [];
  for (const c of findCalls(src, "StateMachine")) {
    const text = argument(c.args, "sideset_base")?.trim();
    const data = text === undefined ? undefined : (vars.get(text) ?? pinValue(text, consts));
    if (data !== undefined) parts.push({ kind: "neopixel-strip", pins: { data }, options: { count } });
  }
  return parts;
}

/** Source without `#` comments (outside string literals), so commented-out code wires nothing. */
export function stripComments(source: string): string {
  return source.replace(/("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|#[^\n]*/g, (_m, str) => str ?? "");
}

/** The parts a project's sources obviously use. `sources` are the project's own .py files (not lib/). */
export function defaultWiring(sources: readonly string[], flavor: Flavor): PartConfig[] {
  const src = sources.map(stripComments).join("\n");
  const consts = integerConstants(src);
  const parts = [...i2cParts(src, consts, flavor), ...gpioParts(src, consts)];
  // One part per pin role: a second DHT on the same pin (two constructors in an if/else) is the same sensor.
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = `${p.kind}:${JSON.stringify(p.pins)}:${p.address ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
