// CircuitPython's read-only drive: while the computer mounts CIRCUITPY, Python can't write to it, but the browser
// can write to the mounted drive itself (File System Access API), as code.circuitpython.org does.
import { confirmAction } from "../actions/dialogs";
import { flushAll } from "../editor/saver";
import { getState } from "../state";
import { setDevice } from "./device-state";
import { runOperation } from "./operations";
import { readProjectFiles } from "./project-files";

type DirectoryPicker = (options: { mode: "readwrite"; id?: string }) => Promise<FileSystemDirectoryHandle>;

/** The lines for boot.py that give Python (and Pyco) write access instead of the computer. */
export const REMOUNT_BOOT_PY = 'import storage\nstorage.remount("/", readonly=False)\n';

export function canSaveToDrive(): boolean {
  return typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === "function";
}

/** "Save to CIRCUITPY drive…": the person picks the mounted drive; changed files are written there. */
export async function saveProjectToDrive(): Promise<void> {
  const project = getState().project;
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  if (!project || !picker) return;
  let drive: FileSystemDirectoryHandle;
  try {
    drive = await picker({ mode: "readwrite", id: "circuitpy" });
  } catch {
    return; // closed the picker
  }
  if (drive.name !== "CIRCUITPY" && !(await confirmAction("Is this the board's drive?", `The folder you chose is “${drive.name}”, not CIRCUITPY. Save the project there anyway?`, "Save there"))) return;
  if (!(await flushAll())) return void setDevice({ problem: { code: "internal", during: "save to the drive", detail: "an open file could not be saved in the project first." } });
  const files = await readProjectFiles(project.id);
  const written = await runOperation({ label: "Saving to the CIRCUITPY drive", during: "save the project to the CIRCUITPY drive" }, async (onProgress) => {
    const total = [...files.values()].reduce((n, d) => n + d.length, 0);
    const started = performance.now();
    let done = 0;
    let count = 0;
    for (const [path, data] of files) {
      if (await writeIfChanged(drive, path, data)) count++;
      done += data.length;
      const elapsedMs = performance.now() - started;
      onProgress({ path, bytesDone: done, bytesTotal: total, bytesPerSecond: Math.round((done * 1000) / Math.max(1, elapsedMs)), elapsedMs });
    }
    return count;
  });
  if (written !== undefined) setDevice({ notice: `Saved ${written} changed ${written === 1 ? "file" : "files"} to the CIRCUITPY drive; CircuitPython restarts code.py by itself.` });
}

/** Writes a file unless the drive already holds the same bytes (each write restarts code.py and wears the flash). */
async function writeIfChanged(root: FileSystemDirectoryHandle, path: string, data: Uint8Array): Promise<boolean> {
  const parts = path.split("/");
  let dir = root;
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
  const handle = await dir.getFileHandle(parts[parts.length - 1], { create: true });
  const existing = new Uint8Array(await (await handle.getFile()).arrayBuffer());
  if (existing.length === data.length && existing.every((b, i) => b === data[i])) return false;
  const writable = await handle.createWritable();
  await writable.write(data as BufferSource);
  await writable.close();
  return true;
}

export async function copyRemountLines(): Promise<void> {
  try {
    await navigator.clipboard.writeText(REMOUNT_BOOT_PY);
    setDevice({ notice: "Copied the boot.py lines. Add them to boot.py on the CIRCUITPY drive, then reset the board." });
  } catch {
    setDevice({ notice: `Add these lines to boot.py on the CIRCUITPY drive: ${REMOUNT_BOOT_PY.replace(/\n/g, " ")}` });
  }
}
