// Starts a board in a Node worker thread behind the shared serial link and offers it as a BoardLink.
import { Worker } from "node:worker_threads";
import { createSharedSerialBuffers, SerialHostEnd } from "../../src/board/shared-serial";
import type { BoardLink } from "../../src/device/simulator-connection";

export function startWorkerBoard(workerFile: URL, extraData: Record<string, unknown> = {}): BoardLink & { worker: Worker; serialHost: SerialHostEnd } {
  const buffers = createSharedSerialBuffers();
  const host = new SerialHostEnd(buffers);
  const bootstrap = new URL("./ts-worker-bootstrap.mjs", import.meta.url);
  const worker = new Worker(bootstrap, { workerData: { ...buffers, ...extraData, entry: workerFile.href } });
  const listeners = new Set<(chunk: Uint8Array) => void>();
  worker.on("message", (chunk: Uint8Array) => listeners.forEach((l) => l(new Uint8Array(chunk))));
  return {
    worker,
    serialHost: host,
    sendToBoard: (bytes) => host.write(bytes),
    onBoardOutput: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      host.close();
      void worker.terminate();
    },
  };
}
