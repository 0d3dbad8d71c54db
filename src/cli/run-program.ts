// Runs one program with the Node host: picks the drive root and main file, creates the Interpreter, and
// returns the process exit status (0 ok, 1 uncaught exception, SystemExit's code).
import * as fs from "node:fs";
import * as nodePath from "node:path";
import { Interpreter } from "../interpreter/index";
import { NodeHost } from "./node-host";
import { hostWithBoard } from "../board/host-with-board";

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
    const interp = new Interpreter(hostWithBoard(host, options.fast).host, {
      flavor: options.flavor,
      floatPrecision: options.float,
      argv: [where.main, ...options.argv],
      debug: options.debug,
    });
    const result = interp.runMain(where.main);
    return result.exitCode;
  } finally {
    host.flush();
  }
}
