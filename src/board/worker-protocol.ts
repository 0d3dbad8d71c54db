// Messages between the page and the board worker (serial bytes and pin inputs travel through shared memory one way,
// messages the other).
import type { BoardBuffers, BoardConfig } from "./board-main";
import type { DriveChange } from "./memory-drive";
import type { PinSnapshot } from "./pin-bridge";

export type PageToBoard = { type: "start"; buffers: BoardBuffers; config: BoardConfig };

export type BoardToPage =
  | { type: "loaded" }
  | { type: "serial"; bytes: Uint8Array }
  | { type: "drive"; change: DriveChange }
  | { type: "pins"; snapshot: PinSnapshot }
  | { type: "stopped" }
  | { type: "crashed"; message: string };
