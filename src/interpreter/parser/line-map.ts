// Offsets → 1-based line and column, built once per source (line breaks: \n, \r\n and \r).

import type { LineMap } from "./ast.js";

/** Builds the LineMap of `source` (the line table is computed on first use). Columns count UTF-16 code units from 1. */
export function buildLineMap(source: string): LineMap {
  let table: number[] | null = null;
  const starts = (): number[] => (table ??= lineStarts(source));
  // Lookups come mostly in source order (the compiler walks the tree), so the last line found is tried first.
  let lastLine = 1;
  const lineOf = (offset: number): number => {
    const t = table ?? starts();
    if (lastLine <= t.length && t[lastLine - 1] <= offset && (lastLine === t.length || offset < t[lastLine])) return lastLine;
    lastLine = findLine(t, offset);
    return lastLine;
  };
  return {
    lineOf,
    columnOf: (offset) => offset - starts()[lineOf(offset) - 1] + 1,
    lineText: (line) => lineText(source, starts(), line),
  };
}

/** Offsets where each line starts; \r is a line break only when the source has one (indexOf is native-fast). */
function lineStarts(source: string): number[] {
  if (source.indexOf("\r") >= 0) return lineStartsWithCarriageReturns(source);
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineStartsWithCarriageReturns(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Binary search for the line holding `offset` (clamped to the source). */
function findLine(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function lineText(source: string, starts: number[], line: number): string {
  if (line < 1 || line > starts.length) return "";
  const start = starts[line - 1];
  let end = line < starts.length ? starts[line] : source.length;
  while (end > start && (source.charCodeAt(end - 1) === 10 || source.charCodeAt(end - 1) === 13)) end--;
  return source.slice(start, end);
}
