// Project-row helpers shared by the store's operations: load and check a meta row, pick unique names, insert projects.
import { Drive } from "./drive";
import { newId } from "./ids";
import { restoreMetaRow, type RestoredEntry } from "./restore";
import { fail, ok } from "./result";
import { PROJECTS } from "./schema";
import type { WriteTx } from "./transaction";
import { uniqueName } from "./templates";
import type { Flavor, ProjectMeta, Result } from "./types";

export function projectGone<T>(): Result<T> {
  return fail("not-found", "This project no longer exists. It may have been deleted in another tab.");
}

export function staleRevision<T>(current: number, expected: number): Result<T> {
  return fail(
    "conflict",
    `This project was changed in another tab or window (revision ${current}; this tab had ${expected}). ` +
      "Nothing was overwritten and your text is still in the editor: copy what you need, then reload the project.",
  );
}

export async function loadMeta(tx: WriteTx, id: string): Promise<Result<ProjectMeta>> {
  const row = await tx.objectStore(PROJECTS).get(id);
  if (row === undefined) return projectGone();
  return restoreMetaRow(row);
}

/** Names of all readable projects, except `exceptId`. */
export async function projectNames(tx: WriteTx, exceptId?: string): Promise<string[]> {
  const rows = await tx.objectStore(PROJECTS).getAll();
  return rows.flatMap((row) => {
    const meta = restoreMetaRow(row);
    return meta.ok && meta.value.id !== exceptId ? [meta.value.name] : [];
  });
}

/** Project names must be unique (case-insensitively) so exports and lists never show two "Blink" projects. */
export async function checkNameFree(tx: WriteTx, name: string, exceptId?: string): Promise<Result<void>> {
  const taken = (await projectNames(tx, exceptId)).some((n) => n.toLowerCase() === name.toLowerCase());
  return taken ? fail("exists", `A project named "${name}" already exists. Choose another name.`) : ok(undefined);
}

export interface NewProject {
  name: string;
  flavor: Flavor;
  wiring?: unknown;
  entries: readonly RestoredEntry[];
  /** When true the name is made unique ("Blink 2"); otherwise a taken name is refused. */
  uniquify: boolean;
}

/** Inserts a whole project (meta row and one row per entry) inside the caller's transaction. */
export async function insertProject(tx: WriteTx, project: NewProject, now: number): Promise<Result<ProjectMeta>> {
  let name = project.name;
  if (project.uniquify) {
    name = uniqueName(name, await projectNames(tx));
  } else {
    const free = await checkNameFree(tx, name);
    if (!free.ok) return free;
  }
  const meta: ProjectMeta = { id: newId(), name, flavor: project.flavor, createdAt: now, updatedAt: now, revision: 1 };
  if (project.wiring !== undefined) meta.wiring = project.wiring;
  await tx.objectStore(PROJECTS).put(meta);
  await new Drive(tx, meta.id, now).writeAll(project.entries);
  return ok(meta);
}
