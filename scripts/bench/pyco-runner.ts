// Benchmark runner for Pyco's interpreter: a fresh Interpreter per program, double-precision floats like the peers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { Interpreter, makeMemoryHost, compileSource } from "../../src/interpreter/index";
import { serveRequests, resultLine } from "./protocol.mjs";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runProgram(file: string) {
  let output = "";
  const write = (s: string) => void (output += s);
  const interp = new Interpreter(makeMemoryHost(write, write), { flavor: "micropython", floatPrecision: "double" });
  const source = fs.readFileSync(file, "utf8");
  const t0 = performance.now();
  const result = interp.runModule(source, file.split("/").pop());
  const ms = performance.now() - t0;
  return { result: resultLine(output), ms, error: result.status === "exception" ? output.slice(-400) : undefined };
}

/** Time from creating an interpreter to its first printed line. */
function probeStartup() {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    let first = -1;
    const t0 = performance.now();
    const interp = new Interpreter(
      makeMemoryHost(() => {
        if (first < 0) first = performance.now() - t0;
      }),
      { flavor: "micropython" },
    );
    interp.runModule("print('ready')", "main.py");
    samples.push(first);
  }
  return { ms: median(samples), samples: samples.length };
}

/** Cold start: bundle the interpreter once (as the app's worker ships it), then time fresh processes loading it. */
async function probeColdStart() {
  const outfile = path.join(os.tmpdir(), `pyco-interpreter-${process.pid}.mjs`);
  await build({ entryPoints: [new URL("../../src/interpreter/index.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "neutral", outfile, minify: true, logLevel: "silent" });
  const script = new URL("./cold-start.mjs", import.meta.url).pathname;
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(JSON.parse(execFileSync(process.execPath, [script, outfile], { encoding: "utf8" })).coldMs);
  fs.rmSync(outfile, { force: true });
  return { ms: median(samples), samples: samples.length };
}

/** Compile time (parse + codegen + JS compile) of a 1,000-line program built from the benchmarks' own code. */
function probeCompile() {
  const lines: string[] = [];
  const sources = fs.readdirSync(new URL("../../../shared/bench/", import.meta.url)).filter((f) => f.endsWith(".py"));
  for (const f of sources) {
    if (lines.length >= 1000) break;
    const text = fs.readFileSync(new URL(`../../../shared/bench/${f}`, import.meta.url), "utf8");
    // Wrap each program in a function so the whole file is one valid module whatever the programs do.
    lines.push(`def program_${lines.length}():`, ...text.split("\n").map((l) => "    " + l), "    pass");
  }
  const source = lines.slice(0, 1000).join("\n").replace(/\n[^\n]*$/, "\n    pass\n");
  new Interpreter(makeMemoryHost(() => undefined), { flavor: "micropython" });
  const samples: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    compileSource(source, `big${i}.py`, "exec"); // a new name each time: compileSource caches by name and text
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), samples: samples.length, lines: source.split("\n").length };
}

serveRequests(async (request: { file?: string; probe?: string }) => {
  if (request.probe === "startup") return probeStartup();
  if (request.probe === "cold-start") return probeColdStart();
  if (request.probe === "compile") return probeCompile();
  return runProgram(request.file!);
});
