// `npm run bench`: Pyco's interpreter against MicroPython's WebAssembly build and Pyodide on the same programs, interleaved.
// Usage: npm run bench -- [--runs N] [--filter SUBSTR] [--skip pyodide]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const sharedBench = path.resolve(repo, "../shared/bench");
const ownBench = path.join(repo, "tests/bench");

interface Reply {
  ready?: boolean;
  result?: string | null;
  ms?: number;
  error?: string;
  rssMb?: number;
  [extra: string]: unknown;
}

/** One long-lived runner process per runtime; requests are answered in order. */
class Runner {
  private waiting: ((r: Reply) => void)[] = [];
  private proc: ChildProcess;
  peakRssMb = 0;
  readonly ready: Promise<Reply>;

  constructor(readonly name: string, command: string, args: string[]) {
    this.proc = spawn(command, args, { cwd: repo, stdio: ["pipe", "pipe", "inherit"] });
    const lines = readline.createInterface({ input: this.proc.stdout! });
    lines.on("line", (line) => {
      if (!line.startsWith("{")) return;
      const reply = JSON.parse(line) as Reply;
      if (reply.rssMb) this.peakRssMb = Math.max(this.peakRssMb, reply.rssMb);
      this.waiting.shift()?.(reply);
    });
    this.ready = new Promise((resolve) => this.waiting.push(resolve));
  }

  request(message: object): Promise<Reply> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin!.write(JSON.stringify(message) + "\n");
    });
  }

  close(): void {
    this.proc.stdin!.end();
  }
}

function parseArgs(argv: string[]) {
  const opts = { runs: 3, filter: "", skip: new Set<string>() };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") opts.runs = Number(argv[++i]);
    else if (argv[i] === "--filter") opts.filter = argv[++i];
    else if (argv[i] === "--skip") opts.skip.add(argv[++i]);
  }
  return opts;
}

function benchPrograms(filter: string): string[] {
  const list = (dir: string) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".py")).sort().map((f) => path.join(dir, f)) : [];
  return [...list(sharedBench), ...list(ownBench)].filter((f) => f.includes(filter));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const geomean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

function startRunners(skip: Set<string>): Runner[] {
  const node = process.execPath;
  const tsx = path.join(repo, "node_modules/tsx/dist/cli.mjs");
  const all = [
    new Runner("pyco", node, ["--stack-size=65500", tsx, path.join(here, "bench/pyco-runner.ts")]),
    new Runner("micropython-wasm", node, [path.join(here, "bench/micropython-runner.mjs")]),
    new Runner("pyodide", node, [path.join(here, "bench/pyodide-runner.mjs")]),
  ];
  for (const r of all) if (skip.has(r.name)) r.close();
  return all.filter((r) => !skip.has(r.name));
}

type WallAndCpu = { wall: number; cpu: number };
/** What the pyco runner's compile probe answers (see scripts/bench/pyco-runner.ts). */
interface CompileProbe {
  lines: number;
  processes: number;
  firstLazy: WallAndCpu;
  firstEager: WallAndCpu;
  lazy: WallAndCpu;
  eager: WallAndCpu;
}

type Timings = Map<string, Map<string, { ms: number[]; results: Set<string>; errors: string[] }>>;

async function runAll(runners: Runner[], programs: string[], runs: number): Promise<Timings> {
  const timings: Timings = new Map();
  for (let round = 0; round < runs; round++) {
    for (const [p, file] of programs.entries()) {
      const name = path.basename(file, ".py");
      // Rotate the order so no runtime always runs first (warm caches, CPU frequency).
      const order = runners.map((_, i) => runners[(i + round + p) % runners.length]);
      for (const runner of order) {
        const reply = await runner.request({ file });
        const perProgram = timings.get(name) ?? new Map();
        timings.set(name, perProgram);
        const entry = perProgram.get(runner.name) ?? { ms: [], results: new Set(), errors: [] };
        perProgram.set(runner.name, entry);
        if (reply.error || !reply.result) entry.errors.push(reply.error ?? "no RESULT line");
        else entry.ms.push(reply.ms!);
        entry.results.add(reply.result ?? `ERROR: ${reply.error}`);
      }
      process.stderr.write(`round ${round + 1}/${runs} ${name}\n`);
    }
  }
  return timings;
}

