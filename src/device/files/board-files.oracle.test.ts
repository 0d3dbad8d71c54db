// BoardFiles against MicroPython's own WebAssembly build in a worker (real MicroPython semantics: ilistdir without
// sizes, binascii, hashlib, rename), including firmware without hashlib or binascii and a read-only drive.
import { describeBoardFiles } from "./board-files.suite";
import { WASM_BOARD } from "./test-boards";

describeBoardFiles(WASM_BOARD);
