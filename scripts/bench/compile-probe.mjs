// Compile time of a 1,000-line file in a fresh process loading the bundled interpreter (as the app's worker does):
// the first compile (the compiler's own JS still cold, what a user's first Run pays) and the median of later ones,
// both as Pyco compiles (function bodies generated on first call) and fully eager. Prints one JSON line.
// Usage: node compile-probe.mjs <bundle.mjs> <bench dir> [repeats]
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
// The first compile in the process is the cold one; the order alternates between processes (argv[5]).
const eagerFirst = process.argv[5] === "eager-first";
const first = timeCompile(eagerFirst);
const lazy = [];
const eager = [];
for (let i = 0; i < repeats; i++) {
  lazy.push(timeCompile(false));
  eager.push(timeCompile(true));
}
console.log(JSON.stringify({
  lines: source.split("\n").length,
  first: { mode: eagerFirst ? "eager" : "lazy", ...first },
  lazy: { wall: median(lazy.map((x) => x.wall)), cpu: median(lazy.map((x) => x.cpu)) },
  eager: { wall: median(eager.map((x) => x.wall)), cpu: median(eager.map((x) => x.cpu)) },
}));
