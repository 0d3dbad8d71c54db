// The board's files: a tree read from the board (on request: listing stops a running program, so it asks first),
// and actions on the selected entry: open in the editor, download, copy into the project, rename, delete.
import { useDevice } from "../../app/device/device-state";
import {
  copyBoardFileToProject, deleteBoardEntry, downloadBoardFile, listBoardFiles, newBoardFolder, openBoardFile, renameBoardEntry,
  selectBoardEntry, toggleBoardFolder, uploadProjectFile,
} from "../../app/device/board-file-actions";
import type { BoardEntry } from "../../device/files";
import { Icon } from "../common/Icon";
import { boardRows, type BoardRow } from "./board-rows";
import { formatBytes } from "./format";

export function BoardFilesPanel() {
  const files = useDevice((s) => s.files);
  const busy = useDevice((s) => Boolean(s.operation));
  const selected = files?.entries.find((e) => e.path === files.selected);
  return (
    <details className="dev-files" open>
      <summary>Board files</summary>
      <div className="dev-toolbar dev-files-toolbar" role="toolbar" aria-label="Board file actions">
        <button type="button" onClick={() => void listBoardFiles()} disabled={busy}>{files ? "Refresh" : "Show files"}</button>
        <button type="button" onClick={() => void newBoardFolder()} disabled={busy || !files}>New folder</button>
        <button type="button" onClick={() => void uploadProjectFile()} disabled={busy || !files}>Upload file…</button>
      </div>
      {files ? <BoardTree entries={files.entries} expanded={files.expanded} selected={files.selected} /> : <p className="dev-hint dev-files-empty">Press “Show files” to list what is on the board.</p>}
      {selected ? <EntryActions entry={selected} busy={busy} /> : null}
    </details>
  );
}

function BoardTree({ entries, expanded, selected }: { entries: BoardEntry[]; expanded: Record<string, true>; selected?: string }) {
  const rows = boardRows(entries, expanded);
  if (rows.length === 0) return <p className="dev-hint dev-files-empty">The board's drive is empty.</p>;
  // With nothing selected yet, the first row takes the focus (one tab stop for the whole tree).
  const focusable = rows.some((r) => r.entry.path === selected) ? selected : rows[0].entry.path;
  return (
    <ul className="dev-tree" role="tree" aria-label="Board files" onKeyDown={(e) => moveWithKeys(e, rows, selected)}>
      {rows.map((row) => <TreeRow key={row.entry.path} row={row} selected={row.entry.path === selected} focusable={row.entry.path === focusable} />)}
    </ul>
  );
}

/** Arrow keys move the selection (and the focus); Right/Left open and close folders. */
function moveWithKeys(e: React.KeyboardEvent, rows: BoardRow[], selected: string | undefined): void {
  const index = rows.findIndex((r) => r.entry.path === selected);
  const row = rows[index];
  let next: BoardRow | undefined;
  if (e.key === "ArrowDown") next = rows[Math.min(rows.length - 1, index + 1)];
  else if (e.key === "ArrowUp") next = rows[Math.max(0, index - 1)];
  else if (e.key === "ArrowRight" && row?.entry.kind === "dir" && !row.open) toggleBoardFolder(row.entry.path);
  else if (e.key === "ArrowLeft" && row?.open) toggleBoardFolder(row.entry.path);
  else return;
  e.preventDefault();
  if (!next) return;
  selectBoardEntry(next.entry.path);
  const id = rowId(next.entry.path);
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function rowId(path: string): string {
  return `board-row-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

function TreeRow({ row, selected, focusable }: { row: BoardRow; selected: boolean; focusable: boolean }) {
  const { entry } = row;
  const folder = entry.kind === "dir";
  const activate = () => (folder ? toggleBoardFolder(entry.path) : void openBoardFile(entry.path));
  return (
    <li
      role="treeitem"
      id={rowId(entry.path)}
      aria-label={row.name}
      aria-level={row.depth + 1}
      aria-selected={selected}
      aria-expanded={folder ? row.open : undefined}
      tabIndex={focusable ? 0 : -1}
      className={`dev-tree-row${selected ? " is-selected" : ""}`}
      style={{ paddingLeft: 8 + row.depth * 14 }}
      onClick={() => selectBoardEntry(entry.path)}
      onDoubleClick={activate}
      onKeyDown={(e) => {
        if (e.key === "Enter") activate();
      }}
    >
      <Icon name={folder ? "folder" : "file"} size={14} />
      <span className="dev-tree-name">{row.name}</span>
      {folder ? null : <span className="dev-muted">{formatBytes(entry.size)}</span>}
    </li>
  );
}

function EntryActions({ entry, busy }: { entry: BoardEntry; busy: boolean }) {
  const file = entry.kind === "file";
  return (
    <div className="dev-toolbar dev-entry-actions" role="group" aria-label={`Actions for ${entry.path}`}>
      {file ? <button type="button" onClick={() => void openBoardFile(entry.path)} disabled={busy}>Open</button> : null}
      {file ? <button type="button" onClick={() => void downloadBoardFile(entry.path)} disabled={busy}>Download</button> : null}
      {file ? <button type="button" onClick={() => void copyBoardFileToProject(entry.path)} disabled={busy}>Copy to project</button> : null}
      <button type="button" onClick={() => void renameBoardEntry(entry)} disabled={busy}>Rename</button>
      <button type="button" className="dev-danger" onClick={() => void deleteBoardEntry(entry)} disabled={busy}>Delete</button>
    </div>
  );
}
