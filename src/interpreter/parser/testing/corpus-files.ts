// Test helper: the Python files of the shared corpora (conformance tests, benchmarks, libraries, programs).

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const CORPUS_ROOTS = [
  "/work/shared/conformance",
  "/work/shared/bench",
  "/work/shared/libraries",
  "/work/shared/programs",
];

/** Every .py file under the corpus roots that exist on this machine, sorted. */
export function corpusPythonFiles(): string[] {
  const files: string[] = [];
  for (const root of CORPUS_ROOTS) collect(root, files);
  return files.sort();
}

function collect(dir: string, files: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (stat.isDirectory()) collect(path, files);
    else if (entry.endsWith(".py")) files.push(path);
  }
}
