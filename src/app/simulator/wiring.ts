// The project's wiring as the app edits it: the parts of its /wiring.json (the file the board worker and
// `pyco run` read), checked against the part kinds, with labels, pin choices, and add/move/remove steps that
// return the new list (the caller writes it back as wiring.json text).
import { PART_KINDS } from "../../simulator/parts/kinds";
import type { PartConfig as BoardPartConfig } from "../../simulator/parts/part";
import type { PartKind } from "../../simulator/parts/registry";
import { parseWiring } from "../../simulator/parts/wiring-file";

/**
 * A part as the app keeps it: the board's config plus `extra`, any other fields its wiring.json entry had (a label,
 * notes, settings of a newer version), written back untouched when the panel rewrites the file.
 */
export type PartConfig = BoardPartConfig & { extra?: Record<string, unknown> };

/** The project file the parts live in (drive path without the leading slash, as the project store names it). */
export const WIRING_PATH = "wiring.json";
export const MAX_PARTS = 32;

/** GPIOs on the Pico's header (GP23–GP25 and GP29 are used on the board itself). */
export const HEADER_GPIOS = [...Array.from({ length: 23 }, (_, i) => i), 26, 27, 28];
/** GPIOs with an ADC channel on the header. */
export const ADC_GPIOS = [26, 27, 28];

/** Pin roles that read a voltage, so they need an ADC pin. */
const ANALOG_ROLES: Record<string, string[]> = { potentiometer: ["wiper"], photoresistor: ["signal"] };
const I2C_DEFAULT: Record<string, number> = { sda: 4, scl: 5 };

/** Short names for labels ("Button on GP14"); kinds not listed use their title. */
const SHORT_NAMES: Record<string, string> = {
  led: "LED", button: "Button", potentiometer: "Potentiometer", "neopixel-strip": "NeoPixel strip", "neopixel-ring": "NeoPixel ring",
  ssd1306: "SSD1306 OLED", "ssd1306-spi": "SSD1306 OLED (SPI)", sh1106: "SH1106 OLED", bme280: "BME280", "bme280-spi": "BME280 (SPI)",
  mcp9808: "MCP9808", "lcd-i2c": "I2C LCD", "lcd-gpio": "LCD", "i2c-memory": "I2C memory", dht11: "DHT11", dht22: "DHT22",
  ds18b20: "DS18B20", hcsr04: "HC-SR04", photoresistor: "Photoresistor", servo: "Servo", buzzer: "Buzzer", "rgb-led": "RGB LED",
  "rotary-encoder": "Rotary encoder", "slide-switch": "Slide switch", "touch-pad": "Touch pad", "uart-terminal": "Serial terminal",
  "i2c-pullups": "I2C pull-ups", wire: "Jumper wire",
};

/** The kinds the palette offers, LED, button and potentiometer first, then by title. */
export function paletteKinds(): PartKind[] {
  const first = ["led", "button", "potentiometer"];
  const rest = [...PART_KINDS.values()].filter((k) => !first.includes(k.kind)).sort((a, b) => a.title.localeCompare(b.title));
  return [...first.map((k) => PART_KINDS.get(k)!), ...rest];
}

export function shortName(kind: string): string {
  return SHORT_NAMES[kind] ?? PART_KINDS.get(kind)?.title ?? kind;
}

export const gp = (pin: number | undefined) => (pin === undefined ? "?" : `GP${pin}`);

/** "Button on GP14", "BME280 0x77 on GP4, GP5": the part's accessible name. */
export function partLabel(part: PartConfig): string {
  const kind = PART_KINDS.get(part.kind);
  const roles = kind ? kind.pins : Object.keys(part.pins ?? {});
  const pins = roles.map((r) => gp(part.pins?.[r])).join(", ");
  const address = part.address !== undefined ? ` 0x${part.address.toString(16).toUpperCase().padStart(2, "0")}` : "";
  return `${shortName(part.kind)}${address} on ${pins}`;
}

