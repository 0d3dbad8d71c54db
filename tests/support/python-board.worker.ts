// A simulated Pico with the real interpreter in a Node worker thread (for protocol and session tests).
import { parentPort, workerData } from "node:worker_threads";
import { runBoard, type BoardConfig } from "../../src/board/board-main";
import type { SharedSerialBuffers } from "../../src/board/shared-serial";

const data = workerData as SharedSerialBuffers & { config: BoardConfig };
runBoard(data, data.config, {
  serial: (bytes) => parentPort!.postMessage(bytes),
});
