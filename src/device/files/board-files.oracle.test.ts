// BoardFiles against MicroPython's own WebAssembly build in a worker (real MicroPython semantics: ilistdir without
// sizes, binascii, hashlib, rename), including firmware without hashlib or binascii and a read-only drive.
import { describeBoardFiles } from "./board-files.suite";

describeBoardFiles({
  name: "MicroPython's WebAssembly build",
  worker: new URL("../../../tests/support/micropython-wasm-board.worker.ts", import.meta.url),
  root: "/flash",
  workerData: (variant) => ({ ...variant }),
  models: { withoutModules: true, readOnly: true },
});
