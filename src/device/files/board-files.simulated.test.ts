// BoardFiles against the simulated Pico running Pyco's interpreter (MemoryDrive, SerialRepl, BoardSession) in a worker;
// the read-only case boots it as CircuitPython, whose drive is read-only to code while the computer mounts it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeBoardFiles } from "./board-files.suite";

const worker = new URL("../../../tests/support/python-board.worker.ts", import.meta.url);
const available = existsSync(fileURLToPath(worker)) && existsSync(fileURLToPath(new URL("../../board/board-main.ts", import.meta.url)));

describeBoardFiles(
  {
    name: "the simulated Pico (Pyco's interpreter)",
    worker,
    root: "/",
    workerData: (variant) => ({
      config: { flavor: variant.readOnly ? "circuitpython" : "micropython", files: variant.files ?? [], timing: "fast" },
    }),
    models: { withoutModules: false, readOnly: true },
  },
  available,
  "the simulated board with the interpreter (tests/support/python-board.worker.ts, src/board/board-main.ts) is not there yet",
);
