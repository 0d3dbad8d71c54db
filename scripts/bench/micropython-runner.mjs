// Benchmark runner for MicroPython's WebAssembly build (the npm package ViperIDE runs): a fresh instance per program.
import fs from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { serveRequests, resultLine } from "./protocol.mjs";

serveRequests(async ({ file }) => {
  let output = "";
  const mp = await loadMicroPython({ heapsize: 64 * 1024 * 1024, stdout: (line) => (output += line + "\n"), linebuffer: true });
  const source = fs.readFileSync(file, "utf8");
  const t0 = performance.now();
  let error;
  try {
    mp.runPython(source);
  } catch (e) {
    error = String(e.message ?? e).slice(-400);
  }
  const ms = performance.now() - t0;
  return { result: resultLine(output), ms, error };
});
