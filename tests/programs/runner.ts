// Runs programs through the real command line (`pyco run DIR --fast --duration S --trace FILE`) in child processes,
// a few at a time, each with a wall-clock limit; nobody types on the board's serial port (stdin is empty).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { TraceEvent } from "../../src/simulator/trace";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PYCO = path.join(ROOT, "bin", "pyco.mjs");

export interface RunRequest {
  dir: string;
  flavor: "circuitpython" | "micropython";
  /** Board seconds to run. */
  duration: number;
  /** Wall-clock seconds before the run counts as too slow. */
  timeout: number;
}

export interface RunOutput {
  status: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  trace: TraceEvent[];
  wallMs: number;
}

/** Output beyond this is dropped (a program printing in a tight loop), keeping its start and end. */
const OUTPUT_LIMIT = 200_000;

function keep(text: string, more: string): string {
  const all = text + more;
  return all.length <= OUTPUT_LIMIT ? all : all.slice(0, OUTPUT_LIMIT / 2) + "\n[...]\n" + all.slice(-OUTPUT_LIMIT / 2);
}

export function readTrace(file: string): TraceEvent[] {
  if (!fs.existsSync(file)) return [];
  const events: TraceEvent[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line !== "") events.push(JSON.parse(line) as TraceEvent);
  }
  return events;
}

export function runProject(req: RunRequest): Promise<RunOutput> {
  const traceFile = path.join(req.dir, "..", `${path.basename(req.dir)}.trace.jsonl`);
  const args = [PYCO, "run", req.dir, "--fast", "--flavor", req.flavor, "--duration", String(req.duration), "--trace", traceFile, "--timeout", String(req.timeout)];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout = keep(stdout, d)));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = keep(stderr, d)));
    // The CLI enforces --timeout itself; this is the backstop if the process wedges.
    const kill = setTimeout(() => child.kill("SIGKILL"), (req.timeout + 15) * 1000);
    child.on("close", (code) => {
      clearTimeout(kill);
      const timedOut = code === 124 || code === null;
      resolve({ status: code, timedOut, stdout, stderr, trace: readTrace(traceFile), wallMs: Date.now() - started });
    });
  });
}

/** Runs `jobs` with at most `parallel` at once; results in the jobs' order. */
export async function runAll<T, R>(jobs: T[], parallel: number, run: (job: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await run(jobs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, lane));
  return results;
}
