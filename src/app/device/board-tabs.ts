// Board-backed editor tabs: a file read from the connected board opens as a tab ("board:/main.py") whose saves go
// back to the board (an atomic, verified write), only when the person saves; never autosaved, never into the project.
import { chooseAction } from "../actions/dialogs";
import { notify } from "../actions/notices";
import { addBuffer, allBuffers, getBuffer, isBufferDirty, type Buffer } from "../editor/buffers";
import { loadMonaco } from "../editor/monaco-loader";
import { syncDirty } from "../editor/saver";
import { setState, getState } from "../state";

const PREFIX = "board:";
let models = 0;

export function boardTabPath(boardPath: string): string {
  return PREFIX + boardPath;
}

/** The board path of a board tab, or undefined for a project tab. */
export function boardPathOfTab(tabPath: string): string | undefined {
  return tabPath.startsWith(PREFIX) ? tabPath.slice(PREFIX.length) : undefined;
}

/** Opens (or refreshes, when unedited) the tab for a board file's text. */
export async function openBoardTab(boardPath: string, text: string, size: number, save: (path: string, text: string) => Promise<boolean>): Promise<void> {
  const path = boardTabPath(boardPath);
  const existing = getBuffer(path);
  if (existing && !isBufferDirty(existing)) replaceText(existing, text);
  else if (existing && existing.model.getValue() !== text.replace(/\r\n/g, "\n")) {
    notify("info", `Your unsaved edits to ${boardPath} are kept, so the board's copy was not loaded. Save (Ctrl+S) to write them to the board.`);
  }
  if (!existing) await createBoardBuffer(path, boardPath, text, save);
  setState((s) => ({ tabs: [...s.tabs.filter((t) => t.path !== path), { path, kind: "text", size, origin: "board" }], active: path }));
}

async function createBoardBuffer(path: string, boardPath: string, text: string, save: (path: string, text: string) => Promise<boolean>): Promise<void> {
  const { monaco, languageFor } = await loadMonaco();
  const name = encodeURIComponent(boardPath.split("/").pop() ?? "file");
  const model = monaco.editor.createModel(text.replace(/\r\n/g, "\n"), languageFor(boardPath), monaco.Uri.parse(`inmemory://pyco/board-${++models}/${name}`));
  // Keep the file's own line endings when it goes back to the board.
  model.setEOL(text.includes("\r\n") ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
  const buffer: Buffer = { path, model, savedVersion: model.getAlternativeVersionId(), viewState: null, dispose: () => undefined };
  buffer.saveExternally = async () => {
    if (!isBufferDirty(buffer)) return true;
    const version = model.getAlternativeVersionId();
    const saved = await save(boardPathOfTab(buffer.path)!, model.getValue());
    if (saved) {
      buffer.savedVersion = version;
      syncDirty(buffer);
    }
    return saved;
  };
  const listener = model.onDidChangeContent(() => syncDirty(buffer));
  buffer.dispose = () => listener.dispose();
  addBuffer(buffer);
}

function replaceText(buffer: Buffer, text: string): void {
  const model = buffer.model;
  const normalized = text.replace(/\r\n/g, "\n");
  if (model.getValue().replace(/\r\n/g, "\n") !== normalized) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: normalized }], () => null);
  buffer.savedVersion = model.getAlternativeVersionId();
  syncDirty(buffer);
}

/** The active tab's text and name, for "Run current file" (a project file or a board file). */
export function activeTabSource(): { name: string; text: string } | undefined {
  const active = getState().active;
  const buffer = active ? getBuffer(active) : undefined;
  if (!active || !buffer) return undefined;
  return { name: active.split("/").pop() ?? active, text: buffer.model.getValue() };
}

/**
 * Before the open project's tabs are dropped (switch, close, delete): board tabs with edits not yet on the board
 * are saved to it or let go only when the person says so. False: stay (cancelled, or the save to the board failed).
 */
export async function settleBoardEdits(): Promise<boolean> {
  const unsaved = allBuffers().filter((b) => b.saveExternally && isBufferDirty(b));
  if (unsaved.length === 0) return true;
  const names = unsaved.map((b) => boardPathOfTab(b.path)).join(", ");
  const choice = await chooseAction(
    "Save your edits to the board?",
    `${names} on the board ${unsaved.length === 1 ? "has" : "have"} edits that are not saved to the board yet. Leaving this project closes ${unsaved.length === 1 ? "its tab" : "their tabs"}.`,
    "Save to board",
    "Leave without saving",
  );
  if (choice === "cancel") return false;
  if (choice === "alternative") return true;
  for (const buffer of unsaved) if (!(await buffer.saveExternally!())) return false;
  return true;
}
