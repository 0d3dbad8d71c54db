// Runs one conformance test in this worker (a fresh interpreter, no simulated board) and posts back its output.
import * as nodePath from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { Interpreter } from "../../src/interpreter/index";
import { NodeHost } from "../../src/cli/node-host";

const { file, float } = workerData as { file: string; float: "single" | "double" };
let output = "";
let status: number;
const host = new NodeHost({
  root: "/",
  fast: true,
  signal: new Int32Array(new SharedArrayBuffer(4)),
  write: (_fd, text) => {
    output += text;
  },
});
try {
  const interp = new Interpreter(host, { flavor: "micropython", floatPrecision: float, argv: [nodePath.resolve(file)] });
  status = interp.runMain(nodePath.resolve(file)).exitCode;
} catch (e) {
  output += `\n[runner] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
  status = 3;
}
host.flush();
parentPort!.postMessage({ output, status });
