// The board file panel's actions: list, open in the editor, save back, upload from the project, download, copy into
// the project, delete, rename, new folder. Each asks before stopping a running program, and reports progress.
import { boardPath, type BoardEntry } from "../../device/files";
import { isTextPath, looksLikeText } from "../../storage";
import { askText, chooseFolder, confirmAction } from "../actions/dialogs";
import { saveBlob } from "../actions/save-blob";
import { getState } from "../state";
import { openBoardTab } from "./board-tabs";
import { requireLink } from "./device-services";
import { getDevice, setDevice } from "./device-state";
import { ensureIdle, runOperation } from "./operations";
import { readProjectFiles, writeIntoProject } from "./project-files";

const encoder = new TextEncoder();
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/")) || "/";

/** Reads the board's tree (asks first when a program runs). */
export async function listBoardFiles(): Promise<void> {
  if (!(await ensureIdle("list files"))) return;
  await relist();
}

async function relist(): Promise<void> {
  const entries = await runOperation({ label: "Listing the board's files", during: "list the board's files" }, () => requireLink().files.list("/", { recursive: true }));
  if (entries) setDevice((s) => ({ files: { entries: sortEntries(entries), expanded: s.files?.expanded ?? {}, selected: s.files?.selected } }));
}

function sortEntries(entries: BoardEntry[]): BoardEntry[] {
  return [...entries].sort((a, b) => a.path.localeCompare(b.path));
}

export function selectBoardEntry(path: string | undefined): void {
  setDevice((s) => (s.files ? { files: { ...s.files, selected: path } } : {}));
}

export function toggleBoardFolder(path: string): void {
  setDevice((s) => {
    if (!s.files) return {};
    const expanded = { ...s.files.expanded };
    if (expanded[path]) delete expanded[path];
    else expanded[path] = true;
    return { files: { ...s.files, expanded } };
  });
}

/** Opens a board file as a board-backed editor tab (binary files are offered as a download instead). */
export async function openBoardFile(path: string): Promise<void> {
  if (!(await ensureIdle(`open ${nameOf(path)}`))) return;
  const data = await runOperation({ label: `Reading ${nameOf(path)}`, during: `read ${path}` }, (onProgress) => requireLink().files.readFile(path, onProgress));
  if (!data) return;
  if (!isTextPath(path) && !looksLikeText(data)) {
    const save = await confirmAction("A binary file", `${path} is not text, so it can't be edited here. Download it to your computer?`, "Download");
    if (save) saveBlob(data, nameOf(path));
    return;
  }
  await openBoardTab(path, new TextDecoder().decode(data), data.length, saveBoardText);
}

/** Saves a board tab's text back to the board: written under a temporary name, checked, then renamed over the file. */
export async function saveBoardText(path: string, text: string): Promise<boolean> {
  if (!(await ensureIdle(`save ${nameOf(path)}`))) return false;
  const done = await runOperation({ label: `Saving ${nameOf(path)} to the board`, during: `save ${path} to the board` }, async (onProgress) => {
    await requireLink().files.writeFile(path, encoder.encode(text), { onProgress });
    return true;
  });
  if (done) setDevice({ notice: `Saved ${path} to the board.` });
  return done === true;
}

/** Copies one project file to the same path on the board. */
export async function uploadProjectFile(): Promise<void> {
  const project = getState().project;
  if (!project) return;
  const paths = getState().entries.filter((e) => e.kind === "file").map((e) => e.path);
  if (paths.length === 0) return;
  const active = getState().active;
  const initial = active && paths.includes(active) ? active : paths[0];
  const chosen = await chooseFolder("Upload a project file to the board", "Project file", paths, initial, "Upload");
  if (chosen === undefined || !(await ensureIdle(`upload ${nameOf(chosen)}`))) return;
  const data = (await readProjectFiles(project.id)).get(chosen);
  if (!data) return;
  const done = await runOperation({ label: `Uploading ${nameOf(chosen)}`, during: `upload ${chosen}` }, async (onProgress) => {
    await requireLink().files.writeFile("/" + chosen, data, { onProgress });
    return true;
  });
  if (done) await afterChange(`Uploaded ${chosen} to the board.`);
}

