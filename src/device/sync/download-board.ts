// "Download board": every file on the board (under a folder) read into a project, with the sync record that says
// the new project and the board are in sync.
import { checksum } from "../files/checksums";
import type { TransferProgress } from "../files/board-files";
import type { SyncBoard } from "./board-sync";
import type { SyncRecord } from "./sync-record";
import { isSystemPath, toBoardPath, toProjectPath } from "./board-paths";

export interface DownloadedBoard {
  /** Project path → bytes. */
  files: Map<string, Uint8Array>;
  record: SyncRecord;
  /** Firmware and OS files left out (boot_out.txt, .Trashes…). */
  ignored: string[];
}

export async function downloadBoard(
  board: Pick<SyncBoard, "capabilities" | "list" | "readFiles">,
  options: { boardRoot?: string; onProgress?: (p: TransferProgress) => void; now?: () => number } = {},
): Promise<DownloadedBoard> {
  const root = toBoardPath("", options.boardRoot);
  const listing = await board.list(root, { recursive: true });
  const ignored: string[] = [];
  const wanted: { path: string; size: number; projectPath: string }[] = [];
  for (const entry of listing) {
    const projectPath = entry.kind === "file" ? toProjectPath(entry.path, root) : null;
    if (projectPath === null) continue;
    if (isSystemPath(projectPath)) ignored.push(projectPath);
    else wanted.push({ path: entry.path, size: entry.size, projectPath });
  }
  const read = await board.readFiles(wanted, options.onProgress);
  const { checksum: algorithm } = await board.capabilities();
  const files = new Map<string, Uint8Array>();
  const sums: Record<string, string> = {};
  for (const w of wanted.sort((a, b) => a.projectPath.localeCompare(b.projectPath))) {
    const data = read.get(w.path)!;
    files.set(w.projectPath, data);
    sums[w.projectPath] = await checksum(algorithm, data);
  }
  return { files, record: { version: 1, files: sums, syncedAt: options.now?.() ?? Date.now() }, ignored };
}
