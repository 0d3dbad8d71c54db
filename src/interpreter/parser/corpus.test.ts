// Parses every Python file of the shared corpora: all must parse cleanly.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "./index.js";
import { corpusPythonFiles } from "./testing/corpus-files.js";

describe("corpus", () => {
  it("parses every corpus file without diagnostics", () => {
    const files = corpusPythonFiles();
    const failures: string[] = [];
    for (const path of files) {
      const source = readFileSync(path, "utf8");
      const result = parse(source, path);
      const first = result.diagnostics[0];
      if (first === undefined) continue;
      const line = result.lines.lineOf(first.start);
      failures.push(`${path}:${line}: ${first.errorType}: ${first.message}${first.detail ? ` (${first.detail})` : ""}`);
    }
    console.log(`parsed ${files.length} corpus files; ${failures.length} with diagnostics`);
    for (const failure of failures) console.log(failure);
    expect(files.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
