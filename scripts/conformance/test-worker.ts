// Runs one conformance test in this worker (a fresh interpreter) and posts back its combined output.
import { parentPort, workerData } from "node:worker_threads";
import { runProgram } from "../../src/cli/run-program";

const { file, float } = workerData as { file: string; float: "single" | "double" };
let output = "";
let status: number;
try {
  status = runProgram({
    target: file, flavor: "micropython", float, fast: true, signal: new Int32Array(new SharedArrayBuffer(4)),
    argv: [], debug: false, write: (_fd, text) => {
      output += text;
    },
  });
} catch (e) {
  output += `\n[runner] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
  status = 3;
}
parentPort!.postMessage({ output, status });
