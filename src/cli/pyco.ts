// The `pyco` command line: `pyco run FILE.py|DIR [--flavor ...] [--fast] [--duration S] [--trace FILE] ...`. Runs
// the program headless in Node (in a worker thread) and exits with its status.
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { parseArgs, type CliOptions } from "./args";
import { parseServeArgs, serve, SERVE_USAGE } from "./serve";
import { BOARDS } from "../interpreter/hardware/boards/index";

const USAGE = `usage: pyco run FILE.py|DIR [--flavor circuitpython|micropython] [--float single|double] [--fast] [--timeout SECONDS]
                [--duration SECONDS] [--trace FILE] [--show-parts] [--board ID]
  Runs a Python program (or a project folder's code.py/main.py) on Pyco's interpreter. Parts come from the
  folder's wiring.json, else from what the code obviously uses. --duration runs that much board time and stops
  (exit 0 unless an exception went uncaught; --max-time is its old name), --trace writes the board's pin, bus
  and part events to FILE as JSON lines, --timeout limits wall-clock time, --show-parts prints what the parts
  show at the end. --board simulates another RP2040 board (its pin names, board.I2C() and identity), over
  wiring.json's "board": ${BOARDS.map((b) => b.id).join(", ")}.
${SERVE_USAGE}
  Serves a simulated Pico's serial port over TCP (for mpremote: connect socket://HOST:PORT), DIR as its drive.`;

function runInWorker(options: CliOptions): Promise<number> {
  const signalBuffer = new SharedArrayBuffer(4);
  const signal = new Int32Array(signalBuffer);
  const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), {
    workerData: { ...options, signalBuffer },
    resourceLimits: { stackSizeMb: 16 },
  });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (status: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.off("SIGINT", onSigint);
      resolve(status);
    };
    let interrupts = 0;
    const onSigint = () => {
      interrupts++;
      if (interrupts > 2) {
        void worker.terminate();
        finish(130);
        return;
      }
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    };
    process.on("SIGINT", onSigint);
    const timer =
      options.timeout > 0
        ? setTimeout(() => {
            process.stderr.write(`pyco: timed out after ${options.timeout} s\n`);
            void worker.terminate();
            finish(124);
          }, options.timeout * 1000)
        : undefined;
    worker.on("message", (m: { status: number }) => finish(m.status));
    worker.on("error", (e) => {
      process.stderr.write(`pyco: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      finish(3);
    });
    worker.on("exit", (code) => finish(code === 0 ? 0 : code));
  });
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "serve") {
    const options = parseServeArgs(argv.slice(1));
    if (typeof options === "string") {
      process.stderr.write(`pyco: ${options}\n${SERVE_USAGE}\n`);
      return 2;
    }
    return serve(options);
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    process.stderr.write(parsed === "" ? USAGE + "\n" : `pyco: ${parsed}\n${USAGE}\n`);
    return parsed === "" ? 0 : 2;
  }
  return runInWorker(parsed);
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
    // A worker stuck in a blocking read (input() on a pipe) can't be terminated: leave without it.
    if (status === 124 || status === 130) process.exit(status);
  });
}
