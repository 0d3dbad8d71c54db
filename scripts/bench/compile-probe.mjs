// Compile time of a 1,000-line file in a fresh process loading the bundled interpreter (as the app's worker does):
// the first compile (the compiler's own JS still cold, what a user's first Run pays) and the median of later ones,
// as Pyco compiles (function bodies generated on first call) or fully eager. Prints one JSON line.
// Usage: node compile-probe.mjs <bundle.mjs> <bench dir> <repeats> lazy|eager
import fs from "node:fs";
import path from "node:path";

const [bundle, benchDir, repeatArg] = process.argv.slice(2);
const repeats = Number(repeatArg ?? 9);

/** About 1,000 lines made of the benchmarks' own code, each program wrapped in a function. */
function thousandLineSource() {
  const lines = [];
  for (const f of fs.readdirSync(benchDir).filter((f) => f.endsWith(".py")).sort()) {
    if (lines.length >= 1000) break;
    const text = fs.readFileSync(path.join(benchDir, f), "utf8");
    lines.push(`def program_${lines.length}():`, ...text.split("\n").map((l) => "    " + l), "    pass");
  }
  return lines.slice(0, 1000).join("\n").replace(/\n[^\n]*$/, "\n    pass\n");
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { Interpreter, makeMemoryHost, compileSource } = await import(bundle);
const source = thousandLineSource();
new Interpreter(makeMemoryHost(() => undefined), { flavor: "micropython" });
let counter = 0;
function timeCompile(eager) {
  const c0 = cpuMs();
  const t0 = performance.now();
  compileSource(source, `big${counter++}.py`, "exec", eager); // a new name each time: compileSource caches by name and text
  return { wall: performance.now() - t0, cpu: cpuMs() - c0 };
}
// One mode per process (interleaving the two would let garbage collections fall on one of them): the first compile
// in the process is the cold one.
const eager = process.argv[5] === "eager";
const first = timeCompile(eager);
const later = Array.from({ length: repeats }, () => timeCompile(eager));
console.log(JSON.stringify({
  lines: source.split("\n").length,
  mode: eager ? "eager" : "lazy",
  first,
  later: { wall: median(later.map((x) => x.wall)), cpu: median(later.map((x) => x.cpu)) },
}));
