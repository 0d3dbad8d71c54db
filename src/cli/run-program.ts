// Runs one program with the Node host: picks the drive root and main file, creates the Interpreter, and
// returns the process exit status (0 ok, 1 uncaught exception, SystemExit's code).
import * as fs from "node:fs";
import * as nodePath from "node:path";
import { Interpreter } from "../interpreter/index";
import { NodeHost } from "./node-host";
import { hostWithBoard } from "../board/host-with-board";
import { wireProject, type ProjectFiles } from "../board/project-wiring";
import { describeParts } from "../simulator/parts/describe";
import { formatTraceback } from "../interpreter/runtime/traceback";
import type { Host } from "../interpreter/runtime/host";
import type { SimulatedBoard } from "../simulator/board";
import { TraceRecorder } from "../simulator/trace";
import { TraceFile } from "./trace-file";
import { TimeLimitReached, idleUntilLimit, withHardwareCost, withTimeLimit, withWorkCost } from "./board-time";

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

/** The --trace recorder on the board, writing to its file; the host's output and hardware pass through it. */
function startTrace(path: string, host: Host, board: SimulatedBoard): { host: Host; recorder: TraceRecorder; file: TraceFile } {
  const file = new TraceFile(path);
  const recorder = new TraceRecorder(board.chip, (e) => file.write(e));
  const traced: Host = {
    ...host,
    hardware: recorder.wrapHardware(host.hardware!),
    writeStdout: (text) => {
      recorder.print(text);
      host.writeStdout(text);
    },
  };
  return { host: traced, recorder, file };
}

/** The exception's last traceback line ("ValueError: bad"), for the trace's end event. */
function exceptionLine(exc: Parameters<typeof formatTraceback>[0] | null): string | null {
  if (exc === null) return null;
  const lines = formatTraceback(exc).trimEnd().split("\n");
  return lines[lines.length - 1];
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
    // A simulated Pico behind the host, so programs can use machine/board/digitalio as on the IDE's board.
    const { host: attached, board } = hostWithBoard(host, options.fast, 0);
    for (const message of wireProject(board.chip.parts, nodeProjectFiles(options.target), options.flavor)) report(`pyco: ${message}\n`);
    let boardHost = options.fast ? { ...withWorkCost(attached, board), hardware: withHardwareCost(board.hardware, board) } : attached;
    if (options.maxTime) boardHost = withTimeLimit(boardHost, board, options.maxTime);
    const trace = options.trace ? startTrace(options.trace, boardHost, board) : null;
    if (trace) boardHost = trace.host;
    const interp = new Interpreter(boardHost, {
      flavor: options.flavor,
      floatPrecision: options.float,
      argv: [where.main, ...options.argv],
      debug: options.debug,
    });
    let status = 0;
    let end: Record<string, unknown> = { reason: "deadline" };
    try {
      const result = interp.runMain(where.main);
      status = result.exitCode;
      end = { reason: result.status === "ok" ? "finished" : result.status, status, exception: exceptionLine(result.exception) };
      // MicroPython's timers, IRQs and state machines outlive main.py (the board sits at the REPL).
      if (options.maxTime && result.status === "ok" && options.flavor === "micropython") idleUntilLimit(boardHost);
      return status;
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
