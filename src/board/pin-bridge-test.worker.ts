// A simulated Pico with a pin bridge in a Node worker thread: serial bytes and pin snapshots go to the test as messages.
import { parentPort, workerData } from "node:worker_threads";
import { runBoard, type BoardBuffers, type BoardConfig } from "./board-main";

const data = workerData as { buffers: BoardBuffers; config: BoardConfig };
runBoard(data.buffers, data.config, {
  serial: (bytes) => parentPort!.postMessage({ kind: "serial", bytes }),
  pins: (snapshot) => parentPort!.postMessage({ kind: "pins", snapshot }),
  driveChange: (change) => parentPort!.postMessage({ kind: "drive", change }),
});