function printTable(timings: Timings, runners: Runner[]): boolean {
  const base = "micropython-wasm";
  const names = runners.map((r) => r.name);
  const ratios = new Map<string, number[]>(names.map((n) => [n, []]));
  let allIdentical = true;
  console.log(["program", ...names.map((n) => `${n} ms`), ...names.filter((n) => n !== base).map((n) => `${n}/mpy`), "RESULT"].join(" | "));
  for (const [program, perRuntime] of timings) {
    const med = new Map(names.map((n) => [n, perRuntime.get(n)?.ms.length ? median(perRuntime.get(n)!.ms) : NaN]));
    const results = new Set(names.flatMap((n) => [...(perRuntime.get(n)?.results ?? [])]));
    const identical = results.size === 1 && !names.some((n) => perRuntime.get(n)?.errors.length);
    if (!identical) allIdentical = false;
    const cells = names.map((n) => (Number.isNaN(med.get(n)) ? "FAIL" : med.get(n)!.toFixed(0)));
    const rel = names.filter((n) => n !== base).map((n) => {
      const r = med.get(n)! / med.get(base)!;
      if (Number.isFinite(r)) ratios.get(n)!.push(r);
      return Number.isFinite(r) ? r.toFixed(2) : "-";
    });
    console.log([program, ...cells, ...rel, identical ? "identical" : "DIFFERS"].join(" | "));
    if (!identical) for (const n of names) for (const r of perRuntime.get(n)?.results ?? []) console.log(`    ${n}: ${r.slice(0, 160)}`);
  }
  for (const n of names.filter((x) => x !== base)) {
    const rs = ratios.get(n)!;
    console.log(`geomean ${n}/micropython-wasm: ${rs.length ? geomean(rs).toFixed(3) : "n/a"} over ${rs.length} programs`);
  }
  return allIdentical;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const programs = benchPrograms(opts.filter);
  const runners = startRunners(opts.skip);
  await Promise.all(runners.map((r) => r.ready));
  const timings = await runAll(runners, programs, opts.runs);
  const identical = printTable(timings, runners);
  const pyco = runners.find((r) => r.name === "pyco");
  if (pyco) {
    const startup = await pyco.request({ probe: "startup" });
    const cold = await pyco.request({ probe: "cold-start" });
    const compile = await pyco.request({ probe: "compile" });
    const ms = (x: unknown) => `${Number(x).toFixed(1)} ms`;
    const pair = (x: WallAndCpu) => `${ms(x.wall)} (CPU ${ms(x.cpu)})`;
    console.log(`pyco: interpreter start to first output ${ms(startup.ms)} in a warm process (median of ${startup.samples})`);
    console.log(`pyco: cold start ${ms(cold.ms)} wall, ${ms(cold.cpuMs)} CPU (loading the bundle takes ${ms(cold.loadMs)} of the wall time): fresh processes loading the bundled interpreter, medians of ${cold.samples}`);
    const c = compile as unknown as CompileProbe;
    console.log(`pyco: compile of a ${c.lines}-line file, fresh processes loading the bundle (medians over ${c.processes} processes per mode; CPU includes V8's compiler threads):`);
    console.log(`  as run (function bodies generated on first call): first compile in a process ${pair(c.firstLazy)}, later compiles ${pair(c.lazy)}`);
    console.log(`  every function body generated up front:           first compile in a process ${pair(c.firstEager)}, later compiles ${pair(c.eager)}`);
  }
  for (const r of runners) console.log(`${r.name}: peak RSS ${r.peakRssMb.toFixed(0)} MB`);
  console.log(identical ? "every RESULT line identical across runtimes" : "RESULT lines DIFFER (see above)");
  runners.forEach((r) => r.close());
  process.exitCode = identical ? 0 : 1;
}

main();
