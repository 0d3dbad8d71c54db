// Two tabs on one project: catch up silently when this tab has nothing unsaved, otherwise stop saving and let the
// user choose (the conflict banner). Nothing is ever overwritten without that choice.
import { allBuffers, disposeBuffer, isBufferDirty, type Buffer } from "../editor/buffers";
import { markStored, showText } from "../editor/follow-file";
import { flushAll } from "../editor/saver";
import { db } from "../services";
import { getState, setState } from "../state";
import { enqueueWrite } from "../write-queue";
import { notify } from "./notices";
import { refreshEntries, refreshProjects } from "./project-state";
import { openProject } from "./projects";

/** TabCoordinator.onRemoteChange: another tab committed a change (or deleted a project). */
export function onRemoteChange(projectId: string, revision: number, info: { deleted: boolean }): void {
  void refreshProjects();
  const project = getState().project;
  if (!project || project.id !== projectId) return;
  if (info.deleted) setState({ conflict: { kind: "deleted-elsewhere" } });
  else if (revision > project.revision) void catchUpWithOtherTab();
}

/** After our queued writes: reload from storage if nothing here is unsaved, else ask the user. */
export function catchUpWithOtherTab(): Promise<void> {
  return enqueueWrite(async () => {
    // Board tabs don't count: they are not the project's files.
    if (allBuffers().some((b) => !b.saveExternally && isBufferDirty(b))) {
      if (!getState().conflict) setState({ conflict: { kind: "changed-elsewhere" } });
      return;
    }
    await reloadFromStorage();
  });
}

/** Replaces every open buffer with the stored text. Edits go through the undo stack, so Ctrl+Z can bring text back. */
async function reloadFromStorage(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  await refreshEntries(true);
  for (const buffer of allBuffers()) if (!buffer.saveExternally) await reloadBuffer(project.id, buffer);
  const paths = new Set(getState().entries.map((e) => e.path.toLowerCase()));
  const gone = getState().tabs.filter((t) => !t.origin && !paths.has(t.path.toLowerCase())).map((t) => t.path);
  if (gone.length > 0) {
    setState((s) => ({
      tabs: s.tabs.filter((t) => !gone.includes(t.path)),
      active: s.active && gone.includes(s.active) ? s.tabs.find((t) => !gone.includes(t.path))?.path : s.active,
    }));
  }
}

async function reloadBuffer(projectId: string, buffer: Buffer): Promise<void> {
  const text = await db().readText(projectId, buffer.path);
  if (text === undefined) {
    disposeBuffer(buffer);
    return;
  }
  showText(buffer, text);
  markStored(buffer);
}

/** Banner choice: store this tab's open files over the other tab's version. */
export async function keepMine(): Promise<void> {
  setState({ conflict: undefined });
  await enqueueWrite(() => refreshEntries(true));
  if (await flushAll()) notify("success", "Saved this tab's version of your open files.");
}

/** Banner choice: take the other tab's version of everything. */
export async function loadTheirs(): Promise<void> {
  const hadChanges = allBuffers().some(isBufferDirty);
  setState({ conflict: undefined });
  await enqueueWrite(reloadFromStorage);
  if (hadChanges) notify("info", "Loaded the version from the other tab. Undo (Ctrl+Z) in a file brings back this tab's text.");
}

/** Banner choice after "open in another tab": keep working here; saves still refuse to overwrite. */
export function editHereAnyway(): void {
  setState({ conflict: undefined, sharedWithOtherTab: true });
}

/** Banner choice after the project was deleted elsewhere: keep the open files as a new project. */
export async function saveOpenFilesAsNewProject(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  const encoder = new TextEncoder();
  const files = allBuffers().map((b) => ({ path: b.path, data: encoder.encode(b.model.getValue()) }));
  const created = await db().importFiles(`${project.name} (rescued)`, project.flavor, files);
  if (!created.ok) {
    notify("error", created.error.message);
    return;
  }
  setState({ conflict: undefined });
  await openProject(created.value.id, { skipFlush: true });
  notify("success", `Saved your open files as "${created.value.name}".`);
}
