// `npm run conformance [-- --filter SUBSTR] [--verbose] [--jobs N] [--pico]`: runs MicroPython's test programs
// (../shared/conformance) the way its run-tests does — cwd = the test's folder, stdout+stderr together,
// "\r\n" folded, exact comparison with the .exp file — each in a fresh worker with a timeout.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIMEOUT_MS = 20_000;

interface Options {
  filter: string;
  verbose: boolean;
  jobs: number;
  pico: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { filter: "", verbose: false, jobs: Math.max(1, Math.min(os.cpus().length, 4)), pico: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--filter") o.filter = argv[++i] ?? "";
    else if (argv[i] === "--verbose" || argv[i] === "-v") o.verbose = true;
    else if (argv[i] === "--jobs") o.jobs = Number(argv[++i]) || 1;
    else if (argv[i] === "--pico") o.pico = true;
  }
  return o;
}

function listTests(corpus: string): string[] {
  const out: string[] = [];
  for (const category of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, category);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith(".py") && fs.existsSync(path.join(dir, name + ".exp"))) out.push(`${category}/${name}`);
    }
  }
  return out;
}

const normalize = (s: string) => s.replace(/\r+\n/g, "\n");

/** Bundles the test worker into one JS file, so each fresh worker starts without transpiling ~200 modules. */
async function bundleWorker(): Promise<string> {
  const outfile = path.join(os.tmpdir(), `pyco-conformance-worker-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, "scripts/conformance/test-worker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

let workerFile = "";

function runOne(file: string, float: "single" | "double"): Promise<{ output: string; status: number }> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, {
      workerData: { file, float },
      resourceLimits: { stackSizeMb: 16, maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    let done = false;
    const finish = (r: { output: string; status: number }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ output: "[runner] timeout\n", status: 124 }), TIMEOUT_MS);
    worker.on("message", (m: { output: string; status: number }) => finish(m));
    worker.on("error", (e) => finish({ output: `[runner] worker crashed: ${String(e)}\n`, status: 3 }));
    worker.on("exit", () => finish({ output: "[runner] worker exited\n", status: 3 }));
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  workerFile = await bundleWorker();
  const corpus = path.resolve(ROOT, "..", "shared", options.pico ? "conformance-pico" : "conformance");
  const tests = listTests(corpus).filter((t) => t.includes(options.filter));
  const failed: string[] = [];
  let passed = 0;
  let next = 0;
  const float = options.pico ? "single" : "double";
  const lane = async () => {
    while (next < tests.length) {
      const test = tests[next++];
      const file = path.join(corpus, test);
      const expected = normalize(fs.readFileSync(file + ".exp", "utf8"));
      let { output, status } = await runOne(file, float);
      // A timeout or a crashed worker on a busy machine gets one more chance; wrong output doesn't.
      if (status === 124 || status === 3) ({ output, status } = await runOne(file, float));
      const actual = normalize(output);
      const ok = actual === expected && actual.trim() !== "SKIP";
      if (ok) passed++;
      else failed.push(test);
      if (!ok || options.verbose) process.stdout.write(`${ok ? "pass" : "FAIL"} ${test}\n`);
      if (!ok && options.verbose) printDiff(expected, actual);
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, lane));
  fs.rmSync(workerFile, { force: true });
  process.stdout.write(`conformance: ${passed}/${tests.length} passed\n`);
  const floorFile = path.join(ROOT, "conformance-floor.txt");
  if (!options.filter && !options.pico && fs.existsSync(floorFile)) {
    const floor = Number(fs.readFileSync(floorFile, "utf8").trim());
    if (passed < floor) {
      process.stdout.write(`conformance: below the floor of ${floor}\n`);
      process.exitCode = 1;
    }
  }
}

function printDiff(expected: string, actual: string): void {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] === a[i]) continue;
    process.stdout.write(`  line ${i + 1}:\n    expected: ${JSON.stringify(e[i])}\n    actual:   ${JSON.stringify(a[i])}\n`);
    break;
  }
}

void main();
