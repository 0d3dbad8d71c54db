// Runs a simulated Pico until its serial link closes: the one composition of interpreter, simulator and REPL,
// used by the browser's board worker and by the CLI (`pyco serve`) alike.
import { SerialBoardEnd, type SharedSerialBuffers } from "./shared-serial";
import { SerialClosed } from "./repl/serial-port";
import { MemoryDrive, type DriveChange } from "./memory-drive";
import { BoardHost } from "./board-host";
import { BoardSession } from "./session";
import { InterpreterRuntime } from "./interpreter-runtime";
import { SimulatedBoard } from "../simulator/board";
import type { Flavor } from "./firmware";
import { softResetHardware } from "../interpreter/hardware/index";

export interface BoardConfig {
  flavor: Flavor;
  /** The project's files, relative to the drive root. */
  files: { path: string; data?: Uint8Array; kind?: "file" | "dir" }[];
  timing: "realtime" | "fast";
  floatPrecision?: "single" | "double";
}

/** What the board sends to whoever runs it: serial bytes, and changes programs make to the drive. */
export interface BoardOutput {
  serial(bytes: Uint8Array): void;
  driveChange?(change: DriveChange): void;
}

export interface RunningBoard {
  drive: MemoryDrive;
  board: SimulatedBoard;
}

/** Boots the board and runs it; returns when the link closes. */
export function runBoard(buffers: SharedSerialBuffers, config: BoardConfig, output: BoardOutput, onStart?: (b: RunningBoard) => void): void {
  const serial = new SerialBoardEnd(buffers, (bytes) => output.serial(bytes));
  // CircuitPython's drive is mounted by the computer, so read-only to code (boot.py may remount it).
  const drive = new MemoryDrive({ readOnly: config.flavor === "circuitpython", capacity: config.flavor === "circuitpython" ? 1048576 : 1441792 });
  drive.load(config.files);
  if (output.driveChange) drive.onChange(output.driveChange);
  const board = new SimulatedBoard({ mode: config.timing === "realtime" ? "realtime" : "virtual", usPerPoll: config.timing === "fast" ? 100 : 0 });
  const host = new BoardHost({ serial, drive, board, timing: config.timing });
  onStart?.({ drive, board });
  let booted = false;
  const session = new BoardSession({
    flavor: config.flavor,
    serial,
    // A soft reboot releases pins, stops timers and PWM, as the firmware's soft reset does.
    onSoftReset: () => {
      if (booted) softResetHardware();
      booted = true;
    },
    createRuntime: () => new InterpreterRuntime(host, config.flavor, config.floatPrecision ?? "single"),
  });
  try {
    session.powerOn();
  } catch (e) {
    if (!(e instanceof SerialClosed)) throw e;
  } finally {
    serial.flush();
  }
}
