// Runs one program with the Node host: picks the drive root and main file, powers on a simulated Pico (boot.py,
// then the main file), and returns the process exit status (0 ok, 1 uncaught exception, SystemExit's code).
import * as fs from "node:fs";
import * as nodePath from "node:path";
import { Interpreter } from "../interpreter/index";
import { NodeFileSystem, NodeHost } from "./node-host";
import { projectBoardId, type ProjectFiles } from "../board/project-wiring";
import { describeParts } from "../simulator/parts/describe";
import { formatTraceback, InterpreterAbort } from "../interpreter/runtime/traceback";
import { softResetHardware } from "../interpreter/hardware/index";
import type { SimulatedBoard } from "../simulator/board";
import type { Host } from "../interpreter/runtime/host";
import { TimeLimitReached, idleUntilLimit } from "./board-time";
import { cliBoard } from "./cli-board";

export interface RunOptions {
  target: string;
  flavor: "micropython" | "circuitpython";
  float: "single" | "double";
  fast: boolean;
  /** Shared interrupt flag (see NodeHost). */
  signal: Int32Array;
  argv: string[];
  debug: boolean;
  /** Capture output instead of writing to the process's stdout/stderr. */
  write?: (fd: 1 | 2, text: string) => void;
  /** Seconds of board time after which the program is stopped (0 or absent: no limit). */
  maxTime?: number;
  /** Print what the wired parts show when the run ends. */
  showParts?: boolean;
  /** Write the board's pin, bus and part events to this file as JSON lines (see src/simulator/README.md). */
  trace?: string;
  /** --board: the board to simulate instead of wiring.json's (a checked board id). */
  board?: string;
  /** Called with the powered-on, wired board before the program starts (tests schedule part inputs on its clock). */
  onBoard?: (board: SimulatedBoard) => void;
}

/** The project as the wiring sees it: wiring.json and the .py files of the folder (or just the file run). */
function nodeProjectFiles(target: string): ProjectFiles {
  const abs = nodePath.resolve(target);
  const isDir = fs.statSync(abs).isDirectory();
  const base = isDir ? abs : nodePath.dirname(abs);
  return {
    readText: (path) => {
      const file = nodePath.join(base, path);
      return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, "utf8") : null;
    },
    topLevelPython: () => (isDir ? fs.readdirSync(base).filter((n) => n.endsWith(".py")).map((n) => "/" + n) : ["/" + nodePath.basename(abs)]),
  };
}

/** The drive root, the working directory and the main file (as drive paths) for a file or project folder. */
export function locateProgram(target: string, flavor: string): { root: string; cwd: string; main: string } | string {
  const abs = nodePath.resolve(target);
  const stat = fs.statSync(abs, { throwIfNoEntry: false });
  if (stat === undefined) return `can't open file '${target}': [Errno 2] ENOENT`;
  if (!stat.isDirectory()) return { root: "/", cwd: nodePath.dirname(abs), main: abs };
  const names = flavor === "circuitpython" ? ["code.py", "main.py", "code.txt", "main.txt"] : ["main.py", "code.py"];
  const main = names.find((n) => fs.existsSync(nodePath.join(abs, n)));
  if (main === undefined) return `no ${names.slice(0, 2).join(" or ")} in ${target}`;
  return { root: abs, cwd: "/", main: "/" + main };
}

/** The exception's last traceback line ("ValueError: bad"), for the trace's end event. */
function exceptionLine(exc: Parameters<typeof formatTraceback>[0] | null): string | null {
  if (exc === null) return null;
  const lines = formatTraceback(exc).trimEnd().split("\n");
  return lines[lines.length - 1];
}

/** What running a file gave: its exit status and the trace's end event. */
interface FileOutcome {
  status: number;
  end: Record<string, unknown>;
  ok: boolean;
}

function runFile(interp: Interpreter, file: string): FileOutcome {
  const result = interp.runMain(file);
  const end = { reason: result.status === "ok" ? "finished" : result.status, status: result.exitCode, exception: exceptionLine(result.exception) };
  return { status: result.exitCode, end, ok: result.status === "ok" };
}

