// File tree actions: new file/folder, rename, move, delete (with undo), download one file.
import { baseName, entryFileFor, isInside, joinPath, parentPath, samePath } from "../../storage";
import { buffersUnder, disposeBuffer } from "../editor/buffers";
import { saveBuffer } from "../editor/saver";
import { db } from "../services";
import { getState, setState } from "../state";
import { enqueueWrite } from "../write-queue";
import { askText, chooseFolder, confirmAction } from "./dialogs";
import { dropTabs, openFile } from "./editor-tabs";
import { notify, showError } from "./notices";
import { currentProjectId, expected, refreshEntries, reportFailure } from "./project-state";
import { rekeyPaths } from "./rekey";
import { saveBlob } from "./save-blob";

function exists(path: string): boolean {
  return getState().entries.some((e) => samePath(e.path, path));
}

export function expandFolder(folder: string): void {
  if (folder === "") return;
  setState((s) => {
    const expanded = { ...s.expanded };
    let p = folder;
    while (p) {
      expanded[p] = true;
      p = parentPath(p);
    }
    return { expanded };
  });
}

export async function newFile(folder: string): Promise<void> {
  const id = currentProjectId();
  const name = await askText("New file", folder ? `File name (in ${folder})` : "File name", "", "Create");
  if (!id || !name?.trim()) return;
  const path = joinPath(folder, name.trim());
  if (exists(path)) return void showError(`"${path}" already exists. Choose another name.`);
  const made = await enqueueWrite(() => db().writeFile(id, path, "", expected()));
  if (!made.ok) return reportFailure(made.error);
  expandFolder(folder);
  await refreshEntries();
  await openFile(path);
}

export async function newFolder(folder: string): Promise<void> {
  const id = currentProjectId();
  const name = await askText("New folder", folder ? `Folder name (in ${folder})` : "Folder name", "", "Create");
  if (!id || !name?.trim()) return;
  const path = joinPath(folder, name.trim());
  const made = await enqueueWrite(() => db().mkdir(id, path, expected()));
  if (!made.ok) return reportFailure(made.error);
  expandFolder(path);
  await refreshEntries();
  setState({ selected: path });
}

/** Moves or renames `from` to the full path `to`; open buffers are saved first and keep their undo history. */
export async function movePath(from: string, to: string): Promise<boolean> {
  const id = currentProjectId();
  if (!id || from === to) return false;
  for (const b of buffersUnder(from)) await saveBuffer(b);
  const done = await enqueueWrite(async () => {
    const result = await db().move(id, from, to, expected());
    // Re-keyed inside the queued job, so a save queued after it already uses the new path.
    if (result.ok) await rekeyPaths(from, to);
    return result;
  });
  if (!done.ok) {
    await reportFailure(done.error);
    return false;
  }
  expandFolder(parentPath(to));
  await refreshEntries();
  return true;
}

export async function renamePath(path: string): Promise<void> {
  const name = await askText(`Rename "${baseName(path)}"`, "New name", baseName(path), "Rename", true);
  if (!name?.trim() || name.trim() === baseName(path)) return;
  const to = joinPath(parentPath(path), name.trim());
  if (!(await mayMoveEntryFile(path, to, "Rename"))) return;
  await movePath(path, to);
}

/**
 * code.py / main.py at the top is the file the board runs when it starts: moving or renaming it away (not just
 * changing its letter case) means Run finds nothing to run, which surprises. Asks first.
 */
async function mayMoveEntryFile(from: string, to: string, verb: "Rename" | "Move"): Promise<boolean> {
  const flavor = getState().project?.flavor;
  if (!flavor) return true;
  const entry = entryFileFor(flavor);
  if (!samePath(from, entry) || samePath(to, entry)) return true;
  return confirmAction(
    `${verb} ${entry}?`,
    `The board runs ${entry} when it starts. Without a ${entry} at the top of the drive, Run has nothing to run until you make one again.`,
    `${verb} to ${to}`,
  );
}

/** Folders `path` may move into (not itself, not inside itself); "" is the drive's root. */
export function moveTargets(path: string): string[] {
  const folders = getState().entries.filter((e) => e.kind === "dir" && !isInside(e.path, path)).map((e) => e.path);
  return ["", ...folders].filter((f) => !samePath(f, parentPath(path)));
}

/** "Move to…": the keyboard-friendly alternative to dragging. */
export async function moveWithDialog(path: string): Promise<void> {
  const targets = moveTargets(path);
  if (targets.length === 0) return void notify("info", "There is no other folder to move it to. Create a folder first.");
  const folder = await chooseFolder(`Move "${baseName(path)}"`, "Destination folder", targets, targets[0]!, "Move");
  if (folder === undefined) return;
  await moveInto(path, folder);
}

export async function moveInto(path: string, folder: string): Promise<void> {
  if (samePath(parentPath(path), folder) || isInside(folder, path)) return;
  if (!(await mayMoveEntryFile(path, joinPath(folder, baseName(path)), "Move"))) return;
  if (await movePath(path, joinPath(folder, baseName(path)))) {
    notify("success", `Moved "${baseName(path)}" to ${folder ? `"${folder}"` : "the top level"}.`);
  }
}

/** Deletes at once and offers Undo, which is faster than a confirmation and just as safe. */
export async function deletePath(path: string): Promise<void> {
  const id = currentProjectId();
  if (!id) return;
  // Edits typed just before are stored first, so Undo brings back the latest text.
  for (const b of buffersUnder(path)) await saveBuffer(b);
  const removed = await enqueueWrite(() => db().remove(id, path, expected()));
  if (!removed.ok) return reportFailure(removed.error);
  for (const b of buffersUnder(path)) disposeBuffer(b);
  dropTabs(getState().tabs.filter((t) => isInside(t.path, path)).map((t) => t.path));
  await refreshEntries();
  notify("info", `Deleted "${baseName(path)}".`, {
    label: "Undo",
    run: () => void undoDelete(id, removed.value.restore),
  });
}

async function undoDelete(id: string, restore: () => Promise<{ ok: boolean; error?: { message: string } }>): Promise<void> {
  const restored = await enqueueWrite(restore);
  if (!restored.ok) return void showError(restored.error?.message ?? "Couldn't undo the deletion.");
  if (currentProjectId() === id) await refreshEntries();
  notify("success", "Restored.");
}

export async function downloadFile(path: string): Promise<void> {
  const id = currentProjectId();
  if (!id) return;
  const buffer = buffersUnder(path).find((b) => samePath(b.path, path));
  if (buffer) await saveBuffer(buffer);
  const bytes = await db().openFile(id, path);
  if (!bytes.ok) return void showError(bytes.error.message);
  saveBlob(bytes.value, baseName(path));
}
