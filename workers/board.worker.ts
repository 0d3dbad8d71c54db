// The simulated Pico's WebWorker: runs the board (interpreter + RP2040 simulation + REPL) on messages from the page.
import { runBoard } from "../src/board/board-main";
import type { BoardToPage, PageToBoard } from "../src/board/worker-protocol";

const post = (message: BoardToPage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<PageToBoard>) => {
  const message = event.data;
  if (message.type !== "start") return;
  const { buffers, config } = message;
  try {
    runBoard(buffers, config, {
      serial: (bytes) => post({ type: "serial", bytes }, [bytes.buffer]),
      driveChange: (change) => post({ type: "drive", change }),
      // Snapshots are tiny and the bridge keeps comparing against them: copied, not transferred.
      pins: (snapshot) => post({ type: "pins", snapshot }),
      parts: (message) => post({ type: "parts", ...message }),
    });
    post({ type: "stopped" });
  } catch (e) {
    post({ type: "crashed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
post({ type: "loaded" });
