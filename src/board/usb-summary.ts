// The USB panel's view of what the program sent to the computer (chip.usb): typed text, the newest key, mouse,
// consumer-control and MIDI events, the pointer's position and counts, kept up to date as events arrive so a
// summary costs nothing until the page needs one.
import type { UsbEvent, UsbHostPort } from "../simulator/usb";
import { typedChar } from "../simulator/usb-keys";
import type { UsbSummary } from "./worker-protocol";

const TYPED_LIMIT = 2000;
const LIST_LIMIT = 32;
const MIDI_LIMIT = 64;

function pushLimited<T>(list: T[], item: T, limit: number): void {
  list.push(item);
  if (list.length > limit) list.splice(0, list.length - limit);
}

export class UsbSummaryBuilder {
  private summary: UsbSummary = {
    version: 0, typedText: "", keys: [], mouse: [], pointer: { x: 0, y: 0, buttons: 0 }, consumer: [], midi: [],
    counts: { keys: 0, mouse: 0, consumer: 0, midi: 0 },
  };
  private readonly unsubscribe: () => void;

  constructor(usb: UsbHostPort) {
    for (const e of usb.events) this.add(e);
    this.unsubscribe = usb.onEvent((e) => this.add(e));
  }

  /** Bumped on every event; 0 while the program has sent nothing. */
  get version(): number {
    return this.summary.version;
  }

  /** A copy for a message (null before the first event). */
  current(): UsbSummary | null {
    if (this.summary.version === 0) return null;
    const s = this.summary;
    return {
      ...s, keys: [...s.keys], mouse: [...s.mouse], pointer: { ...s.pointer }, consumer: [...s.consumer], midi: [...s.midi],
      counts: { ...s.counts },
    };
  }

  close(): void {
    this.unsubscribe();
  }

  private add(e: UsbEvent): void {
    const s = this.summary;
    switch (e.kind) {
      case "key":
        s.counts.keys++;
        pushLimited(s.keys, { atUs: e.atUs, action: e.action, code: e.code, name: e.name, modifiers: e.modifiers }, LIST_LIMIT);
        // Left or right Shift in the modifier byte.
        if (e.action === "down") s.typedText = (s.typedText + typedChar(e.name, (e.modifiers & 0x22) !== 0)).slice(-TYPED_LIMIT);
        break;
      case "mouse":
        s.counts.mouse++;
        pushLimited(s.mouse, { atUs: e.atUs, buttons: e.buttons, dx: e.dx, dy: e.dy, wheel: e.wheel }, LIST_LIMIT);
        s.pointer = { x: s.pointer.x + e.dx, y: s.pointer.y + e.dy, buttons: e.buttons };
        break;
      case "consumer":
        s.counts.consumer++;
        pushLimited(s.consumer, { atUs: e.atUs, code: e.code }, LIST_LIMIT);
        break;
      case "midi":
        s.counts.midi++;
        pushLimited(s.midi, { atUs: e.atUs, ...e.message }, MIDI_LIMIT);
        break;
      case "hid":
        return; // a report the panel cannot decode (a gamepad...) changes nothing it shows
    }
    s.version++;
  }
}