/** Saves a board file to the computer, byte for byte. */
export async function downloadBoardFile(path: string): Promise<void> {
  if (!(await ensureIdle(`download ${nameOf(path)}`))) return;
  const data = await runOperation({ label: `Downloading ${nameOf(path)}`, during: `download ${path}` }, (onProgress) => requireLink().files.readFile(path, onProgress));
  if (data) saveBlob(data, nameOf(path));
}

/** Copies a board file into the open project at the same path (asks before replacing a project file). */
export async function copyBoardFileToProject(path: string): Promise<void> {
  const project = getState().project;
  if (!project) return;
  const target = boardPath(path).slice(1);
  const exists = getState().entries.some((e) => e.path.toLowerCase() === target.toLowerCase());
  if (exists && !(await confirmAction("Replace the project's file?", `The project already has ${target}. Replace it with the board's copy?`, "Replace"))) return;
  if (!(await ensureIdle(`copy ${nameOf(path)}`))) return;
  const data = await runOperation({ label: `Copying ${nameOf(path)}`, during: `copy ${path} into the project` }, (onProgress) => requireLink().files.readFile(path, onProgress));
  if (!data) return;
  const failure = await writeIntoProject(project.id, new Map([[target, data]]));
  if (failure) setDevice({ problem: { code: "internal", during: `copy ${path} into the project`, detail: failure } });
  else setDevice({ notice: `Copied ${path} into the project.` });
}

export async function deleteBoardEntry(entry: BoardEntry): Promise<void> {
  const folder = entry.kind === "dir";
  const sure = await confirmAction(
    folder ? "Delete the folder from the board?" : "Delete the file from the board?",
    folder ? `${entry.path} and everything in it will be deleted from the board. This can't be undone.` : `${entry.path} will be deleted from the board. This can't be undone.`,
    "Delete",
    true,
  );
  if (!sure || !(await ensureIdle(`delete ${nameOf(entry.path)}`))) return;
  const done = await runOperation({ label: `Deleting ${nameOf(entry.path)}`, during: `delete ${entry.path}` }, async () => {
    await requireLink().files.delete(entry.path, { recursive: folder });
    return true;
  });
  if (done) {
    selectBoardEntry(undefined);
    await afterChange(`Deleted ${entry.path} from the board.`);
  }
}

export async function renameBoardEntry(entry: BoardEntry): Promise<void> {
  const name = await askText("Rename on the board", "New name", nameOf(entry.path), "Rename", entry.kind === "file");
  if (!name?.trim() || name.trim() === nameOf(entry.path)) return;
  if (name.includes("/")) return void setDevice({ problem: { code: "internal", during: "rename", detail: "A name can't contain “/”." } });
  const to = boardPath(`${parentOf(entry.path)}/${name.trim()}`);
  if (!(await ensureIdle(`rename ${nameOf(entry.path)}`))) return;
  const done = await runOperation({ label: `Renaming ${nameOf(entry.path)}`, during: `rename ${entry.path}` }, async () => {
    await requireLink().files.rename(entry.path, to);
    return true;
  });
  if (done) {
    selectBoardEntry(to);
    await afterChange(`Renamed ${entry.path} to ${to}.`);
  }
}

/** A new folder inside the selected folder (or the selected file's folder, or the top). */
export async function newBoardFolder(): Promise<void> {
  const base = selectedFolder();
  const name = await askText("New folder on the board", base === "/" ? "Folder name" : `Folder name (in ${base})`, "", "Create");
  if (!name?.trim()) return;
  const path = boardPath(`${base}/${name.trim()}`);
  if (!(await ensureIdle("create a folder"))) return;
  const done = await runOperation({ label: `Creating ${path}`, during: `create the folder ${path}` }, async () => {
    await requireLink().files.mkdir(path);
    return true;
  });
  if (done) await afterChange(`Created ${path} on the board.`);
}

function selectedFolder(): string {
  const files = getDevice().files;
  const selected = files?.entries.find((e) => e.path === files.selected);
  if (!selected) return "/";
  return selected.kind === "dir" ? selected.path : parentOf(selected.path);
}

async function afterChange(notice: string): Promise<void> {
  await relist();
  if (!getDevice().problem) setDevice({ notice });
}
