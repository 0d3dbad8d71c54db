// Fuzz test: random bytes, token soup, truncations, mutations and line shuffles of the conformance
// files must all parse quickly, without throwing and without tripping the internal-error safety net.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INTERNAL_ERROR_DETAIL, parse } from "./index.js";
import { corpusPythonFiles } from "./testing/corpus-files.js";

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Generous: catches hangs and blow-ups, not the odd garbage-collection pause on a busy machine.
const TIME_LIMIT_MS = 1000;
let slowest = { ms: 0, source: "" };

/** Parses `source` and checks the parser's promises: no exception, no internal error, sane diagnostics, quick. */
function check(source: string): void {
  const started = performance.now();
  const result = parse(source, "<fuzz>");
  const elapsed = performance.now() - started;
  if (elapsed > slowest.ms) slowest = { ms: elapsed, source };
  for (const d of result.diagnostics) {
    if (d.detail?.startsWith(INTERNAL_ERROR_DETAIL)) throw new Error(`${d.detail}\n--- input:\n${JSON.stringify(source)}`);
    if (!(d.start >= 0 && d.length >= 0 && d.start + d.length <= source.length)) {
      throw new Error(`diagnostic out of range ${JSON.stringify(d)} for ${JSON.stringify(source)}`);
    }
  }
  expect(elapsed).toBeLessThan(TIME_LIMIT_MS);
}

const TOKEN_SOUP = [
  "x", "y", "f", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "==", "+", "-", "*", "**",
  "/", "//", "%", "@", "|", "&", "^", "~", "<<", ">>", "<", ">=", "!=", "!", "->", "if", "else", "elif", "for", "in",
  "while", "def", "class", "return", "yield", "from", "import", "as", "lambda", "not", "and", "or", "is", "async",
  "await", "with", "try", "except", "finally", "raise", "del", "pass", "global", "nonlocal", "assert", "break",
  "continue", "None", "True", "1", "0x", "1.5e", "1j", "'", '"', "'''", '"""', "f'", 'f"', "rf'", "b'", "{x}",
  "{x!r}", "{x:>{w}}", "{{", "}}", "\\", "\\\n", "\n", "\n    ", "\n\t", "\n  ", "#c", " ", "\r", "\r\n", "\u00e9",
  "\0", "$", "?", "`",
];

describe("fuzz", () => {
  it("survives random bytes", () => {
    const next = random(1);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(next() * 200);
      let source = "";
      for (let j = 0; j < length; j++) source += String.fromCharCode(Math.floor(next() * 128));
      check(source);
    }
  });

  it("survives token soup", () => {
    const next = random(2);
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(next() * 60);
      const parts: string[] = [];
      for (let j = 0; j < length; j++) parts.push(TOKEN_SOUP[Math.floor(next() * TOKEN_SOUP.length)]);
      check(parts.join(next() < 0.5 ? " " : ""));
    }
  });

  it("survives truncations, mutations and line shuffles of every conformance file", () => {
    const next = random(3);
    const files = corpusPythonFiles().filter((path) => path.startsWith("/work/shared/conformance/"));
    for (const path of files) {
      const source = readFileSync(path, "utf8");
      check(source);
      for (let i = 0; i < 4; i++) check(source.slice(0, Math.floor(next() * source.length)));
      for (let i = 0; i < 3; i++) check(mutate(source, next));
      check(shuffleLines(source, next));
    }
    console.log(`fuzzed ${files.length} files; slowest parse ${slowest.ms.toFixed(2)} ms (${slowest.source.length} chars)`);
  }, 120_000);
});

/** Replaces, deletes or duplicates a few characters. */
function mutate(source: string, next: () => number): string {
  let text = source;
  for (let i = 0; i < 5; i++) {
    const at = Math.floor(next() * text.length);
    const choice = next();
    if (choice < 0.33) text = text.slice(0, at) + TOKEN_SOUP[Math.floor(next() * TOKEN_SOUP.length)] + text.slice(at + 1);
    else if (choice < 0.66) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
    else text = text.slice(0, at) + text.slice(at, at + 10) + text.slice(at);
  }
  return text;
}

function shuffleLines(source: string, next: () => number): string {
  const lines = source.split("\n");
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join("\n");
}