/** Labels for a list, made unique ("LED on GP15", "LED on GP15 (2)") so each control has its own name. */
export function partLabels(parts: readonly PartConfig[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const base = partLabel(p);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The GPIOs a pin role of a kind may use: ADC pins for analogue inputs, else any header GPIO. */
export function pinChoices(kind: string, role: string): number[] {
  return ANALOG_ROLES[kind]?.includes(role) ? ADC_GPIOS : HEADER_GPIOS;
}

/** The part's id as the board's registry gives it: its own, else `${kind}${n}`, the first not taken by earlier parts. */
export function withIds(parts: readonly PartConfig[]): PartConfig[] {
  const taken = new Set<string>();
  return parts.map((p) => {
    let id = p.id;
    if (id === undefined) for (let n = 1; id === undefined || taken.has(id); n++) id = `${p.kind}${n}`;
    taken.add(id);
    return { ...p, id };
  });
}

/** Problems the board would find wiring these parts (unknown kind, a pin role not wired, a pin off the header). */
export function checkParts(parts: readonly PartConfig[]): string[] {
  const errors: string[] = [];
  parts.forEach((p, i) => {
    const where = `wiring.json: part ${i + 1}`;
    const kind = PART_KINDS.get(p.kind);
    if (!kind) return void errors.push(`${where}: unknown part kind '${p.kind}'`);
    for (const role of kind.pins) if (p.pins?.[role] === undefined) errors.push(`${where}: ${p.kind}: pin '${role}' is not wired`);
    for (const [role, pin] of Object.entries(p.pins ?? {})) {
      if (!kind.pins.includes(role) && !kind.optionalPins?.includes(role)) errors.push(`${where}: ${p.kind}: no pin called '${role}'`);
      else if (!Number.isInteger(pin) || pin < 0 || pin > 29) errors.push(`${where}: ${p.kind}: bad GPIO ${pin} for '${role}'`);
    }
  });
  return errors;
}

export interface ReadWiring {
  parts: PartConfig[];
  /** The file's other top-level fields ("auto", "board"...), kept when the panel rewrites it. */
  extra: Record<string, unknown>;
  /** What is wrong with the file; non-empty means the app must not rewrite it without asking. */
  errors: string[];
}

const PART_FIELDS = new Set(["kind", "id", "pins", "address", "options"]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Fields of an object other than `known`. */
function others(raw: Record<string, unknown>, known: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !known(k)));
}

/** wiring.json's text, parsed and checked (with the board's own parser), keeping every field it does not know. */
export function readWiringText(text: string): ReadWiring {
  const parsed = parseWiring(text);
  const errors = [...parsed.errors, ...checkParts(parsed.parts)];
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    return { parts: parsed.parts, extra: {}, errors };
  }
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.parts) ? json.parts : [];
  // Each entry on its own, so a part keeps its own extra fields even when an entry before it was dropped.
  const parts = list.flatMap((raw): PartConfig[] => {
    const [part] = parseWiring(JSON.stringify([raw])).parts;
    if (!part) return [];
    const extra = isRecord(raw) ? others(raw, (k) => PART_FIELDS.has(k)) : {};
    // Option values the board's parser does not take (lists, objects) are kept beside the ones it does.
    if (isRecord(raw) && isRecord(raw.options)) {
      const kept = others(raw.options, (k) => part.options?.[k] !== undefined);
      if (Object.keys(kept).length > 0) extra.options = kept;
    }
    return [Object.keys(extra).length > 0 ? { ...part, extra } : part];
  });
  return { parts, extra: isRecord(json) ? others(json, (k) => k === "parts") : {}, errors };
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * wiring.json's text for a list of parts: pins as "GP15", addresses as "0x3C", one part a line; `extra` holds the
 * file's other top-level fields ("auto", "board"...) and each part's `extra` its own, written back as they were.
 */
