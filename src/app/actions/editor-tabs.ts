// Editor tabs: opening a file makes (once) its Monaco model or, for binary files, an info tab; closing saves first.
import { isInside, isTextPath, looksLikeText, samePath } from "../../storage";
import { addBuffer, buffersUnder, getBuffer, disposeBuffer, isBufferDirty, type Buffer } from "../editor/buffers";
import { loadMonaco } from "../editor/monaco-loader";
import { noteChange, saveBuffer } from "../editor/saver";
import { db } from "../services";
import { getState, setState, type OpenTab } from "../state";
import { showError } from "./notices";

let modelCounter = 0;

export async function openFile(path: string): Promise<void> {
  const state = getState();
  const project = state.project;
  if (!project) return;
  const existing = state.tabs.find((t) => samePath(t.path, path));
  if (existing) return void setState({ active: existing.path, selected: existing.path });
  const bytes = await db().openFile(project.id, path);
  if (!bytes.ok) return void showError(bytes.error.message);
  const text = isTextPath(path) || looksLikeText(bytes.value);
  if (text) {
    try {
      await createBuffer(path, new TextDecoder("utf-8").decode(bytes.value));
    } catch (e) {
      // Monaco failed to download (offline before the first complete visit): say so instead of failing silently.
      return void showError(`The editor couldn't load, so "${path}" can't be opened (${e instanceof Error ? e.message : String(e)}). Reload when online.`);
    }
  }
  // The project may have changed while we read (switch, delete): then the tab no longer belongs here.
  if (getState().project?.id !== project.id) return;
  const tab: OpenTab = { path, kind: text ? "text" : "binary", size: bytes.value.byteLength };
  setState((s) => ({ tabs: [...s.tabs.filter((t) => t.path !== path), tab], active: path, selected: path }));
}

async function createBuffer(path: string, text: string): Promise<Buffer> {
  const existing = getBuffer(path);
  if (existing) return existing;
  const { monaco, languageFor } = await loadMonaco();
  // The URI is not the path, so renaming a file keeps its model and undo history.
  const uri = monaco.Uri.parse(`inmemory://pyco/buffer-${++modelCounter}/${encodeURIComponent(path.split("/").pop() ?? "file")}`);
  const model = monaco.editor.createModel(text, languageFor(path), uri);
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const buffer: Buffer = { path, model, savedVersion: model.getAlternativeVersionId(), viewState: null, dispose: () => undefined };
  const listener = model.onDidChangeContent(() => noteChange(buffer));
  buffer.dispose = () => listener.dispose();
  addBuffer(buffer);
  return buffer;
}

export function activateTab(path: string): void {
  setState({ active: path, selected: path });
}

/** Saves the tab's text, then closes it. A tab whose text can't be stored stays open (nothing is lost). */
export async function closeTab(path: string): Promise<void> {
  const buffer = getBuffer(path);
  if (buffer && !(await saveBuffer(buffer))) {
    // Its banner (shown for the active tab) offers the choice.
    if (buffer.replacedBy) activateTab(path);
    const why = buffer.replacedBy ? "Choose which version to keep first (above the editor)." : getState().saveError ?? "";
    showError(`"${path}" couldn't be saved, so its tab stays open. ${why}`.trim());
    return;
  }
  if (buffer) disposeBuffer(buffer);
  dropTabs([path]);
}

/** Removes tabs (the files are gone or were never opened); the neighbour of the active tab becomes active. */
export function dropTabs(paths: string[]): void {
  const gone = (p: string) => paths.some((q) => samePath(p, q));
  setState((s) => {
    const index = s.tabs.findIndex((t) => t.path === s.active);
    const tabs = s.tabs.filter((t) => !gone(t.path));
    const active = s.active && !gone(s.active) ? s.active : tabs[Math.min(Math.max(index, 0), tabs.length - 1)]?.path;
    const dirty = { ...s.dirty };
    for (const p of Object.keys(dirty)) if (gone(p)) delete dirty[p];
    const replaced = Object.fromEntries(Object.entries(s.replaced).filter(([p]) => !gone(p)));
    return { tabs, active, dirty, replaced };
  });
}

/**
 * Something other than the user (the board's program) removed `path`: its clean tabs close; a tab with unsaved
 * edits stays open, so saving it brings the file back rather than losing the edits.
 */
export function closeRemovedTabs(path: string): void {
  const clean = buffersUnder(path).filter((b) => !isBufferDirty(b) && !b.saveExternally);
  for (const b of clean) disposeBuffer(b);
  const gone = getState().tabs.filter((t) => !t.origin && isInside(t.path, path) && !getBuffer(t.path));
  dropTabs(gone.map((t) => t.path));
}

/** Ctrl/Cmd-S: store the active file now. A failure shows in the "Not saved" banner, so no extra notice here. */
export async function saveActive(): Promise<void> {
  const active = getState().active;
  const buffer = active ? getBuffer(active) : undefined;
  if (buffer) await saveBuffer(buffer);
}
