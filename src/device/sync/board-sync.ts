// Sync between a project and a board: plan it (board checksums in one pass), then carry out the approved plan with
// BoardFiles and return the new sync record. A failure stops the sync; the record still covers what was done.
import { checksum, type Checksum, type ChecksumAlgorithm } from "../files/checksums";
import { BoardFileError } from "../files/board-file-error";
import type { BoardFiles, TransferProgress } from "../files/board-files";
import { localChecksums, planSync, type PlanItem, type SyncPlan } from "./sync-planner";
import type { SyncRecord } from "./sync-record";
import { toBoardPath } from "./board-paths";

/** What BoardFiles offers that a sync needs (a fake in unit tests). */
export type SyncBoard = Pick<BoardFiles, "capabilities" | "list" | "writeFiles" | "readFiles" | "delete">;

/** For a conflict or a file changed on the board: overwrite it, leave it (the default), or take the board's copy into the project. */
export type ChangedFileDecision = "upload" | "keep-board" | "download";
/** For a file only on the board: leave it (the default), delete it, or take it into the project. */
export type BoardOnlyDecision = "keep" | "delete" | "download";

export interface SyncDecisions {
  /** By project path, for `conflicts` and `changedOnBoard` items. */
  changed?: Record<string, ChangedFileDecision>;
  /** By project path, for `boardOnly` items. */
  boardOnly?: Record<string, BoardOnlyDecision>;
}

export interface SyncProgress extends TransferProgress {
  phase: "download" | "delete" | "upload";
}

export interface SyncOptions {
  /** The board folder the project maps to (default "/"). */
  boardRoot?: string;
  onProgress?(progress: SyncProgress): void;
  now?(): number;
}

export interface SyncResult {
  /** Store this for the next sync (per project and board), even when `error` is set. */
  record: SyncRecord;
  uploaded: string[];
  deleted: string[];
  /** Board copies the person chose to take: the app writes them into the project. */
  downloaded: Map<string, Uint8Array>;
  /** The failure that stopped the sync (a DeviceError); what came before it is done and recorded. */
  error?: unknown;
}

/** Lists the board with checksums (one pass on the board), checksums the project the same way, and plans. */
export async function prepareSync(board: SyncBoard, local: Map<string, Uint8Array>, lastSync: SyncRecord | null | undefined, options: SyncOptions = {}): Promise<SyncPlan> {
  const root = toBoardPath("", options.boardRoot);
  const { checksum: algorithm } = await board.capabilities();
  let listing: Awaited<ReturnType<SyncBoard["list"]>> = [];
  try {
    listing = await board.list(root, { checksums: true });
  } catch (e) {
    // A project folder not yet on the board is simply empty.
    if (!(e instanceof BoardFileError && e.failure === "not-found" && root !== "/")) throw e;
  }
  return planSync({ local: await localChecksums(local, algorithm), board: listing, lastSync, algorithm, boardRoot: root });
}

export async function executeSync(
  board: SyncBoard,
  plan: SyncPlan,
  local: Map<string, Uint8Array>,
  decisions: SyncDecisions = {},
  options: SyncOptions = {},
): Promise<SyncResult> {
  const steps = decide(plan, decisions);
  const record = new RecordBuilder(plan);
  const result: SyncResult = { record: record.build(options.now?.() ?? Date.now()), uploaded: [], deleted: [], downloaded: new Map() };
  const at = (path: string) => toBoardPath(path, options.boardRoot);
  const progress = (phase: SyncProgress["phase"]) => (p: TransferProgress) => options.onProgress?.({ ...p, phase });
  try {
    await download(board, steps.download, plan.algorithm, at, result, record, progress("download"));
    await remove(board, steps.delete, at, result, record, progress("delete"));
    await upload(board, steps.upload, local, at, result, record, progress("upload"));
  } catch (e) {
    result.error = e;
  }
  result.record = record.build(options.now?.() ?? Date.now());
  return result;
}

