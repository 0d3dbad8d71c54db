// The USB panel's words: what the program sent as a keyboard, mouse, media keys and MIDI, read from the worker's
// USB summary (or a plain list of USB events) and described as a person would say it ("Note on C4 vel 100 ch 1").
import type { UsbSummary } from "../../../board/worker-protocol";
import { typedChar } from "../../../simulator/usb-keys";

export interface UsbLine {
  atUs: number;
  text: string;
}

export interface UsbPanel {
  typedText: string;
  keys: UsbLine[];
  mouse: UsbLine[];
  pointer: { x: number; y: number; buttons: number } | null;
  consumer: UsbLine[];
  midi: UsbLine[];
}

/** The most lines each list shows. */
export const USB_LIST_LIMIT = 12;
const TYPED_LIMIT = 400;

const NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

/** MIDI note number as a name, middle C (60) being C4. */
export function noteName(note: number): string {
  return `${NOTE_NAMES[((note % 12) + 12) % 12]}${Math.floor(note / 12) - 1}`;
}

const SYSTEM_MESSAGES: Record<string, string> = {
  f0: "SysEx", f1: "Time code", f2: "Song position", f3: "Song select", f6: "Tune request", f8: "Clock", fa: "Start",
  fb: "Continue", fc: "Stop", fe: "Active sensing", ff: "Reset",
};

export function describeMidi(type: string, channel: number | undefined, data: readonly number[]): string {
  const ch = channel === undefined ? "" : ` ch ${channel + 1}`;
  const [a = 0, b = 0] = data;
  switch (type) {
    case "note_on":
      return b === 0 ? `Note on ${noteName(a)} vel 0${ch} (note off)` : `Note on ${noteName(a)} vel ${b}${ch}`;
    case "note_off":
      return `Note off ${noteName(a)} vel ${b}${ch}`;
    case "control_change":
      return `Control change ${a} value ${b}${ch}`;
    case "program_change":
      return `Program change ${a}${ch}`;
    case "pitch_bend": {
      const bend = ((b << 7) | a) - 8192;
      return `Pitch bend ${bend > 0 ? "+" : ""}${bend}${ch}`;
    }
    case "channel_pressure":
      return `Channel pressure ${a}${ch}`;
    case "poly_pressure":
      return `Aftertouch ${noteName(a)} ${b}${ch}`;
  }
  const system = /^system_0x([0-9a-f]{2})$/i.exec(type);
  if (system) {
    const name = SYSTEM_MESSAGES[system[1].toLowerCase()] ?? `System 0x${system[1].toUpperCase()}`;
    return data.length > 0 && system[1] === "f0" ? `${name} (${data.length} bytes)` : data.length > 0 ? `${name} ${data.join(" ")}` : name;
  }
  return `${type.replace(/_/g, " ")}${data.length ? ` ${data.join(" ")}` : ""}${ch}`;
}

const CONSUMER_NAMES: Record<number, string> = {
  0x30: "Power", 0x6f: "Brightness up", 0x70: "Brightness down", 0xb5: "Next track", 0xb6: "Previous track",
  0xb7: "Stop", 0xb3: "Fast forward", 0xb4: "Rewind", 0xcd: "Play/Pause", 0xe2: "Mute", 0xe9: "Volume up", 0xea: "Volume down",
  0x192: "Calculator", 0x194: "File browser", 0x221: "Search",
};

export function describeConsumer(code: number): string {
  return CONSUMER_NAMES[code] ?? `Consumer code 0x${code.toString(16).toUpperCase().padStart(2, "0")}`;
}

const MODIFIERS: [number, string][] = [[0x11, "Ctrl"], [0x22, "Shift"], [0x44, "Alt"], [0x88, "GUI"]];

/** A key press with the modifiers held: "Ctrl+Shift+a", "ENTER". */
export function describeKeyPress(name: string, modifiers: number): string {
  const held = MODIFIERS.filter(([mask]) => modifiers & mask).map(([, label]) => label);
  return [...held, name === " " ? "SPACE" : name].join("+");
}

const BUTTONS: [number, string][] = [[1, "left"], [2, "right"], [4, "middle"]];

