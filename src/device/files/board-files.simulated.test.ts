// BoardFiles against the simulated Pico running Pyco's interpreter (MemoryDrive, SerialRepl, BoardSession) in a worker;
// the read-only case boots it as CircuitPython, whose drive is read-only to code while the computer mounts it.
import { describeBoardFiles } from "./board-files.suite";
import { SIMULATED_BOARD, SIMULATED_BOARD_AVAILABLE, SIMULATED_BOARD_MISSING } from "./test-boards";

describeBoardFiles(SIMULATED_BOARD, SIMULATED_BOARD_AVAILABLE, SIMULATED_BOARD_MISSING);
