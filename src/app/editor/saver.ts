// The debounced saver: writes a buffer's text once typing pauses, never later than 1 s after a change, on Ctrl/Cmd-S
// and when the page is hidden. Typing never goes through the store; only dirty/clean transitions do.
import type { StorageError } from "../../storage";
import { adoptMeta } from "../actions/project-state";
import { db } from "../services";
import { getState, setState } from "../state";
import { enqueueWrite } from "../write-queue";
import { allBuffers, isBufferDirty, isLive, type Buffer } from "./buffers";

/** The longest a change waits before it is written, even while typing goes on (a crash loses at most this much). */
export const SAVE_DELAY_MS = 1000;
/** A pause in typing this long writes at once (fewer writes than one per keystroke). */
export const QUIET_MS = 400;
const timers = new Map<Buffer, ReturnType<typeof setTimeout>>();
/** When each buffer's oldest unwritten change was made. */
const pendingSince = new Map<Buffer, number>();

/** Called on every change of a buffer's model. */
export function noteChange(buffer: Buffer): void {
  syncDirty(buffer);
  if (buffer.saveExternally) return;
  const now = Date.now();
  const since = pendingSince.get(buffer) ?? now;
  pendingSince.set(buffer, since);
  clearTimeout(timers.get(buffer));
  const wait = Math.max(0, Math.min(QUIET_MS, since + SAVE_DELAY_MS - now));
  timers.set(buffer, setTimeout(() => void saveBuffer(buffer), wait));
}

/** Mirrors the buffer's dirty flag into the store, only when it flips. */
export function syncDirty(buffer: Buffer): void {
  const dirty = isBufferDirty(buffer);
  if (dirty === Boolean(getState().dirty[buffer.path])) return;
  setState((s) => {
    const next = { ...s.dirty };
    if (dirty) next[buffer.path] = true;
    else delete next[buffer.path];
    return { dirty: next };
  });
}

/** Writes the buffer if it changed. Resolves false if it could not be stored (the text stays in the editor). */
export function saveBuffer(buffer: Buffer): Promise<boolean> {
  if (buffer.saveExternally) return buffer.saveExternally();
  clearTimeout(timers.get(buffer));
  timers.delete(buffer);
  pendingSince.delete(buffer);
  return enqueueWrite(() => write(buffer));
}

async function write(buffer: Buffer): Promise<boolean> {
  const { project, conflict } = getState();
  if (!isLive(buffer) || !isBufferDirty(buffer)) return true;
  // While another tab's change awaits the user's choice, nothing is written over it.
  if (!project || conflict) return false;
  // The stored file was replaced under unsaved edits: neither wins until the user chooses (follow-file.ts).
  if (buffer.replacedBy) return false;
  const version = buffer.model.getAlternativeVersionId();
  setState({ saving: true });
  const result = await db().writeFile(project.id, buffer.path, buffer.model.getValue(), {
    expectedRevision: project.revision,
    createParents: true,
  });
  setState({ saving: false });
  if (!result.ok) return failed(result.error, project.id);
  adoptMeta(result.value);
  buffer.savedVersion = version;
  syncDirty(buffer);
  if (getState().saveError) setState({ saveError: undefined });
  return true;
}

async function failed(error: StorageError, projectId: string): Promise<boolean> {
  if (error.code === "conflict") setState({ conflict: { kind: "changed-elsewhere" } });
  else if (error.code === "not-found" && !(await db().getProject(projectId))) setState({ conflict: { kind: "deleted-elsewhere" } });
  else setState({ saveError: error.message });
  return false;
}

/** Saves every changed buffer now (Ctrl-S, tab hidden, before switching project or reloading). */
export async function flushAll(): Promise<boolean> {
  // Board files are written to the board only when the person saves them (a write may stop its program).
  const results = await Promise.all(allBuffers().filter((b) => !b.saveExternally).map((b) => saveBuffer(b)));
  return results.every(Boolean);
}

export function hasUnsaved(): boolean {
  return allBuffers().some(isBufferDirty);
}

export function cancelPendingSaves(): void {
  for (const t of timers.values()) clearTimeout(t);
  timers.clear();
  pendingSince.clear();
}
