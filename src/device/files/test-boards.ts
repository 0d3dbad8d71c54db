// The boards the device-layer integration tests run against, each in a worker thread (test support, not app code).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BoardUnderTest } from "./board-files.suite";

/** MicroPython's own WebAssembly build: real MicroPython behaviour, and firmware variants (no hashlib, read-only). */
export const WASM_BOARD: BoardUnderTest = {
  name: "MicroPython's WebAssembly build",
  worker: new URL("../../../tests/support/micropython-wasm-board.worker.ts", import.meta.url),
  root: "/flash",
  workerData: (variant) => ({ ...variant }),
  models: { withoutModules: true, readOnly: true },
};

/** The simulated Pico with Pyco's interpreter; read-only means booting it as CircuitPython (drive mounted by the computer). */
export const SIMULATED_BOARD: BoardUnderTest = {
  name: "the simulated Pico (Pyco's interpreter)",
  worker: new URL("../../../tests/support/python-board.worker.ts", import.meta.url),
  root: "/",
  workerData: (variant) => ({
    config: { flavor: variant.readOnly ? "circuitpython" : "micropython", files: variant.files ?? [], timing: "fast" },
  }),
  models: { withoutModules: false, readOnly: true },
};

export const SIMULATED_BOARD_AVAILABLE =
  existsSync(fileURLToPath(SIMULATED_BOARD.worker)) && existsSync(fileURLToPath(new URL("../../board/board-main.ts", import.meta.url)));

export const SIMULATED_BOARD_MISSING = "the simulated board with the interpreter (tests/support/python-board.worker.ts, src/board/board-main.ts) is not there yet";
