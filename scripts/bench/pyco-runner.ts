// Benchmark runner for Pyco's interpreter: a fresh Interpreter per program, double-precision floats like the peers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { Interpreter, makeMemoryHost } from "../../src/interpreter/index";
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

/** The interpreter bundled as the app's worker ships it (built once per runner process, removed at exit). */
let bundlePath: string | null = null;
async function interpreterBundle(): Promise<string> {
  if (bundlePath !== null) return bundlePath;
  const outfile = path.join(os.tmpdir(), `pyco-interpreter-${process.pid}.mjs`);
  await build({ entryPoints: [new URL("../../src/interpreter/index.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "neutral", outfile, minify: true, logLevel: "silent" });
  process.on("exit", () => fs.rmSync(outfile, { force: true }));
  return (bundlePath = outfile);
}

/** Runs a probe script in a fresh Node process and returns its JSON line. */
function freshProcess(script: string, args: string[]): Record<string, any> {
  return JSON.parse(execFileSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { encoding: "utf8" }));
}

/** Cold start: fresh processes loading the bundle, creating an Interpreter and printing (wall and CPU time). */
async function probeColdStart() {
  const bundle = await interpreterBundle();
  const samples = Array.from({ length: 9 }, () => freshProcess("./cold-start.mjs", [bundle]));
  return {
    ms: median(samples.map((s) => s.coldMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    loadMs: median(samples.map((s) => s.loadMs)),
    samples: samples.length,
  };
}

/**
 * Compile time of a 1,000-line program built from the benchmarks' own code, in fresh processes loading the bundle:
 * the first compile of each process (cold JIT, what a user's first Run pays) and the median of nine later ones,
 * as Pyco compiles (module-level function bodies generated on their first call) and fully eager.
 */
async function probeCompile() {
  const bundle = await interpreterBundle();
  const benchDir = new URL("../../../shared/bench/", import.meta.url).pathname;
  const runs = ["lazy", "eager", "lazy", "eager", "lazy", "eager"].map((mode) => freshProcess("./compile-probe.mjs", [bundle, benchDir, "9", mode]));
  const summary = (xs: { wall: number; cpu: number }[]) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
  const of = (mode: string) => runs.filter((r) => r.mode === mode);
  return {
    lines: runs[0].lines,
    processes: runs.length / 2,
    firstLazy: summary(of("lazy").map((r) => r.first)),
    firstEager: summary(of("eager").map((r) => r.first)),
    lazy: summary(of("lazy").map((r) => r.later)),
    eager: summary(of("eager").map((r) => r.later)),
  };
}

serveRequests(async (request: { file?: string; probe?: string }) => {
  if (request.probe === "startup") return probeStartup();
  if (request.probe === "cold-start") return probeColdStart();
  if (request.probe === "compile") return probeCompile();
  return runProgram(request.file!);
});