function buttonNames(buttons: number): string {
  return BUTTONS.filter(([mask]) => buttons & mask).map(([, name]) => name).join("+");
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** One mouse report: a move, a wheel turn, buttons held. */
export function describeMouse(buttons: number, dx: number, dy: number, wheel: number): string {
  const parts: string[] = [];
  if (dx !== 0 || dy !== 0) parts.push(`Move x ${signed(dx)} y ${signed(dy)}`);
  if (wheel !== 0) parts.push(`Wheel ${signed(wheel)}`);
  const held = buttonNames(buttons);
  if (held) parts.push(`${held} button down`);
  return parts.length > 0 ? parts.join(", ") : "Buttons released";
}

// --- reading what the worker sent -------------------------------------------------------------------------

type Loose = Record<string, unknown>;

const num = (v: unknown, fallback = 0) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null;
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Newest first, at most USB_LIST_LIMIT. */
function newestFirst(lines: UsbLine[]): UsbLine[] {
  return lines.slice(-USB_LIST_LIMIT).reverse();
}

function keyLines(events: Loose[]): UsbLine[] {
  return events
    .filter((e) => e.action === "down" && typeof e.name === "string")
    .map((e) => ({ atUs: num(e.atUs), text: describeKeyPress(e.name as string, num(e.modifiers)) }));
}

function mouseLines(events: Loose[]): UsbLine[] {
  return events.map((e) => ({ atUs: num(e.atUs), text: describeMouse(num(e.buttons), num(e.dx), num(e.dy), num(e.wheel)) }));
}

function consumerLines(events: Loose[]): UsbLine[] {
  // Code 0 is the release after each press.
  return events.filter((e) => num(e.code) !== 0).map((e) => ({ atUs: num(e.atUs), text: describeConsumer(num(e.code)) }));
}

function midiLines(events: Loose[]): UsbLine[] {
  return events
    .map((e) => (isObject(e.message) ? { ...e.message, atUs: e.atUs } : e))
    .filter((m) => typeof m.type === "string")
    .map((m) => ({
      atUs: num(m.atUs),
      text: describeMidi(m.type as string, typeof m.channel === "number" ? m.channel : undefined, Array.isArray(m.data) ? m.data.map((d) => num(d)) : []),
    }));
}

/** The panel's contents from a UsbSummary, a list of raw USB events ({kind: "key" | "mouse"...}), or anything else (empty). */
export function readUsb(usb: unknown): UsbPanel {
  const empty: UsbPanel = { typedText: "", keys: [], mouse: [], pointer: null, consumer: [], midi: [] };
  if (Array.isArray(usb)) return readEvents(usb.filter(isObject));
  if (!isObject(usb)) return empty;
  if (Array.isArray(usb.events)) return { ...readEvents(list(usb.events)), ...(typeof usb.typedText === "string" ? { typedText: usb.typedText.slice(-TYPED_LIMIT) } : {}) };
  const summary = usb as Partial<Record<keyof UsbSummary, unknown>>;
  const pointer = isObject(summary.pointer) ? { x: num(summary.pointer.x), y: num(summary.pointer.y), buttons: num(summary.pointer.buttons) } : null;
  return {
    typedText: typeof summary.typedText === "string" ? summary.typedText.slice(-TYPED_LIMIT) : "",
    keys: newestFirst(keyLines(list(summary.keys))),
    mouse: newestFirst(mouseLines(list(summary.mouse))),
    pointer,
    consumer: newestFirst(consumerLines(list(summary.consumer))),
    midi: newestFirst(midiLines(list(summary.midi))),
  };
}

/** Raw events as chip.usb records them: the typed text and the pointer worked out from them. */
function readEvents(events: Loose[]): UsbPanel {
  const of = (kind: string) => events.filter((e) => e.kind === kind);
  const mouse = of("mouse");
  const moved = mouse.reduce<{ x: number; y: number; buttons: number }>((p, e) => ({ x: p.x + num(e.dx), y: p.y + num(e.dy), buttons: num(e.buttons) }), { x: 0, y: 0, buttons: 0 });
  const pointer = mouse.length === 0 ? null : moved;
  const typedText = of("key")
    .filter((e) => e.action === "down" && typeof e.name === "string")
    .map((e) => typedChar(e.name as string, (num(e.modifiers) & 0x22) !== 0))
    .join("")
    .slice(-TYPED_LIMIT);
  return {
    typedText,
    keys: newestFirst(keyLines(of("key"))),
    mouse: newestFirst(mouseLines(mouse)),
    pointer,
    consumer: newestFirst(consumerLines(of("consumer"))),
    midi: newestFirst(midiLines(of("midi"))),
  };
}

/** Virtual time as the panel shows it: "12.345 s". */
export function formatUsbTime(atUs: number): string {
  return `${(atUs / 1e6).toFixed(3)} s`;
}
