// Programs a Pico can't run only because they use another RP2040 board's pin names (board.D5, board.NEOPIXEL,
// board.I2C()) run a second time, unedited, with the board they were written for selected in their wiring.json
// ({"board": ID}, as a user would set it in the parts panel); reported on a line of their own, the Pico figure
// untouched. The board: the one a guide names, else the first of Feather, Metro, KB2040, ItsyBitsy and QT Py
// RP2040 whose `board` has every name the program uses (Adafruit's library examples are written for a Feather).
import * as fs from "node:fs";
import * as path from "node:path";
import { BOARDS, boardsWithName, findBoard } from "../../src/interpreter/hardware/boards/index";
import { buildProject, programId, sharedDir, type ProgramEntry } from "./catalog";
import { classify, type Outcome } from "./classify";
import { runAll, runProject } from "./runner";
import { runChecks } from "./trace-checks";
import type { ProgramResult } from "./report";

/** Adafruit's boards in the order a library example is most likely written for. */
const PREFERENCE = ["adafruit_feather_rp2040", "adafruit_metro_rp2040", "adafruit_kb2040", "adafruit_itsybitsy_rp2040", "adafruit_qtpy_rp2040"];

/** Guides whose board their name or their guide page says (the program's pin names fit others too). */
const GUIDE_BOARDS: [RegExp, string][] = [
  [/QTPy_RP2040|QT_Py_RP2040/i, "adafruit_qtpy_rp2040"],
  // "NeXT Keyboard to USB" is built on a QT Py RP2040 (its PIO needs SCK one GPIO above RX, as on the Tandy one).
  [/CircuitPython_NeXT_Keyboard_RP2040\//, "adafruit_qtpy_rp2040"],
  [/KB2040/i, "adafruit_kb2040"],
  [/Feather_RP2040/i, "adafruit_feather_rp2040"],
];

export interface OtherBoardResult {
  path: string;
  /** The board it ran on, or null when no RP2040 board has every name it uses (a Raspberry Pi's D18, PG6...). */
  board: string | null;
  outcome: Outcome | "no-rp2040-board";
  reason: string;
  wallMs: number;
}

const PICO = findBoard("raspberry_pi_pico")!;

/** Whether `board` (a board id) has every name in `names`. */
function hasAll(board: string, names: readonly string[]): boolean {
  const definition = findBoard(board)!;
  return names.every((name) => boardsWithName(name, PICO).includes(definition));
}

/**
 * The RP2040 board a program was written for, or null when none has the names it uses: the manifest's, and the one
 * the Pico run stopped at (a name reached through getattr isn't in the manifest).
 */
export function intendedBoard(entry: ProgramEntry, missingOnPico?: string): string | null {
  const names = [...(entry.non_pico_board_attrs ?? []), ...(missingOnPico === undefined ? [] : [missingOnPico])];
  const guide = GUIDE_BOARDS.find(([re]) => re.test(entry.path))?.[1];
  const candidates = guide === undefined ? PREFERENCE : [guide, ...PREFERENCE.filter((b) => b !== guide)];
  return candidates.find((b) => hasAll(b, names)) ?? null;
}

/** A Pico result whose only reason for not running is another board's pin names. */
export function writtenForAnotherBoard(result: ProgramResult): boolean {
  return result.outcome === "not-pico" && result.reason.startsWith("written for another board");
}

/** The name a Pico run stopped at: "written for another board: board.PG6 doesn't exist on a Pico". */
function missingName(result: ProgramResult): string | undefined {
  return /board\.(\w+) doesn't exist/.exec(result.reason)?.[1];
}

async function runOnItsBoard(entry: ProgramEntry, pico: ProgramResult, index: number, work: string, seconds: number, timeout: number): Promise<OtherBoardResult> {
  const missing = missingName(pico);
  const board = intendedBoard(entry, missing);
  const names = [...new Set([...(entry.non_pico_board_attrs ?? []), ...(missing ? [missing] : [])])].map((n) => `board.${n}`).join(", ");
  if (board === null) return { path: entry.path, board, outcome: "no-rp2040-board", reason: `no RP2040 board has ${names}`, wallMs: 0 };
  const dir = path.join(work, `board-${String(index).padStart(3, "0")}-${programId(entry)}`);
  buildProject(entry, dir);
  fs.writeFileSync(path.join(dir, "wiring.json"), `${JSON.stringify({ board })}\n`);
  const run = await runProject({ dir, flavor: entry.flavor, duration: seconds, timeout });
  const checks = run.status === 0 ? runChecks(entry.path, run.trace) : [];
  const failedChecks = checks.filter((c) => c.problem !== null).map((c) => `${c.name}: ${c.problem}`);
  const source = fs.readFileSync(path.join(sharedDir(), "programs", entry.path), "utf8");
  const verdict = classify(entry, { status: run.status, timedOut: run.timedOut, stderr: run.stderr, stdout: run.stdout, failedChecks, source });
  return { path: entry.path, board, outcome: verdict.outcome, reason: verdict.reason, wallMs: run.wallMs };
}

/** Runs every program the Pico run found written for another board, on its own board. */
export function runOnTheirBoards(
  picoResults: ProgramResult[], programs: ProgramEntry[], work: string, parallel: number, seconds: number, timeout: number,
): Promise<OtherBoardResult[]> {
  const jobs = picoResults.filter(writtenForAnotherBoard).map((r, i) => [programs.find((p) => p.path === r.path)!, r, i] as const);
  return runAll(jobs, parallel, ([entry, pico, i]) => runOnItsBoard(entry, pico, i, work, seconds, timeout));
}

const shortName = (id: string) => BOARDS.find((b) => b.id === id)?.shortName ?? id;

/** The table of these runs and `programs written for other RP2040 boards: N/M ran with their board selected`. */
export function otherBoardsReport(results: OtherBoardResult[]): string {
  const rp2040 = results.filter((r) => r.board !== null);
  const ran = rp2040.filter((r) => r.outcome === "ran").length;
  const lines = results.map((r) => `${r.outcome.padEnd(15)} ${(r.board === null ? "-" : shortName(r.board)).padEnd(16)} ${r.path}${r.reason ? `  ${r.reason}` : ""}`);
  const others = results.length - rp2040.length;
  const headline = `programs written for other RP2040 boards: ${ran}/${rp2040.length} ran with their board selected` +
    (others > 0 ? `; ${others} written for boards that aren't RP2040 boards` : "");
  return `${lines.join("\n")}\n\n${headline}`;
}

/** test-results/programs-other-boards.json: each run and the headline. */
export function writeOtherBoardsReport(results: OtherBoardResult[], file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const headline = otherBoardsReport(results).split("\n").at(-1);
  fs.writeFileSync(file, JSON.stringify({ headline, programs: results }, null, 1) + "\n");
}
