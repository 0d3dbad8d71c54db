// Compares the parser's trees with CPython 3's `ast` module over the whole corpus (skipped without python3).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "./index.js";
import type { LineMap } from "./ast.js";
import { corpusPythonFiles } from "./testing/corpus-files.js";

const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
const hasPython = python.status === 0;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

describe.skipIf(!hasPython)("parser agrees with CPython's ast", () => {
  it("gives the same tree (and positions) for every corpus file CPython accepts", () => {
    const files = corpusPythonFiles();
    const result = spawnSync("python3", [fileURLToPath(new URL("./testing/cpython-ast.py", import.meta.url))], {
      input: files.join("\n"), encoding: "utf8", maxBuffer: 1 << 30,
    });
    const treeMismatches: string[] = [];
    const positionMismatches: string[] = [];
    let compared = 0;
    for (const line of result.stdout.split("\n")) {
      if (line === "") continue;
      const entry = JSON.parse(line) as { path: string; tree?: Json; error?: string };
      if (entry.tree === undefined) continue;
      const source = readFileSync(entry.path, "utf8");
      const parsed = parse(source, entry.path);
      if (parsed.diagnostics.length > 0) {
        treeMismatches.push(`${entry.path}: diagnostics ${JSON.stringify(parsed.diagnostics[0])}`);
        continue;
      }
      compared++;
      const ours = canonical(parsed.module as unknown as Json, parsed.lines, source, false);
      const theirs = canonical(entry.tree, null, source, false);
      const difference = firstDifference(stripPositions(ours), stripPositions(theirs), "");
      if (difference !== null) {
        treeMismatches.push(`${entry.path}: ${difference}`);
        continue;
      }
      const positionDifference = firstDifference(ours, theirs, "");
      if (positionDifference !== null) positionMismatches.push(`${entry.path}: ${positionDifference}`);
    }
    console.log(`compared ${compared} files with CPython; ${treeMismatches.length} tree and ${positionMismatches.length} position mismatches`);
    expect(treeMismatches).toEqual([]);
    expect(positionMismatches).toEqual([]);
  }, 120_000);
});

/** CPython NFKC-normalises identifiers; MicroPython (and Pyco) keep them as written. */
const IDENTIFIER_FIELDS = new Set(["id", "arg", "attr", "name"]);
const POSITIONED_KINDS = new Set(["arg", "keyword", "alias", "ExceptHandler", "arguments", "comprehension", "withitem", "Module"]);

/** Both trees in one shape: constants normalised, Pyco-only fields dropped, positions as [line, utf8col, endLine, endCol]. */
function canonical(node: Json, lines: LineMap | null, source: string, insideFString: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => canonical(n, lines, source, insideFString));
  if (node === null || typeof node !== "object") return node;
  const kind = node.kind as string;
  const out: { [key: string]: Json } = {};
  const nested = insideFString || kind === "JoinedStr";
  // MicroPython reads `__debug__` as the constant True; CPython keeps the name.
  if (kind === "Name" && node.id === "__debug__") {
    const { id: _name, ...rest } = node;
    return canonical({ ...rest, kind: "Constant", value: true }, lines, source, insideFString);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "start" || key === "length" || key === "parenthesized" || key === "pos") continue;
    if (kind === "Constant" && key === "value") out[key] = constantValue(value);
    else if (IDENTIFIER_FIELDS.has(key) && typeof value === "string") out[key] = value.normalize("NFKC");
    else out[key] = canonical(value, lines, source, nested);
  }
  if (!insideFString && kind !== "GeneratorExp" && !POSITIONED_KINDS.has(kind)) {
    const pos = lines === null ? (node.pos as Json) : positionOf(node, lines);
    if (pos !== undefined) out.pos = pos;
  }
  return out;
}

function positionOf(node: { [key: string]: Json }, lines: LineMap): Json {
  const start = node.start as number;
  const end = start + (node.length as number);
  return [lines.lineOf(start), utf8Column(lines, start), lines.lineOf(end), utf8Column(lines, end)];
}

function utf8Column(lines: LineMap, offset: number): number {
  const line = lines.lineOf(offset);
  const text = lines.lineText(line).slice(0, lines.columnOf(offset) - 1);
  return Buffer.byteLength(text, "utf8");
}

/** A constant in one form for both sides: CPython's converted JSON (`{int: "1"}`) or Pyco's values. */
function constantValue(value: unknown): Json {
  if (value === null || typeof value === "string") return value;
  if (typeof value === "boolean") return { bool: value };
  if (typeof value === "number" || typeof value === "bigint") return { int: String(value) };
  const object = value as Record<string, unknown>;
  if ("bool" in object || "int" in object || "bytes" in object) return object as unknown as Json;
  if ("float" in object) return { float: String(fromPythonRepr(object.float)) };
  if ("imag" in object) return { imag: String(fromPythonRepr(object.imag)) };
  if ("ellipsis" in object) return { ellipsis: true };
  switch (object.type) {
    case "float": return { float: String(object.value) };
    case "imag": return { imag: String(object.value) };
    case "bytes": return { bytes: Array.from(object.value as Uint8Array) };
    default: return { ellipsis: true };
  }
}

/** Python's float repr → number (`inf` and `nan` are spelled differently in JS). */
function fromPythonRepr(text: unknown): number {
  const repr = String(text);
  if (repr === "inf") return Infinity;
  if (repr === "-inf") return -Infinity;
  return Number(repr);
}

function stripPositions(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripPositions);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) if (key !== "pos") out[key] = stripPositions(value);
  return out;
}

/** A description of the first place the two trees differ, or null when they are equal. */
function firstDifference(a: Json, b: Json, path: string): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const where = `${path}${a.kind !== undefined ? `<${String(a.kind)}>` : ""}`;
    for (const key of keys) {
      const d = firstDifference(a[key] ?? null, b[key] ?? null, `${where}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
