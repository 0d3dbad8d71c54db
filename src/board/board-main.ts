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
import { pollHardware, softResetHardware } from "../interpreter/hardware/index";
import { PinBridgeBoard, type PinBridgeBuffers, type PinSnapshot } from "./pin-bridge";
import { IdleSerial } from "./idle-serial";
import { MailboxReader } from "./project-mailbox";
import { driveProjectFiles, projectBoardId, wireProject } from "./project-wiring";
import { config as interpreterConfig } from "../interpreter/runtime/config";
import { applyInitialControls, type InitialControl } from "./part-controls";
import { PartsPublisher, type PartsMessage } from "./parts-publisher";
import { PartsSync } from "./parts-sync";

export interface BoardConfig {
  flavor: Flavor;
  /** The project's files, relative to the drive root. */
  files: { path: string; data?: Uint8Array; kind?: "file" | "dir" }[];
  timing: "realtime" | "fast";
  floatPrecision?: "single" | "double";
  /** Control values the page holds for parts (a held button, a set temperature), applied right after wiring. */
  controls?: InitialControl[];
  /** The board to simulate over wiring.json's "board" (`pyco serve --board`); else wiring.json's, else the Pico. */
  board?: string;
}

/** What the board sends to whoever runs it: serial bytes, and changes programs make to the drive. */
export interface BoardOutput {
  serial(bytes: Uint8Array): void;
  driveChange?(change: DriveChange): void;
  /** The pins' state for the board view (sent only when a pin bridge is given). */
  pins?(snapshot: PinSnapshot): void;
  /** The parts' live states for the board view (sent only when a pin bridge is given). */
  parts?(message: PartsMessage): void;
}

/** The shared memory of a board: its serial link, and optionally the pin bridge (inputs, speed, pause). */
export type BoardBuffers = SharedSerialBuffers & {
  pins?: PinBridgeBuffers;
  /** The project's files as the page last saved them, taken at each reboot (see project-mailbox.ts). */
  mailbox?: SharedArrayBuffer;
  /** The page's part controls (see part-controls.ts). */
  controls?: SharedArrayBuffer;
};

export interface RunningBoard {
  drive: MemoryDrive;
  board: SimulatedBoard;
}

/** Boots the board and runs it; returns when the link closes. */
export function runBoard(buffers: BoardBuffers, config: BoardConfig, output: BoardOutput, onStart?: (b: RunningBoard) => void): void {
  const link = new SerialBoardEnd(buffers, (bytes) => output.serial(bytes));
  // CircuitPython's drive is mounted by the computer, so read-only to code (boot.py may remount it).
  const drive = new MemoryDrive({ readOnly: config.flavor === "circuitpython", capacity: config.flavor === "circuitpython" ? 1048576 : 1441792 });
  drive.load(config.files);
  if (output.driveChange) drive.onChange(output.driveChange);
  const bridge = buffers.pins ? new PinBridgeBoard(buffers.pins, { publish: (s) => output.pins?.(s) }) : undefined;
  const board = new SimulatedBoard({
    mode: config.timing === "realtime" ? "realtime" : "virtual",
    usPerPoll: config.timing === "fast" ? 100 : 0,
    wallClockMs: bridge && (() => bridge.elapsedMs()),
  });
  bridge?.attach(board);
  // The board the project targets (wiring.json's "board") and its parts (its wiring.json, else what its code
  // obviously uses), taken at power-on.
  const projectFiles = driveProjectFiles(drive);
  const target = projectBoardId(projectFiles, config.board);
  interpreterConfig.board = target;
  for (const message of wireProject(board.chip.parts, projectFiles, config.flavor, config.board)) console.warn(`[pyco] ${message}`);
  applyInitialControls(board.chip.parts, config.controls ?? []);
  const publisher = bridge && output.parts ? new PartsPublisher(board.chip, output.parts) : undefined;
  const pacing = bridge && new PartsSync(bridge, board.chip.parts, buffers.controls, publisher);
  pacing?.applyControls();
  publisher?.publishAll();
  let booted = false;
  const serial = pacing ? new IdleSerial(link, (waitMs) => whileIdle(board, pacing, booted, waitMs)) : link;
  const circuitPython = config.flavor === "circuitpython";
  const takeAutoReload = () => circuitPython && link.takeReloadRequest();
  const host = new BoardHost({ serial, drive, board, timing: config.timing, pacing, takeAutoReload });
  const mailbox = buffers.mailbox ? new MailboxReader(buffers.mailbox) : undefined;
  onStart?.({ drive, board });
  const session = new BoardSession({
    flavor: config.flavor,
    serial,
    // A soft reboot releases pins, stops timers and PWM, as the firmware's soft reset does.
    onSoftReset: () => {
      // A request that ended the last run (machine.soft_reset) is done; a reboot picks up files saved meanwhile.
      board.takeResetRequest();
      const snapshot = mailbox?.take();
      if (snapshot) drive.replaceAll(snapshot);
      if (booted) softResetHardware();
      booted = true;
    },
    takeRestartRequest: () => {
      const request = board.takeResetRequest();
      if (request === null) return null;
      return request === "soft" ? "reload" : "hard";
    },
    autoReloadPending: takeAutoReload,
    // CircuitPython's drive is read-only to code again after a reset, until boot.py remounts it.
    onPowerOn: () => {
      drive.readOnly = circuitPython;
    },
    createRuntime: () => new InterpreterRuntime(host, config.flavor, config.floatPrecision ?? "single", target),
  });
  try {
    session.powerOn();
  } catch (e) {
    if (!(e instanceof SerialClosed)) throw e;
  } finally {
    publisher?.close();
    link.flush();
  }
}

/** A board waiting for a key still runs: its clock moves, timer and pin callbacks run, the page sees its pins. */
function whileIdle(board: SimulatedBoard, pacing: PartsSync, booted: boolean, waitMs: number): void {
  board.poll();
  if (booted && !pacing.paused()) pollHardware();
  pacing.sync(waitMs);
}
