// Open text buffers: one Monaco model per open file, so undo survives tab switches. The model is the truth for
// the buffer's text; the store only learns when a buffer turns dirty or clean.
import type * as Monaco from "monaco-editor/editor/editor.api";
import { isInside, samePath } from "../../storage";

export interface Buffer {
  /** Current path; updated in place on rename/move so the model (and its undo stack) is kept. */
  path: string;
  model: Monaco.editor.ITextModel;
  /** Alternative version id of the stored text: undoing back to it makes the buffer clean again. */
  savedVersion: number;
  viewState: Monaco.editor.ICodeEditorViewState | null;
  dispose: () => void;
  /** A file that lives elsewhere (a real board's file): saved only when asked, through this, never into the project. */
  saveExternally?: () => Promise<boolean>;
  /** The stored file was replaced (by this, e.g. "the upload") while the buffer had unsaved edits: not saved until the user chooses. */
  replacedBy?: string;
}

const buffers = new Set<Buffer>();

export function addBuffer(buffer: Buffer): void {
  buffers.add(buffer);
}

export function getBuffer(path: string): Buffer | undefined {
  for (const b of buffers) if (samePath(b.path, path)) return b;
  return undefined;
}

export function allBuffers(): Buffer[] {
  return [...buffers];
}

export function isLive(buffer: Buffer): boolean {
  return buffers.has(buffer);
}

export function disposeBuffer(buffer: Buffer): void {
  if (!buffers.delete(buffer)) return;
  buffer.dispose();
  buffer.model.dispose();
}

export function disposeAllBuffers(): void {
  for (const b of [...buffers]) disposeBuffer(b);
}

/** Buffers at `path` or inside it (when it is a folder). */
export function buffersUnder(path: string): Buffer[] {
  return allBuffers().filter((b) => isInside(b.path, path));
}

export function isBufferDirty(buffer: Buffer): boolean {
  return buffer.model.getAlternativeVersionId() !== buffer.savedVersion;
}
