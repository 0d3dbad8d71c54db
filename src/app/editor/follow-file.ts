// An open tab follows its file when the stored copy changes under it (an upload, the board's program, a copy from the
// board). Unsaved edits never silently win or lose: the buffer keeps them, stops saving, and the user chooses.
import { samePath } from "../../storage";
import { getState, setState } from "../state";
import { allBuffers, getBuffer, isBufferDirty, type Buffer } from "./buffers";
import { syncDirty } from "./saver";

/**
 * The stored file at `path` now holds `data` (written by `changedBy`, e.g. "the upload"). Call it inside the write
 * queue's job that stored it, so no save of the old text can come in between.
 */
export function followStoredFile(path: string, data: Uint8Array, changedBy: string): void {
  const buffer = getBuffer(path);
  if (!buffer) return void updateTabSize(path, data.byteLength);
  if (buffer.saveExternally) return;
  const text = new TextDecoder().decode(data);
  if (buffer.model.getValue() === text) return markStored(buffer);
  if (isBufferDirty(buffer) || buffer.replacedBy) return markReplaced(buffer, changedBy);
  showText(buffer, text);
  markStored(buffer);
}

/** Replaces the buffer's text through the undo stack, so Ctrl+Z brings the previous text back. */
export function showText(buffer: Buffer, text: string): void {
  const model = buffer.model;
  if (model.getValue() !== text) model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
}

/** The buffer's text is what is stored now: clean, and no longer in conflict. */
export function markStored(buffer: Buffer): void {
  buffer.savedVersion = buffer.model.getAlternativeVersionId();
  clearReplaced(buffer);
  syncDirty(buffer);
}

function markReplaced(buffer: Buffer, changedBy: string): void {
  buffer.replacedBy = changedBy;
  if (getState().replaced[buffer.path] === changedBy) return;
  setState((s) => ({ replaced: { ...s.replaced, [buffer.path]: changedBy } }));
}

export function clearReplaced(buffer: Buffer): void {
  buffer.replacedBy = undefined;
  if (!(buffer.path in getState().replaced)) return;
  setState((s) => {
    const replaced = { ...s.replaced };
    delete replaced[buffer.path];
    return { replaced };
  });
}

function updateTabSize(path: string, size: number): void {
  if (!getState().tabs.some((t) => samePath(t.path, path) && t.size !== size)) return;
  setState((s) => ({ tabs: s.tabs.map((t) => (samePath(t.path, path) ? { ...t, size } : t)) }));
}

/** Why open files could not all be stored, in words for the user (after flushAll resolved false). */
export function unsavedReason(): string {
  const replaced = allBuffers().filter((b) => b.replacedBy).map((b) => `"${b.path}"`);
  if (replaced.length > 0) return `${replaced.join(", ")} changed while you had unsaved edits: choose which version to keep (above the editor) first`;
  return getState().saveError ?? "an open file could not be saved";
}
