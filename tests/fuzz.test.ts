// Fuzz test: random and mutated programs (from the golden programs and the conformance corpus) must end with a
// Python outcome — normal end, SystemExit, or a Python exception — never a JS error, an internal-error
// RuntimeError, or a run that ignores the interrupt check. Seeded, so failures reproduce; bounded in time.
import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter, InterpreterAbort, makeMemoryHost } from "../src/interpreter/index";

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.env.PYCO_FUZZ_SEED ?? 20240611);
const RUNS = Number(process.env.PYCO_FUZZ_RUNS ?? 300);
const PER_RUN_MS = 150;
const TOTAL_MS = 20_000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): string[] {
  const files: string[] = [];
  const golden = path.join(here, "golden");
  for (const f of fs.readdirSync(golden)) if (f.endsWith(".py")) files.push(path.join(golden, f));
  const basics = path.resolve(here, "../../shared/conformance/basics");
  if (fs.existsSync(basics)) {
    const names = fs.readdirSync(basics).filter((f) => f.endsWith(".py")).sort();
    for (let i = 0; i < names.length; i += 3) files.push(path.join(basics, names[i]));
  }
  return files.map((f) => fs.readFileSync(f, "utf8"));
}

const SNIPPETS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "-", "*", "/", "%", "'", '"', " ", "\n",
  "\t", "0", "9", "x", "None", "yield", "lambda", "not ", " if ", "**", "[0]", "()", "1e308", "-1", "\\", "#",
  "async ", "await ", "*a", "global x", "del x", "return", "break", "raise", "f'{x}'", "10**9", "@", "->"];

function mutate(source: string, r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  let lines = source.split("\n");
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * lines.length);
    switch (Math.floor(r() * 7)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, lines[i] ?? "");
        break;
      case 2: {
        const j = Math.floor(r() * lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 3: {
        const line = lines[i] ?? "";
        const at = Math.floor(r() * (line.length + 1));
        lines[i] = line.slice(0, at) + pick(SNIPPETS) + line.slice(at + (r() < 0.5 ? 1 : 0));
        break;
      }
      case 4:
        lines = lines.slice(0, i);
        break;
      case 5:
        lines[i] = (r() < 0.5 ? "  " : "") + (lines[i] ?? "").trimStart();
        break;
      default:
        lines[i] = (lines[i] ?? "").replace(/\d+/, String(Math.floor(r() * 1000) - 500));
    }
  }
  return lines.join("\n");
}

// ---------- random programs: valid Python built from small pieces, every statement guarded by try ----------

const LITERALS = ["0", "1", "-7", "2**70", "3.5", "-0.0", "1e308", "'ab'", "''", "b'xy'", "None", "True", "False",
  "[1, 2, 3]", "()", "(1, 'a')", "{'k': 1}", "{1, 2}", "range(5)", "[]", "1j"];
const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">", ">=",
  "in", "not in", "is", "and", "or"];
const CALLS = ["len", "str", "repr", "int", "float", "abs", "min", "max", "sorted", "list", "tuple", "bool", "hash",
  "iter", "next", "sum", "any", "all", "reversed", "enumerate", "set", "dict", "type", "id", "chr", "ord", "divmod"];
const METHODS = [".append(1)", ".pop()", ".upper()", ".split()", ".keys()", ".items()", ".copy()", ".index(1)",
  ".count(1)", ".get(1)", ".add(3)", ".join(['a'])", ".find('a')", ".real", ".x", ".__class__", ".__len__()"];

function randomExpr(r: () => number, depth: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const roll = r();
  if (depth <= 0 || roll < 0.3) return r() < 0.5 ? pick(LITERALS) : `v${Math.floor(r() * 4)}`;
  if (roll < 0.55) return `(${randomExpr(r, depth - 1)} ${pick(BINOPS)} ${randomExpr(r, depth - 1)})`;
  if (roll < 0.7) return `${pick(CALLS)}(${randomExpr(r, depth - 1)})`;
  if (roll < 0.8) return `${randomExpr(r, depth - 1)}${pick(METHODS)}`;
  if (roll < 0.88) return `${randomExpr(r, depth - 1)}[${randomExpr(r, depth - 1)}]`;
  if (roll < 0.94) return `[x for x in ${randomExpr(r, depth - 1)} if x]`;
  return `(lambda a: ${randomExpr(r, depth - 1)})(${randomExpr(r, depth - 1)})`;
}

function randomProgram(r: () => number): string {
  const lines = ["v0 = 1", "v1 = 'abc'", "v2 = [1, 2]", "v3 = {'a': 1}"];
  for (let i = 0; i < 12; i++) {
    const e = randomExpr(r, 3);
    const stmt =
      r() < 0.6 ? `v${Math.floor(r() * 4)} = ${e}` : r() < 0.5 ? `print(${e})` : `for _ in ${e}:\n        pass`;
    lines.push(`try:\n    ${stmt}\nexcept Exception as e:\n    print(type(e).__name__)`);
  }
  return lines.join("\n") + "\n";
}

/** Runs one program; returns a problem description, or null when it ended the Python way. */
function check(source: string): string | null {
  const start = Date.now();
  const host = makeMemoryHost(() => undefined);
  host.onPoll = () => {
    if (Date.now() - start > PER_RUN_MS) throw new InterpreterAbort("fuzz deadline");
  };
  const interp = new Interpreter(host, { floatPrecision: "double" });
  try {
    const result = interp.runModule(source, "fuzz.py");
    const exc = result.exception;
    if (exc !== null && /internal error/.test(String(exc.args[0]))) return `internal error: ${String(exc.args[0])}`;
    return null;
  } catch (e) {
    if (e instanceof InterpreterAbort) return null;
    return `JS error escaped: ${e instanceof Error ? e.stack : String(e)}`;
  }
}

describe("fuzz", () => {
  it(`runs ${RUNS} mutated programs without internal errors (seed ${SEED})`, () => {
    const r = rng(SEED);
    const sources = corpus();
    const problems: string[] = [];
    const deadline = Date.now() + TOTAL_MS;
    for (let i = 0; i < RUNS && Date.now() < deadline; i++) {
      const program = mutate(sources[Math.floor(r() * sources.length)], r);
      const problem = check(program);
      if (problem !== null) problems.push(`#${i}: ${problem}\n--- program ---\n${program.slice(0, 2000)}`);
    }
    expect(problems.slice(0, 3).join("\n\n")).toBe("");
  }, 60_000);

  it(`runs ${RUNS} random programs without internal errors (seed ${SEED})`, () => {
    const r = rng(SEED + 1);
    const problems: string[] = [];
    const deadline = Date.now() + TOTAL_MS;
    for (let i = 0; i < RUNS && Date.now() < deadline; i++) {
      const program = randomProgram(r);
      const problem = check(program);
      if (problem !== null) problems.push(`#${i}: ${problem}\n--- program ---\n${program}`);
    }
    expect(problems.slice(0, 3).join("\n\n")).toBe("");
  }, 60_000);
});