interface Steps {
  upload: PlanItem[];
  download: PlanItem[];
  delete: PlanItem[];
}

function decide(plan: SyncPlan, decisions: SyncDecisions): Steps {
  const steps: Steps = { upload: [...plan.upload], download: [], delete: [] };
  for (const item of [...plan.conflicts, ...plan.changedOnBoard]) {
    const choice = decisions.changed?.[item.path] ?? "keep-board";
    if (choice === "upload") steps.upload.push(item);
    else if (choice === "download") steps.download.push(item);
  }
  for (const item of plan.boardOnly) {
    const choice = decisions.boardOnly?.[item.path] ?? "keep";
    if (choice === "delete") steps.delete.push(item);
    else if (choice === "download") steps.download.push(item);
  }
  return steps;
}

/**
 * The record after the sync: a path maps to the checksum both sides share. Items left alone keep their old entry,
 * so the next sync asks about them again; an item done is entered as it is done.
 */
class RecordBuilder {
  private readonly files = new Map<string, Checksum>();

  constructor(plan: SyncPlan) {
    for (const item of plan.unchanged) this.files.set(item.path, item.local!);
    // Items left alone, and items not done yet, keep the entry they had.
    for (const item of [...plan.upload, ...plan.conflicts, ...plan.changedOnBoard, ...plan.boardOnly]) {
      if (item.last) this.files.set(item.path, item.last);
    }
  }

  set(path: string, sum: Checksum): void {
    this.files.set(path, sum);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  build(syncedAt: number): SyncRecord {
    return { version: 1, files: Object.fromEntries([...this.files].sort(([a], [b]) => a.localeCompare(b))), syncedAt };
  }
}

async function download(
  board: SyncBoard,
  items: PlanItem[],
  algorithm: ChecksumAlgorithm,
  at: (p: string) => string,
  result: SyncResult,
  record: RecordBuilder,
  onProgress: (p: TransferProgress) => void,
): Promise<void> {
  if (!items.length) return;
  const read = await board.readFiles(items.map((i) => ({ path: at(i.path), size: i.size })), onProgress);
  for (const item of items) {
    const data = read.get(at(item.path))!;
    result.downloaded.set(item.path, data);
    // The board may have changed since the plan: record what was actually taken.
    record.set(item.path, await checksum(algorithm, data));
  }
}

async function remove(board: SyncBoard, items: PlanItem[], at: (p: string) => string, result: SyncResult, record: RecordBuilder, onProgress: (p: TransferProgress) => void): Promise<void> {
  const started = performance.now();
  for (const item of items) {
    await board.delete(at(item.path));
    result.deleted.push(item.path);
    record.delete(item.path);
    const elapsedMs = performance.now() - started;
    onProgress({ path: item.path, bytesDone: result.deleted.length, bytesTotal: items.length, bytesPerSecond: 0, elapsedMs });
  }
}

async function upload(
  board: SyncBoard,
  items: PlanItem[],
  local: Map<string, Uint8Array>,
  at: (p: string) => string,
  result: SyncResult,
  record: RecordBuilder,
  onProgress: (p: TransferProgress) => void,
): Promise<void> {
  if (!items.length) return;
  const algorithm = (await board.capabilities()).checksum;
  // The project may have changed since planning: a file deleted meanwhile is not sent, and the record gets the
  // checksum of the bytes actually sent.
  const present = items.filter((i) => local.has(i.path));
  const byBoardPath = new Map(present.map((i) => [at(i.path), i.path]));
  const sums = new Map<string, Checksum>();
  const files = await Promise.all(
    present.map(async (i) => {
      const data = local.get(i.path)!;
      sums.set(i.path, await checksum(algorithm, data));
      return { path: at(i.path), data };
    }),
  );
  await board.writeFiles(files, {
    onProgress,
    onFileWritten: (path) => {
      const projectPath = byBoardPath.get(path);
      if (!projectPath) return;
      result.uploaded.push(projectPath);
      record.set(projectPath, sums.get(projectPath)!);
    },
  });
}