export function wiringText(parts: readonly PartConfig[], extra: Record<string, unknown> = {}): string {
  const entries = parts.map((p) => {
    const out: Record<string, unknown> = { kind: p.kind };
    if (p.id !== undefined) out.id = p.id;
    out.pins = Object.fromEntries(Object.entries(p.pins ?? {}).map(([role, pin]) => [role, `GP${pin}`]));
    if (p.address !== undefined) out.address = hex(p.address);
    const options = { ...(isRecord(p.extra?.options) ? p.extra.options : {}), ...p.options };
    if (Object.keys(options).length > 0) out.options = options;
    return { ...p.extra, ...out };
  });
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  const body = lines.length === 0 ? "[]" : `[\n${lines.join(",\n")}\n  ]`;
  const rest = Object.entries(extra).map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join("");
  return `{\n  "parts": ${body}${rest}\n}\n`;
}

/** Where a new part goes: the usual pins for its kind when free, I2C parts on GP4/GP5, at a free address. */
export function newPart(kind: string, parts: readonly PartConfig[]): PartConfig {
  const spec = PART_KINDS.get(kind);
  if (!spec) throw new Error(`unknown part kind '${kind}'`);
  const used = new Set(parts.flatMap((p) => Object.entries(p.pins ?? {}).filter(([r]) => !(r in I2C_DEFAULT)).map(([, pin]) => pin)));
  const preferred: Record<string, number[]> = { led: [15, 16, 17, 18], button: [14, 13, 12, 11], "neopixel-strip": [16], "neopixel-ring": [16], servo: [16] };
  const pins: Record<string, number> = {};
  for (const role of spec.pins) {
    const i2c = spec.i2cAddresses !== undefined && role in I2C_DEFAULT;
    const choice = i2c ? I2C_DEFAULT[role] : [...(preferred[kind] ?? []), ...pinChoices(kind, role)].find((pin) => pinChoices(kind, role).includes(pin) && !used.has(pin));
    pins[role] = choice ?? pinChoices(kind, role)[0];
    if (!i2c) used.add(pins[role]);
  }
  const part: PartConfig = { kind, pins };
  if (spec.i2cAddresses) part.address = freeAddress(spec.i2cAddresses, pins, parts);
  return part;
}

function freeAddress(choices: readonly number[], pins: Record<string, number>, parts: readonly PartConfig[]): number {
  const onBus = parts.filter((p) => p.pins?.sda === pins.sda && p.pins?.scl === pins.scl).map((p) => p.address);
  return choices.find((a) => !onBus.includes(a)) ?? choices[0];
}

export function addPart(parts: readonly PartConfig[], part: PartConfig): PartConfig[] {
  if (parts.length >= MAX_PARTS) return [...parts];
  return withIds([...parts, part]);
}

/** True when the kind has a pin role of that name (required or optional). */
function hasRole(kind: string, role: string): boolean {
  const spec = PART_KINDS.get(kind);
  return spec !== undefined && (spec.pins.includes(role) || (spec.optionalPins?.includes(role) ?? false));
}

/** Wires a part's pin role to another GPIO (only one its kind may use). */
export function movePart(parts: readonly PartConfig[], id: string, role: string, pin: number): PartConfig[] {
  return parts.map((p) => (p.id === id && hasRole(p.kind, role) && pinChoices(p.kind, role).includes(pin) ? { ...p, pins: { ...p.pins, [role]: pin } } : p));
}

/** Leaves an optional pin role unwired (a display's reset, an encoder's push button). */
export function unwirePin(parts: readonly PartConfig[], id: string, role: string): PartConfig[] {
  return parts.map((p) => {
    if (p.id !== id || !PART_KINDS.get(p.kind)?.optionalPins?.includes(role)) return p;
    const pins = { ...p.pins };
    delete pins[role];
    return { ...p, pins };
  });
}

export function setAddress(parts: readonly PartConfig[], id: string, address: number): PartConfig[] {
  return parts.map((p) => (p.id === id && PART_KINDS.get(p.kind)?.i2cAddresses?.includes(address) ? { ...p, address } : p));
}

export function setOption(parts: readonly PartConfig[], id: string, name: string, value: number | boolean | string): PartConfig[] {
  return parts.map((p) => (p.id === id ? { ...p, options: { ...p.options, [name]: value } } : p));
}

export function removePart(parts: readonly PartConfig[], id: string): PartConfig[] {
  return parts.filter((p) => p.id !== id);
}
