// Where things sit in the board view's SVG: the Pico (USB at the top), its pads and labels, and parts beside their pins.
import type { HeaderPin } from "./pico-pinout";

export const VIEW_HEIGHT = 492;
export const BOARD = { x: 150, y: 24, width: 160, height: 448 };
const PITCH = 19;
const FIRST_ROW_Y = BOARD.y + 44;
const PAD_INSET = 9;

export function padPosition(pin: HeaderPin): { x: number; y: number } {
  const x = pin.side === "left" ? BOARD.x + PAD_INSET : BOARD.x + BOARD.width - PAD_INSET;
  return { x, y: FIRST_ROW_Y + pin.row * PITCH };
}

export function labelPosition(pin: HeaderPin): { x: number; y: number; anchor: "start" | "end" } {
  const pad = padPosition(pin);
  return pin.side === "left" ? { x: BOARD.x - 8, y: pad.y, anchor: "end" } : { x: BOARD.x + BOARD.width + 8, y: pad.y, anchor: "start" };
}

/** The centre of the `slot`-th part wired to a pin (parts stack outward from the labels). */
export function partPosition(pin: HeaderPin, slot: number): { x: number; y: number } {
  const pad = padPosition(pin);
  const x = pin.side === "left" ? BOARD.x - 66 - slot * 30 : BOARD.x + BOARD.width + 80 + slot * 30;
  return { x, y: pad.y };
}

/** The on-board LED, just beside the USB connector. */
export const LED_BOX = { x: BOARD.x + 26, y: BOARD.y + 10, width: 9, height: 6 };
export const USB_BOX = { x: BOARD.x + 55, y: BOARD.y - 14, width: 50, height: 30 };
export const BOOTSEL_BOX = { x: BOARD.x + 62, y: BOARD.y + 62, width: 36, height: 26 };
export const CHIP_BOX = { x: BOARD.x + 50, y: BOARD.y + 220, width: 60, height: 60 };

/**
 * The part of the drawing worth showing: the board and its labels, widened only as far as parts reach, and kept
 * centred on the board. Without parts the board is drawn as large as the column allows.
 */
export function viewBox(deepestLeft: number, deepestRight: number): string {
  const centre = BOARD.x + BOARD.width / 2;
  const leftEdge = deepestLeft < 0 ? BOARD.x - 46 : BOARD.x - 66 - deepestLeft * 30 - 16;
  const rightEdge = deepestRight < 0 ? BOARD.x + BOARD.width + 64 : BOARD.x + BOARD.width + 80 + deepestRight * 30 + 16;
  const half = Math.max(centre - leftEdge, rightEdge - centre);
  return `${centre - half} 0 ${2 * half} ${VIEW_HEIGHT}`;
}
