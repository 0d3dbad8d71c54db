// Keeps the store's copy of the open project in step with the database: its meta (revision) and its entries.
import type { ProjectMeta, StorageError } from "../../storage";
import { db } from "../services";
import { getState, setState } from "../state";
import { showError } from "./notices";
import { catchUpWithOtherTab } from "./sync";

/** Takes a meta returned by a successful change (its revision is the one to expect next). */
export function adoptMeta(meta: ProjectMeta): void {
  setState((s) => ({
    project: s.project?.id === meta.id ? meta : s.project,
    projects: s.projects.map((p) => (p.id === meta.id ? meta : p)),
  }));
}

/** Our own committed change (from ProjectStore.onChange): remember the revision we now expect. */
export function adoptRevision(projectId: string, revision: number): void {
  const project = getState().project;
  if (project?.id === projectId && revision > project.revision) setState({ project: { ...project, revision } });
}

export function currentProjectId(): string | undefined {
  return getState().project?.id;
}

export function expected(): { expectedRevision?: number } {
  return { expectedRevision: getState().project?.revision };
}

export async function refreshProjects(): Promise<void> {
  setState({ projects: await db().listProjects() });
}

/**
 * Re-reads the open project's entries. With `adopt`, also takes the stored revision as the one to expect:
 * only safe when nothing unsaved could overwrite another tab's work (see sync.ts).
 */
export async function refreshEntries(adopt = false): Promise<void> {
  const id = currentProjectId();
  if (!id) return;
  const [meta, entries] = await Promise.all([db().getProject(id), db().listEntries(id)]);
  if (currentProjectId() !== id) return;
  setState((s) => ({ entries, project: adopt && meta ? meta : s.project }));
}

/** Shows a storage failure. A conflict means another tab moved on: sync.ts decides how to catch up. */
export async function reportFailure(error: StorageError): Promise<void> {
  if (error.code === "conflict") {
    await catchUpWithOtherTab();
    return;
  }
  showError(error.message);
  if (error.code === "not-found") await refreshEntries();
}
