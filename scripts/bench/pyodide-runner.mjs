// Benchmark runner for Pyodide (CPython in WebAssembly): loaded once, each program in fresh globals.
import fs from "node:fs";
import { loadPyodide } from "pyodide";
import { serveRequests, resultLine } from "./protocol.mjs";

const pyodide = await loadPyodide();
serveRequests(async ({ file }) => {
  let output = "";
  pyodide.setStdout({ batched: (line) => (output += line + "\n") });
  const globals = pyodide.globals.get("dict")();
  globals.set("__name__", "__main__");
  const source = fs.readFileSync(file, "utf8");
  const t0 = performance.now();
  let error;
  try {
    pyodide.runPython(source, { globals });
  } catch (e) {
    error = String(e.message ?? e).slice(-400);
  }
  const ms = performance.now() - t0;
  globals.destroy();
  return { result: resultLine(output), ms, error };
});
