// Operations on one project's virtual drive inside a write transaction: write, mkdir, move, remove, put back, add.
// Every path is looked up case-insensitively, as on the board's FAT drive, and keeps the case it was created with.
import { ancestorPaths, baseName, foldPath, isInside, joinPath, parentPath, samePath } from "./names";
import { restoreFileRow, type RestoredEntry } from "./restore";
import { fail, ok } from "./result";
import { FILES, type FileRow } from "./schema";
import type { WriteTx } from "./transaction";
import type { Result } from "./types";

/** A stored row; `row` is undefined when the row exists but is too damaged to use. */
export interface StoredRow {
  key: string;
  row?: FileRow;
}

/** All keys [projectId, *]: arrays sort after strings, so [id, []] is above every [id, "path"]. */
export function projectRange(projectId: string): IDBKeyRange {
  return IDBKeyRange.bound([projectId], [projectId, []]);
}

/** Pairs each stored value with its key's path part, so damaged rows still have a name. */
export function pairRows(projectId: string, keys: readonly IDBValidKey[], values: readonly unknown[]): StoredRow[] {
  return keys.map((k, i) => {
    const restored = restoreFileRow(values[i], projectId);
    return { key: String((k as unknown[])[1]), row: restored.ok ? restored.value : undefined };
  });
}

export class Drive {
  constructor(
    private readonly tx: WriteTx,
    readonly projectId: string,
    private readonly now: number,
  ) {}

  private store() {
    return this.tx.objectStore(FILES);
  }

  async get(path: string): Promise<StoredRow | undefined> {
    const key = foldPath(path);
    const value = await this.store().get([this.projectId, key]);
    if (value === undefined) return undefined;
    const restored = restoreFileRow(value, this.projectId);
    return { key, row: restored.ok ? restored.value : undefined };
  }

  async all(): Promise<StoredRow[]> {
    const range = projectRange(this.projectId);
    const [keys, values] = await Promise.all([this.store().getAllKeys(range), this.store().getAll(range)]);
    return pairRows(this.projectId, keys, values);
  }

  /** The entry at `path` and everything inside it. */
  async subtree(path: string): Promise<StoredRow[]> {
    const folded = foldPath(path);
    return (await this.all()).filter((r) => r.key === folded || r.key.startsWith(folded + "/"));
  }

  private async put(path: string, kind: "file" | "dir", data?: Uint8Array): Promise<void> {
    const row: FileRow = { projectId: this.projectId, key: foldPath(path), path, kind, updatedAt: this.now };
    if (kind === "file") row.data = data ?? new Uint8Array(0);
    await this.store().put(row);
  }

  private async delete(key: string): Promise<void> {
    await this.store().delete([this.projectId, key]);
  }

  /** The stored spelling of a path whose folders may exist with other capitalisation. */
  private async displayPath(path: string): Promise<string> {
    const stored = await this.get(path);
    if (stored?.row) return stored.row.path;
    const parent = parentPath(path);
    return parent === "" ? path : joinPath(await this.displayPath(parent), baseName(path));
  }

  /** Makes sure `folder` and its ancestors are folders (creating them if allowed); returns its stored spelling. */
  async ensureFolder(folder: string, create: boolean): Promise<Result<string>> {
    if (folder === "") return ok("");
    let display = "";
    for (const path of [...ancestorPaths(folder), folder]) {
      const stored = await this.get(path);
      const wanted = joinPath(display, baseName(path));
      if (!stored) {
        if (!create) return fail("not-found", `The folder "${wanted}" doesn't exist. Create it first.`);
        await this.put(wanted, "dir");
        display = wanted;
      } else if (stored.row?.kind === "dir") {
        display = stored.row.path;
      } else if (!stored.row) {
        return fail("corrupt", `"${wanted}" is damaged, so nothing can be put inside it. Delete it, then try again.`);
      } else {
        return fail("exists", `"${stored.row.path}" is a file, not a folder. Choose another folder.`);
      }
    }
    return ok(display);
  }

  async writeFile(path: string, data: Uint8Array, createParents: boolean): Promise<Result<string>> {
    const folder = await this.ensureFolder(parentPath(path), createParents);
    if (!folder.ok) return folder;
    const existing = await this.get(path);
    if (existing?.row?.kind === "dir") return fail("exists", `"${existing.row.path}" is a folder. Choose another name for the file.`);
    // Like FAT, saving "CODE.PY" over "code.py" keeps the name the file already has.
    const name = existing?.row ? baseName(existing.row.path) : baseName(path);
    const stored = joinPath(folder.value, name);
    await this.put(stored, "file", data);
    return ok(stored);
  }

