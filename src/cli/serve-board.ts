// The board behind `pyco serve`: runs in a worker thread, serial bytes and drive changes go to the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { runBoard, type BoardConfig } from "../board/board-main";
import type { SharedSerialBuffers } from "../board/shared-serial";

const data = workerData as SharedSerialBuffers & { config: BoardConfig };
runBoard(data, data.config, {
  serial: (bytes) => parentPort!.postMessage({ type: "serial", bytes }),
  driveChange: (change) => parentPort!.postMessage({ type: "drive", change }),
});
