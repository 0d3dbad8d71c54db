// The simulated Pico's WebWorker: runs the board (interpreter + RP2040 simulation + REPL) on messages from the page.
import { runBoard, type BoardConfig } from "../src/board/board-main";
import type { SharedSerialBuffers } from "../src/board/shared-serial";
import type { BoardToPage, PageToBoard } from "../src/board/worker-protocol";

const post = (message: BoardToPage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<PageToBoard>) => {
  const message = event.data;
  if (message.type !== "start") return;
  const { buffers, config } = message as { buffers: SharedSerialBuffers; config: BoardConfig };
  try {
    runBoard(buffers, config, {
      serial: (bytes) => post({ type: "serial", bytes }, [bytes.buffer]),
      driveChange: (change) => post({ type: "drive", change }),
    });
    post({ type: "stopped" });
  } catch (e) {
    post({ type: "crashed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
post({ type: "loaded" });
