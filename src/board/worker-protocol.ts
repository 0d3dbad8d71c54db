// Messages between the page and the board worker (serial bytes and pin inputs travel through shared memory one way,
// messages the other).
import type { BoardBuffers, BoardConfig } from "./board-main";
import type { DriveChange } from "./memory-drive";
import type { PinSnapshot } from "./pin-bridge";
import type { PartConfig } from "../simulator/parts/part";

export type PageToBoard = { type: "start"; buffers: BoardBuffers; config: BoardConfig };

/** One wired part as the board view sees it. */
export interface PartSnapshot {
  id: string;
  kind: string;
  /** The part's wiring (pins, address, options), as the registry resolved it. */
  config: PartConfig;
  /**
   * The latest `part.state()`. Omitted when it has not changed since the previous "parts" message: the page keeps
   * the state it has for that id (an OLED's state is 1 KB of pixels, not worth resending while unchanged).
   */
  state?: Record<string, unknown>;
  /**
   * True for a NeoPixel strip the code drives on a pad no strip part is wired to (found by the pad's WS2812
   * decoder): shown, but not in the project's wiring.
   */
  detected?: boolean;
}

/** A key press or release a program sent as a USB keyboard. */
export interface UsbKeyEvent {
  atUs: number;
  action: "down" | "up";
  /** HID usage code and its name ("A", "ENTER", "LEFT_ARROW"...). */
  code: number;
  name: string;
  /** The modifier byte: bit 0 left Ctrl, 1 left Shift, 2 left Alt, 3 left GUI, 4-7 the right ones. */
  modifiers: number;
}

/** A mouse report: buttons held (bit 0 left, 1 right, 2 middle) and the relative move. */
export interface UsbMouseEvent {
  atUs: number;
  buttons: number;
  dx: number;
  dy: number;
  wheel: number;
}

/** A consumer-control report (volume, play/pause...): its 16-bit usage code (0 = released). */
export interface UsbConsumerEvent {
  atUs: number;
  code: number;
}

/** A MIDI message a program sent: type "note_on", "note_off", "control_change", "pitch_bend"... or "system_0xNN". */
export interface UsbMidiEvent {
  atUs: number;
  type: string;
  /** 0..15 for channel messages. */
  channel?: number;
  data: number[];
}

/** What the computer on the Pico's USB port saw, for the board view's USB panel. Lists hold the newest events. */
export interface UsbSummary {
  /** Bumped on every USB event since power-on (the page redraws when it changes). */
  version: number;
  /** The text the keyboard typed (US layout), the newest 2000 characters. */
  typedText: string;
  /** The newest 32 key events, oldest first. */
  keys: UsbKeyEvent[];
  /** The newest 32 mouse reports, oldest first. */
  mouse: UsbMouseEvent[];
  /** Where the mouse moves add up to since power-on (x right, y down), and the buttons held now. */
  pointer: { x: number; y: number; buttons: number };
  /** The newest 32 consumer-control reports, oldest first. */
  consumer: UsbConsumerEvent[];
  /** The newest 64 MIDI messages, oldest first. */
  midi: UsbMidiEvent[];
  /** How many events of each sort arrived since power-on. */
  counts: { keys: number; mouse: number; consumer: number; midi: number };
}

export type BoardToPage =
  | { type: "loaded" }
  | { type: "serial"; bytes: Uint8Array }
  | { type: "drive"; change: DriveChange }
  | { type: "pins"; snapshot: PinSnapshot }
  /**
   * The wired parts (every part, in wiring order, then strips detected on pads; `state` only for parts that
   * changed) and the USB summary (only when it changed; absent until a program used USB HID or MIDI). Sent after
   * power-on wiring, then at most ~30 times a second on changes. A new board's first message has every state.
   */
  | { type: "parts"; parts: PartSnapshot[]; usb?: UsbSummary }
  | { type: "stopped" }
  | { type: "crashed"; message: string };
