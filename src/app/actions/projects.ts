// Project actions: open, close, create, rename, duplicate, delete. Opening remembers the project for the next visit.
import { entryFileFor, isTextPath, type Flavor, type ProjectMeta } from "../../storage";
import { settleBoardEdits } from "../device/board-tabs";
import { disposeAllBuffers } from "../editor/buffers";
import { unsavedReason } from "../editor/follow-file";
import { cancelPendingSaves, flushAll } from "../editor/saver";
import { db, tabs } from "../services";
import { getState, setState } from "../state";
import { enqueueWrite } from "../write-queue";
import { confirmAction, askText } from "./dialogs";
import { openFile } from "./editor-tabs";
import { notify, showError } from "./notices";
import { adoptMeta, expected, refreshProjects } from "./project-state";
import { announceEditing } from "./tab-presence";

export const LAST_PROJECT_KEY = "lastProjectId";

/** Saves what is open, then shows `id`: its tree, and its entry file (code.py / main.py) in the editor. */
export async function openProject(id: string, opts: { skipFlush?: boolean } = {}): Promise<boolean> {
  if (!opts.skipFlush && !(await mayLeaveProject())) return false;
  const meta = await db().getProject(id);
  if (!meta) {
    // Nothing was dropped yet: the open project stays as it was.
    showError("That project no longer exists. It may have been deleted in another tab.");
    await refreshProjects();
    return false;
  }
  const entries = await db().listEntries(id);
  dropBuffers();
  resetProjectView(meta, entries);
  announceEditing(id);
  void db().setSetting(LAST_PROJECT_KEY, id);
  const first = pickFirstFile(meta, entries.map((e) => e.path));
  if (first) await openFile(first);
  return true;
}

function resetProjectView(meta: ProjectMeta, entries: Awaited<ReturnType<ReturnType<typeof db>["listEntries"]>>): void {
  setState({
    project: meta,
    entries,
    expanded: {},
    selected: undefined,
    tabs: [],
    active: undefined,
    dirty: {},
    replaced: {},
    saveError: undefined,
    conflict: undefined,
    sharedWithOtherTab: false,
  });
}

function pickFirstFile(meta: ProjectMeta, paths: string[]): string | undefined {
  const entry = entryFileFor(meta.flavor);
  return paths.find((p) => p.toLowerCase() === entry) ?? paths.find((p) => !p.includes("/") && p.endsWith(".py") && isTextPath(p));
}

/**
 * Before anything replaces the open project (switch, new, import, example, link): stores open buffers, and asks
 * when they can't be stored (storage full, another tab's change awaiting a choice) or a board tab has unsaved
 * edits. False: the user chose to stay. Call it before creating anything, so Cancel leaves no stray project.
 */
export async function mayLeaveProject(): Promise<boolean> {
  if (!getState().project) return true;
  if (!(await settleBoardEdits())) return false;
  const saved = await flushAll();
  if (!saved) {
    const leave = await confirmAction("Leave without saving?", unsavedMessage(), "Leave without saving", true);
    if (!leave) return false;
  }
  return true;
}

/** The open project's buffers go (after mayLeaveProject said yes). */
function dropBuffers(): void {
  cancelPendingSaves();
  disposeAllBuffers();
}

function unsavedMessage(): string {
  return `Some changes in this project could not be saved (${unsavedReason()}). If you leave now, they are lost.`;
}

/** Back to the welcome screen; the next visit starts there too. */
export async function closeProject(): Promise<void> {
  if (!(await mayLeaveProject())) return;
  dropBuffers();
  setState({ project: undefined, entries: [], tabs: [], active: undefined, dirty: {}, replaced: {}, conflict: undefined, sharedWithOtherTab: false });
  announceEditing(undefined);
  void db().setSetting(LAST_PROJECT_KEY, null);
  await refreshProjects();
}

export async function createProject(flavor: Flavor): Promise<void> {
  if (!(await mayLeaveProject())) return;
  const created = await db().createProject(flavor);
  if (!created.ok) return void showError(created.error.message);
  await refreshProjects();
  await openProject(created.value.id, { skipFlush: true });
}

export async function renameProject(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  const name = await askText("Rename project", "Project name", project.name, "Rename");
  if (name === undefined || name.trim() === project.name) return;
  const renamed = await enqueueWrite(() => db().renameProject(project.id, name, expected()));
  if (!renamed.ok) return void showError(renamed.error.message);
  adoptMeta(renamed.value);
  notify("success", `Renamed the project to "${renamed.value.name}".`);
}

export async function duplicateProject(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  if (!(await flushAll())) return void showError("Save your changes first: the copy is made from what is stored.");
  if (!(await settleBoardEdits())) return;
  const copy = await db().duplicateProject(project.id);
  if (!copy.ok) return void showError(copy.error.message);
  await refreshProjects();
  await openProject(copy.value.id, { skipFlush: true });
  notify("success", `Made a copy: "${copy.value.name}".`);
}

export async function deleteProject(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  const sure = await confirmAction(
    "Delete project?",
    `"${project.name}" and all its files will be deleted from this browser. Export it as a .zip first if you want a copy.`,
    "Delete project",
    true,
  );
  if (!sure || !(await settleBoardEdits())) return;
  dropBuffers();
  const deleted = await db().deleteProject(project.id);
  if (!deleted.ok) return void showError(deleted.error.message);
  setState({ project: undefined, entries: [], tabs: [], active: undefined, dirty: {}, replaced: {}, conflict: undefined });
  announceEditing(undefined);
  void db().setSetting(LAST_PROJECT_KEY, null);
  await refreshProjects();
  notify("info", `Deleted "${project.name}".`);
}
