// Runs one program with the Node host: picks the drive root and main file, creates the Interpreter, and
// returns the process exit status (0 ok, 1 uncaught exception, SystemExit's code).
import * as fs from "node:fs";
import * as nodePath from "node:path";
import { Interpreter } from "../interpreter/index";
import { NodeHost } from "./node-host";
import { hostWithBoard } from "../board/host-with-board";
import { wireProject, type ProjectFiles } from "../board/project-wiring";
import { describeParts } from "../simulator/parts/describe";
import { InterpreterAbort } from "../interpreter/runtime/traceback";
import type { Host } from "../interpreter/runtime/host";
import type { SimulatedBoard } from "../simulator/board";

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

/** Stops the program once the board's clock passes `seconds` (Python cannot catch it). */
class TimeLimitReached extends InterpreterAbort {
  constructor(seconds: number) {
    super(`board time limit (${seconds} s) reached`);
  }
}

function withTimeLimit(host: Host, board: SimulatedBoard, seconds: number): Host {
  const limitUs = seconds * 1_000_000;
  const check = () => {
    if (board.ticksUs() >= limitUs) throw new TimeLimitReached(seconds);
  };
  return {
    ...host,
    sleepUs: (us) => {
      // A sleep that would cross the limit ends at the limit.
      host.sleepUs(Math.min(us, Math.max(0, limitUs - board.ticksUs())));
      check();
    },
    onPoll: () => {
      host.onPoll?.();
      check();
    },
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

export function runProgram(options: RunOptions): number {
  const where = locateProgram(options.target, options.flavor);
  if (typeof where === "string") {
    (options.write ?? ((_fd, t) => process.stderr.write(t)))(2, where + "\n");
    return 2;
  }
  const host = new NodeHost({ root: where.root, fast: options.fast, signal: options.signal, write: options.write });
  try {
    // A simulated Pico behind the host, so programs can use machine/board/digitalio as on the IDE's board.
    const { host: boardHost, board } = hostWithBoard(host, options.fast);
    const report = (text: string) => (options.write ?? ((_fd, t) => process.stderr.write(t)))(2, text);
    for (const message of wireProject(board.chip.parts, nodeProjectFiles(options.target), options.flavor)) report(`pyco: ${message}\n`);
    const interp = new Interpreter(options.maxTime ? withTimeLimit(boardHost, board, options.maxTime) : boardHost, {
      flavor: options.flavor,
      floatPrecision: options.float,
      argv: [where.main, ...options.argv],
      debug: options.debug,
    });
    try {
      return interp.runMain(where.main).exitCode;
    } catch (e) {
      if (e instanceof TimeLimitReached) return 0;
      throw e;
    } finally {
      host.flush();
      if (options.showParts) report(describeParts(board.chip.parts));
    }
  } finally {
    host.flush();
  }
}