/**
 * Runs the project as the firmware does at power-on: boot.py first when the folder has one (MicroPython: in the
 * same VM; CircuitPython: its own VM, while the drive is still writable by code), then the main file. A boot.py
 * exception is printed and the main file still runs, as on the board; it makes the exit status 1 if main is fine.
 */
function powerOn(options: RunOptions, where: { root: string; main: string }, host: Host, drive: NodeHost["fs"]): FileOutcome {
  const make = () => new Interpreter(host, { flavor: options.flavor, floatPrecision: options.float, board: options.board, argv: [where.main, ...options.argv], debug: options.debug });
  const hasBoot = where.root !== "/" && where.main !== "/boot.py" && drive.stat("/boot.py")?.kind === "file";
  let interp = make();
  let boot: FileOutcome | null = null;
  if (hasBoot) {
    boot = runFile(interp, "/boot.py");
    if (options.flavor === "circuitpython") {
      // CircuitPython resets the hardware between boot.py and code.py, each in its own VM.
      softResetHardware();
      interp = make();
    }
  }
  const main = runFile(interp, where.main);
  if (boot !== null && boot.status !== 0 && main.status === 0) return { ...main, status: boot.status };
  return main;
}

/**
 * The board from power-on to the deadline: a reset the program asks for (machine.reset(), microcontroller.reset(),
 * machine.soft_reset(), a watchdog timeout) boots it again, as the firmware does; the bootloader ends the run.
 * MicroPython's board idles at the REPL after main.py, its timers and state machines still going.
 */
function runBoard(options: RunOptions, where: { root: string; main: string }, host: Host, drive: NodeFileSystem, board: SimulatedBoard): FileOutcome {
  let hard = true;
  for (;;) {
    // CircuitPython's drive belongs to the computer (read-only to code) after a reset, until boot.py remounts it.
    if (hard && options.flavor === "circuitpython" && where.root !== "/") drive.readOnly = true;
    let outcome: FileOutcome | null = null;
    try {
      outcome = powerOn(options, where, host, drive);
      if (options.maxTime && outcome.ok && options.flavor === "micropython") idleUntilLimit(host, board);
    } catch (e) {
      if (!(e instanceof InterpreterAbort) || e instanceof TimeLimitReached || board.chip.system.pendingReset === null) throw e;
    }
    const kind = board.takeResetRequest();
    if (kind === null) return outcome!;
    if (kind === "bootloader") return { status: 0, end: { reason: "bootloader" }, ok: true };
    softResetHardware();
    hard = kind !== "soft";
  }
}

export function runProgram(options: RunOptions): number {
  const where = locateProgram(options.target, options.flavor);
  const report = (text: string) => (options.write ?? ((_fd, t) => process.stderr.write(t)))(2, text);
  if (typeof where === "string") {
    report(where + "\n");
    return 2;
  }
  const host = new NodeHost({ root: where.root, fast: options.fast, signal: options.signal, write: options.write });
  try {
    const files = nodeProjectFiles(options.target);
    // The board the project targets: --board, else wiring.json's "board", else the Pico.
    const target = projectBoardId(files, options.board);
    const { board, host: boardHost, trace } = cliBoard(host, files, {
      flavor: options.flavor, fast: options.fast, maxTime: options.maxTime ?? 0, trace: options.trace, board: options.board,
    }, (m) => report(`pyco: ${m}\n`));
    let end: Record<string, unknown> = { reason: "deadline" };
    options.onBoard?.(board);
    try {
      const outcome = runBoard({ ...options, board: target }, where, boardHost, host.fs as NodeFileSystem, board);
      end = outcome.end;
      return outcome.status;
    } catch (e) {
      if (e instanceof TimeLimitReached) return 0;
      end = { reason: "aborted", message: e instanceof Error ? e.message : String(e) };
      throw e;
    } finally {
      host.flush();
      trace?.recorder.end(end);
      trace?.file.close();
      if (options.showParts) report(describeParts(board.chip.parts));
    }
  } finally {
    host.flush();
  }
}