  async mkdir(path: string): Promise<Result<string>> {
    const folder = await this.ensureFolder(parentPath(path), true);
    if (!folder.ok) return folder;
    const existing = await this.get(path);
    if (existing) return fail("exists", `"${existing.row?.path ?? path}" already exists. Choose another name.`);
    const stored = joinPath(folder.value, baseName(path));
    await this.put(stored, "dir");
    return ok(stored);
  }

  async move(from: string, to: string): Promise<Result<void>> {
    const source = await this.get(from);
    if (!source) return fail("not-found", `"${from}" doesn't exist. It may have been moved or deleted in another tab.`);
    if (!source.row) return fail("corrupt", `"${from}" is damaged and can't be moved. Delete it instead.`);
    const src = source.row;
    if (isInside(to, src.path) && !samePath(to, src.path)) {
      return fail("invalid-name", `Can't move the folder "${src.path}" into itself. Choose a folder outside it.`);
    }
    if (!samePath(from, to) && (await this.get(to))) {
      return fail("exists", `"${await this.displayPath(to)}" already exists. Choose another name, or delete it first.`);
    }
    const folder = await this.ensureFolder(parentPath(to), false);
    if (!folder.ok) return folder;
    const target = joinPath(folder.value, baseName(to));
    if (target === src.path) return ok(undefined);
    return this.relocate(src.path, target);
  }

  /** Re-keys an entry and everything inside it; deletes go first so a case-only rename can reuse the keys. */
  private async relocate(from: string, to: string): Promise<Result<void>> {
    const rows = await this.subtree(from);
    const damaged = rows.find((r) => !r.row);
    if (damaged) return fail("corrupt", `"${damaged.key}" inside "${from}" is damaged. Delete it, then try again.`);
    for (const r of rows) await this.delete(r.key);
    for (const r of rows) {
      const row = r.row!;
      await this.store().put({ ...row, key: foldPath(to + row.path.slice(from.length)), path: to + row.path.slice(from.length), updatedAt: this.now });
    }
    return ok(undefined);
  }

  /** Deletes an entry and everything inside it; returns the readable rows so the removal can be undone. */
  async remove(path: string): Promise<Result<FileRow[]>> {
    const target = await this.get(path);
    if (!target) return fail("not-found", `"${path}" doesn't exist. It may already have been deleted in another tab.`);
    const rows = await this.subtree(target.row?.path ?? path);
    for (const r of rows) await this.delete(r.key);
    return ok(rows.flatMap((r) => (r.row ? [r.row] : [])));
  }

  /** Undo for remove(): refuses if any name has been taken again meanwhile, rather than overwrite newer work. */
  async putBack(rows: readonly FileRow[]): Promise<Result<void>> {
    for (const row of rows) {
      const existing = await this.get(row.path);
      if (existing && !(existing.row?.kind === "dir" && row.kind === "dir")) {
        return fail("exists", `Can't undo: "${existing.row?.path ?? row.path}" was created again since. Rename or delete it, then try again.`);
      }
    }
    for (const row of rows) {
      const folder = await this.ensureFolder(parentPath(row.path), true);
      if (!folder.ok) return folder;
      await this.store().put({ ...row, projectId: this.projectId });
    }
    return ok(undefined);
  }

  /** Adds validated entries (parents listed before children) below `folder`. */
  async addEntries(folder: string, entries: readonly RestoredEntry[], overwrite: boolean): Promise<Result<void>> {
    const base = await this.ensureFolder(folder, true);
    if (!base.ok) return base;
    for (const entry of entries) {
      const added = await this.addEntry(joinPath(base.value, entry.path), entry, overwrite);
      if (!added.ok) return added;
    }
    return ok(undefined);
  }

  private async addEntry(path: string, entry: RestoredEntry, overwrite: boolean): Promise<Result<void>> {
    const existing = await this.get(path);
    const display = existing?.row?.path ?? joinPath(await this.displayPath(parentPath(path)), baseName(path));
    if (entry.kind === "dir") {
      if (!existing) await this.put(display, "dir");
      else if (existing.row?.kind !== "dir") return fail("exists", `"${display}" is a file, but the upload has a folder with that name. Rename one of them.`);
      return ok(undefined);
    }
    if (existing?.row?.kind === "dir") return fail("exists", `"${display}" is a folder, but the upload has a file with that name. Rename one of them.`);
    if (existing && !overwrite) return fail("exists", `"${display}" already exists. Choose to replace it, or rename the file first.`);
    await this.put(display, "file", entry.data);
    return ok(undefined);
  }

  /** Writes the entries of a brand-new project; they were validated by restore, so no checks are repeated. */
  async writeAll(entries: readonly RestoredEntry[]): Promise<void> {
    for (const entry of entries) await this.put(entry.path, entry.kind, entry.data);
  }
}
