// Messages between the page and the board worker (serial bytes travel through shared memory one way, messages the other).
import type { BoardConfig } from "./board-main";
import type { SharedSerialBuffers } from "./shared-serial";
import type { DriveChange } from "./memory-drive";

export type PageToBoard = { type: "start"; buffers: SharedSerialBuffers; config: BoardConfig };

export type BoardToPage =
  | { type: "loaded" }
  | { type: "serial"; bytes: Uint8Array }
  | { type: "drive"; change: DriveChange }
  | { type: "stopped" }
  | { type: "crashed"; message: string };
