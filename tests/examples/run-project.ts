// Runs a project folder on the CLI's simulated Pico for some seconds of board time (as `pyco run DIR --fast
// --duration S --trace FILE` does) and returns its output and the trace's events, for the example tests.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runProgram } from "../../src/cli/run-program";
import type { SimulatedBoard } from "../../src/simulator/board";

export interface TraceEvent {
  t: number;
  type: string;
  [field: string]: unknown;
}

export interface ProjectRun {
  status: number;
  out: string;
  err: string;
  events: TraceEvent[];
}

/** Writes files (path → text; a path ending in "/" is a folder) under `dir`. */
export function writeProject(dir: string, files: { path: string; data?: string }[]): string {
  for (const file of files) {
    const path = join(dir, file.path);
    if (file.data === undefined) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.data);
    }
  }
  return dir;
}

export interface RunExtras {
  /** Called with the wired board before the program starts (to schedule button presses on its clock...). */
  onBoard?: (board: SimulatedBoard) => void;
}

export function runProject(dir: string, flavor: "micropython" | "circuitpython", seconds: number, extras: RunExtras = {}): ProjectRun {
  let out = "";
  let err = "";
  const trace = join(mkdtempSync(join(tmpdir(), "pyco-trace-")), "trace.jsonl");
  const status = runProgram({
    target: dir,
    flavor,
    float: "single",
    fast: true,
    signal: new Int32Array(new SharedArrayBuffer(4)),
    argv: [],
    debug: false,
    maxTime: seconds,
    trace,
    onBoard: extras.onBoard,
    write: (fd, text) => (fd === 1 ? (out += text) : (err += text)),
  });
  const events = readFileSync(trace, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as TraceEvent);
  return { status, out: out.replace(/\r\n/g, "\n"), err, events };
}
