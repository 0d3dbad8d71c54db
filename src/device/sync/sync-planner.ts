// Decides what a sync of a project to a board would do, from checksums on both sides and the record of the last sync.
// The rule: create or update freely what only the project changed; anything that would lose a change made on the
// board (or a file that exists only there) is listed for the person to decide, never overwritten or deleted silently.
import { algorithmOf, checksum, type Checksum, type ChecksumAlgorithm } from "../files/checksums";
import type { BoardEntry } from "../files/board-files";
import type { SyncRecord } from "./sync-record";
import { isSystemPath, toProjectPath } from "./board-paths";

export type UploadReason = "new" | "changed" | "missing-on-board";
export type BoardOnlyReason = "not-in-project" | "deleted-in-project" | "deleted-in-project-changed-on-board";
export type ConflictReason = "both-changed" | "first-sync";

export interface PlanItem<R extends string = string> {
  /** Project path: "lib/foo.py". */
  path: string;
  reason: R;
  local?: Checksum;
  board?: Checksum;
  /** The checksum at the last sync, when there was one. */
  last?: Checksum;
  /** Bytes to move: the local size for uploads, the board's size for board-side files. */
  size: number;
}

export interface SyncPlan {
  algorithm: ChecksumAlgorithm;
  /** Changed only in the project (or missing on the board): safe to write. */
  upload: PlanItem<UploadReason>[];
  unchanged: PlanItem<"same">[];
  /** On the board, not in the project: kept unless the person asks to delete or download them. */
  boardOnly: PlanItem<BoardOnlyReason>[];
  /** Changed on the board since the last sync while the project's copy did not change: uploading would undo it. */
  changedOnBoard: PlanItem<"changed-on-board">[];
  /** Different on both sides and no way to tell which is wanted: changed on both since the last sync, or never synced. */
  conflicts: PlanItem<ConflictReason>[];
  /** Board files that belong to the firmware or the computer's OS (boot_out.txt, .Trashes…). */
  ignored: string[];
}

export interface LocalFile {
  checksum: Checksum;
  size: number;
}

export interface PlanInput {
  /** Project path → checksum (computed with the board's algorithm) and size. */
  local: Map<string, LocalFile>;
  /** The board's listing with checksums (`BoardFiles.list(root, { checksums: true })`). */
  board: BoardEntry[];
  lastSync?: SyncRecord | null;
  algorithm: ChecksumAlgorithm;
  /** The board folder the project maps to (default "/"). */
  boardRoot?: string;
}

export function planSync(input: PlanInput): SyncPlan {
  const plan: SyncPlan = { algorithm: input.algorithm, upload: [], unchanged: [], boardOnly: [], changedOnBoard: [], conflicts: [], ignored: [] };
  const board = boardFiles(input, plan.ignored);
  const last = usableRecord(input.lastSync, input.algorithm);
  const paths = new Set([...input.local.keys(), ...board.keys()]);
  for (const path of [...paths].sort()) {
    const local = input.local.get(path);
    const remote = board.get(path);
    const item = { path, local: local?.checksum, board: remote?.checksum, last: last[path], size: local?.size ?? remote?.size ?? 0 };
    classify(plan, item, Boolean(local), Boolean(remote));
  }
  return plan;
}

function classify(plan: SyncPlan, item: Omit<PlanItem, "reason">, inProject: boolean, onBoard: boolean): void {
  const { local, board, last } = item;
  if (inProject && !onBoard) plan.upload.push({ ...item, reason: last ? "missing-on-board" : "new" });
  else if (!inProject) plan.boardOnly.push({ ...item, reason: !last ? "not-in-project" : board === last ? "deleted-in-project" : "deleted-in-project-changed-on-board" });
  else if (local === board) plan.unchanged.push({ ...item, reason: "same" });
  else if (!last) plan.conflicts.push({ ...item, reason: "first-sync" });
  else if (board === last) plan.upload.push({ ...item, reason: "changed" });
  else if (local === last) plan.changedOnBoard.push({ ...item, reason: "changed-on-board" });
  else plan.conflicts.push({ ...item, reason: "both-changed" });
}

/** The board's files by project path; folders are implied by files, system files set aside. */
function boardFiles(input: PlanInput, ignored: string[]): Map<string, { checksum?: Checksum; size: number }> {
  const files = new Map<string, { checksum?: Checksum; size: number }>();
  for (const entry of input.board) {
    if (entry.kind !== "file") continue;
    if (!entry.checksum) throw new Error(`planSync needs a listing with checksums (${entry.path} has none).`);
    const path = toProjectPath(entry.path, input.boardRoot);
    if (path === null) continue;
    if (isSystemPath(path)) ignored.push(path);
    else files.set(path, { checksum: entry.checksum, size: entry.size });
  }
  return files;
}

/** A record made with another checksum algorithm (the board's firmware changed) tells nothing: treat it as absent. */
function usableRecord(record: SyncRecord | null | undefined, algorithm: ChecksumAlgorithm): Record<string, Checksum> {
  const usable: Record<string, Checksum> = {};
  for (const [path, sum] of Object.entries(record?.files ?? {})) if (algorithmOf(sum) === algorithm) usable[path] = sum;
  return usable;
}

/** Checksums of the project's files with the board's algorithm. */
export async function localChecksums(files: Map<string, Uint8Array>, algorithm: ChecksumAlgorithm): Promise<Map<string, LocalFile>> {
  const out = new Map<string, LocalFile>();
  for (const [path, data] of files) out.set(path, { checksum: await checksum(algorithm, data), size: data.length });
  return out;
}

/** True when the plan needs a person's answer before it runs (conflicts or board-side changes). */
export function needsDecisions(plan: SyncPlan): boolean {
  return plan.conflicts.length > 0 || plan.changedOnBoard.length > 0;
}
