// Turns what the user picked or dropped (files, whole folders) into IncomingFile lists for the store.
import type { IncomingFile } from "../../storage";

/** Files from <input type=file> (with webkitdirectory, webkitRelativePath keeps the folder structure). */
export async function readPickedFiles(files: Iterable<File>): Promise<IncomingFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      path: file.webkitRelativePath || file.name,
      data: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** Files and folders dropped from the computer. Must be called synchronously in the drop handler (items expire). */
export function readDroppedItems(transfer: DataTransfer): Promise<IncomingFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0) return readPickedFiles([...transfer.files]);
  return Promise.all(entries.map((e) => readEntry(e, ""))).then((lists) => lists.flat());
}

async function readEntry(entry: FileSystemEntry, prefix: string): Promise<IncomingFile[]> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path, data: new Uint8Array(await file.arrayBuffer()) }];
  }
  const children = await readAllChildren((entry as FileSystemDirectoryEntry).createReader());
  // An empty folder is kept as "name/" so it appears in the project too.
  if (children.length === 0) return [{ path: `${path}/`, data: new Uint8Array() }];
  const lists = await Promise.all(children.map((c) => readEntry(c, path)));
  return lists.flat();
}

/** readEntries returns at most about 100 entries per call; keep reading until it returns none. */
async function readAllChildren(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The top folder's name of a picked or dropped folder, to name an imported project after it. */
export function topFolderName(files: IncomingFile[]): string | undefined {
  const tops = new Set(files.map((f) => f.path.split("/")[0]));
  const [top] = tops;
  return tops.size === 1 && files.some((f) => f.path.includes("/")) ? top : undefined;
}
