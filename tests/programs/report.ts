// The suite's report: a table of every program's outcome, the headline figure, and test-results/programs.json.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Outcome } from "./classify";

export interface ProgramResult {
  path: string;
  id: string;
  flavor: string;
  outcome: Outcome;
  reason: string;
  /** Board seconds the run reached (the last trace event). */
  boardSeconds: number;
  wallMs: number;
  exitStatus: number | null;
  checks: { name: string; problem: string | null }[];
  /** The end of what the program printed (stdout and stderr), to see what it did. */
  outputTail: string;
}

export function summary(results: ProgramResult[]): { ran: number; runnable: number; notPico: number; failed: number } {
  const ran = results.filter((r) => r.outcome === "ran").length;
  const failed = results.filter((r) => r.outcome === "failed").length;
  return { ran, failed, runnable: ran + failed, notPico: results.length - ran - failed };
}

/** `programs: P/N runnable programs ran` (N excludes those a Pico can't run). */
export function headline(results: ProgramResult[]): string {
  const s = summary(results);
  const pct = s.runnable === 0 ? 0 : Math.round((1000 * s.ran) / s.runnable) / 10;
  return `programs: ${s.ran}/${s.runnable} runnable programs ran (${pct}%); ${s.notPico} can't run on a Pico, ${s.failed} failed`;
}

function pad(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width);
}

export function table(results: ProgramResult[]): string {
  const order: Outcome[] = ["failed", "not-pico", "ran"];
  const sorted = [...results].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome) || a.path.localeCompare(b.path));
  const lines = [`${pad("outcome", 9)} ${pad("program", 60)} ${pad("board s", 7)} ${pad("wall s", 6)} reason`];
  for (const r of sorted) {
    const checks = r.checks.length > 0 && r.outcome === "ran" ? `trace ok: ${r.checks.map((c) => c.name).join(", ")}` : "";
    lines.push(
      `${pad(r.outcome, 9)} ${pad(r.path, 60)} ${pad(r.boardSeconds.toFixed(1), 7)} ${pad((r.wallMs / 1000).toFixed(1), 6)} ${r.reason || checks}`,
    );
  }
  return lines.join("\n");
}

export function writeReport(results: ProgramResult[], file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const s = summary(results);
  fs.writeFileSync(file, JSON.stringify({ headline: headline(results), ...s, total: results.length, programs: results }, null, 1) + "\n");
}
