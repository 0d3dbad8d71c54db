// Moving files in and out: upload into the drive, import a .zip or folder as a new project, export as .zip.
import { ProjectStore, joinPath, type IncomingFile } from "../../storage";
import { followStoredFile, unsavedReason } from "../editor/follow-file";
import { flushAll } from "../editor/saver";
import { db } from "../services";
import { getState } from "../state";
import { enqueueWrite } from "../write-queue";
import { chooseAction, confirmAction } from "./dialogs";
import { expandFolder } from "./files";
import { notify, showError } from "./notices";
import { currentProjectId, expected, refreshEntries, refreshProjects, reportFailure } from "./project-state";
import { mayLeaveProject, openProject } from "./projects";
import { readPickedFiles, topFolderName } from "./read-dropped";
import { saveBlob } from "./save-blob";

/** Adds files (and folders) into `folder` of the open project, all or nothing; asks before replacing files. */
export async function uploadFiles(folder: string, files: IncomingFile[]): Promise<void> {
  const id = currentProjectId();
  if (!id || files.length === 0) return;
  if (await importedInstead(files)) return;
  let added = await addInto(id, folder, files, false);
  if (!added.ok && added.error.code === "exists") {
    const replace = await confirmAction("Replace files?", `${added.error.message}\n\nReplace the existing files with the uploaded ones?`, "Replace");
    if (!replace) return;
    added = await addInto(id, folder, files, true);
  }
  if (!added.ok) return reportFailure(added.error);
  expandFolder(folder);
  await refreshEntries();
  const count = files.filter((f) => !f.path.endsWith("/")).length;
  notify("success", `Uploaded ${count} ${count === 1 ? "file" : "files"}${folder ? ` to "${folder}"` : ""}.`);
}

/** A single .zip dropped or picked for the drive was most likely meant as a project: ask. True when it was handled. */
async function importedInstead(files: IncomingFile[]): Promise<boolean> {
  const [zip] = files;
  if (files.length !== 1 || !zip || !/\.zip$/i.test(zip.path) || zip.path.includes("/")) return false;
  const choice = await chooseAction(
    `Import "${zip.path}"?`,
    `"${zip.path}" is a .zip. Import it as a new project (its files unpacked, this project left as it is), or add the .zip file itself to this project's drive?`,
    "Import as a new project",
    "Add the .zip file",
    false,
  );
  if (choice === "confirm") await importZipBytes(zip.path, zip.data);
  return choice !== "alternative";
}

/** One queued job: the files are stored and open tabs of replaced files follow them before any save can run. */
function addInto(id: string, folder: string, files: IncomingFile[], overwrite: boolean) {
  return enqueueWrite(async () => {
    const added = await db().addFiles(id, folder, files, { ...expected(), overwrite });
    if (added.ok && overwrite) {
      for (const file of files) if (!file.path.endsWith("/")) followStoredFile(joinPath(folder, file.path), file.data, "the upload");
    }
    return added;
  });
}

export async function uploadPicked(folder: string, picked: FileList | File[]): Promise<void> {
  await uploadFiles(folder, await readPickedFiles(picked));
}

export async function exportProject(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  // Export what the user sees: store pending edits first; if that fails, say what the .zip holds instead.
  const saved = await flushAll();
  const zip = await db().exportZip(project.id);
  if (!zip.ok) return void showError(zip.error.message);
  saveBlob(zip.value, ProjectStore.exportFileName(project), "application/zip");
  if (!saved) notify("info", `The .zip has the last saved version of some files (${unsavedReason()}). Your edits are still in the editor.`);
}

/** A .zip from the computer becomes a new project; hostile or damaged zips are refused with the store's message. */
export async function importZip(file: File): Promise<void> {
  await importZipBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}

async function importZipBytes(name: string, bytes: Uint8Array): Promise<void> {
  if (!(await mayLeaveProject())) return;
  const created = await db().importZip(name, bytes);
  if (!created.ok) return void showError(`Couldn't import "${name}": ${created.error.message}`);
  await finishImport(created.value.id, created.value.name);
}

/** A folder from the computer (picked or dropped) becomes a new project. */
export async function importFolder(files: IncomingFile[]): Promise<void> {
  if (files.length === 0 || !(await mayLeaveProject())) return;
  const name = topFolderName(files) ?? "Imported project";
  const created = await db().importFiles(name, "detect", files);
  if (!created.ok) return void showError(`Couldn't import the folder: ${created.error.message}`);
  await finishImport(created.value.id, created.value.name);
}

async function finishImport(id: string, name: string): Promise<void> {
  await refreshProjects();
  if (await openProject(id, { skipFlush: true })) notify("success", `Imported "${name}".`);
}
