// Worker-thread entry: runs the program off the main thread so that the main thread can deliver Ctrl-C
// (through the shared flag) and enforce --timeout while Python code runs synchronously.
import { parentPort, workerData } from "node:worker_threads";
import { runProgram, type RunOptions } from "./run-program";

const options = workerData as Omit<RunOptions, "signal"> & { signalBuffer: SharedArrayBuffer };
const status = runProgram({ ...options, signal: new Int32Array(options.signalBuffer) });
parentPort!.postMessage({ status });
