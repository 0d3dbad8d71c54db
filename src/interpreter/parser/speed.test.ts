// Measures tokenize + parse speed on the benchmark programs and prints ms per 1,000 lines (no assertion on time).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "./index.js";
import { tokenize } from "./tokenizer.js";
import { corpusPythonFiles } from "./testing/corpus-files.js";

function averageMs(runs: number, work: () => void): number {
  const started = performance.now();
  for (let i = 0; i < runs; i++) work();
  return (performance.now() - started) / runs;
}

describe("speed", () => {
  it("tokenizes and parses 1,000 lines well under 10 ms", () => {
    const benchFiles = corpusPythonFiles().filter((path) => path.startsWith("/work/shared/bench/"));
    const source = benchFiles.map((path) => readFileSync(path, "utf8")).join("\n");
    const lineCount = source.split("\n").length;
    expect(parse(source).diagnostics).toEqual([]);
    averageMs(200, () => parse(source));
    const tokenizeMs = averageMs(300, () => tokenize(source));
    const parseMs = averageMs(300, () => parse(source));
    const per1000 = (ms: number): string => (ms * 1000 / lineCount).toFixed(2);
    console.log(`speed: ${lineCount} lines — tokenize ${per1000(tokenizeMs)} ms, tokenize+parse+checks ${per1000(parseMs)} ms per 1,000 lines`);
  }, 60_000);
});
