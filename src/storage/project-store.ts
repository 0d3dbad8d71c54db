// ProjectStore: the public facade over the IndexedDB database of projects (virtual CIRCUITPY drives).
// Every change runs in one transaction that also bumps the project's revision, and reports expected failures as Results.
import { openPycoDb, type PycoDb } from "./db";
import { Drive, pairRows, projectRange } from "./drive";
import { MAX_FILE_BYTES, formatBytes } from "./limits";
import { comparePaths, foldPath, validateFolderPath, validateName, validatePath } from "./names";
import { checkNameFree, insertProject, loadMeta, projectGone, staleRevision } from "./project-rows";
import { storageFailure } from "./quota";
import { restoreEntries, restoreFileRow, restoreMetaRow, restoreProject, type RestoredProject } from "./restore";
import { fail, forward, ok } from "./result";
import { DEFAULT_DB_NAME, FILES, PROJECTS, SETTINGS, type FileRow, type Migration } from "./schema";
import { defaultProjectName, templateFor } from "./templates";
import { runWrite, type Stores, type WriteTx } from "./transaction";
import type { CorruptRow, DriveEntry, Flavor, IncomingFile, ProjectMeta, Result, StoreChange } from "./types";
import { readZip } from "./zip-read";
import { buildZip } from "./zip-write";

export interface WriteOptions {
  /** The revision the caller last saw; the write fails with "conflict" if the project has moved on. */
  expectedRevision?: number;
  /** Create missing parent folders instead of failing with "not-found". Default false. */
  createParents?: boolean;
}

export interface ChangeOptions {
  expectedRevision?: number;
}

export interface AddFilesOptions extends ChangeOptions {
  /** Replace files that already exist instead of failing with "exists". Default false. */
  overwrite?: boolean;
}

export interface StoreOptions {
  /** Clock for timestamps (tests pass a fake one). */
  now?: () => number;
  /** Replaces the schema migrations (tests only). */
  migrations?: readonly Migration[];
}

export interface Removal {
  /** Puts everything back (and bumps the revision). Fails with "exists" if a name was reused meanwhile. */
  restore: () => Promise<Result<void>>;
}

const PROJECT_AND_FILES: Stores = [PROJECTS, FILES];
const encoder = new TextEncoder();

export class ProjectStore {
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly closedListeners = new Set<() => void>();
  private closedForUpgrade = false;

  private constructor(
    private readonly db: PycoDb,
    private readonly now: () => number,
  ) {}

  /** Opens (creating or migrating) the database. Rejects only if IndexedDB itself is unusable; see tryOpen. */
  static async open(dbName = DEFAULT_DB_NAME, options: StoreOptions = {}): Promise<ProjectStore> {
    let store: ProjectStore | undefined;
    const db = await openPycoDb(dbName, {
      migrations: options.migrations,
      onClosedForUpgrade: () => store?.markClosedForUpgrade(),
    });
    store = new ProjectStore(db, options.now ?? Date.now);
    return store;
  }

  /** Like open, but reports an unusable IndexedDB (private mode, blocked, newer version) as "unavailable". */
  static async tryOpen(dbName = DEFAULT_DB_NAME, options: StoreOptions = {}): Promise<Result<ProjectStore>> {
    try {
      return ok(await ProjectStore.open(dbName, options));
    } catch (e) {
      return storageFailure(e, "open your saved projects");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Notifications

  /** Called after every committed change made through this store (to forward to TabCoordinator.notifyChange). */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called if this store closed itself because another tab upgraded the database; the tab should reload. */
  onClosedForUpgrade(listener: () => void): () => void {
    this.closedListeners.add(listener);
    return () => this.closedListeners.delete(listener);
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private markClosedForUpgrade(): void {
    this.closedForUpgrade = true;
    for (const listener of this.closedListeners) listener();
  }

  private upgradedElsewhere<T>(): Result<T> | undefined {
    if (!this.closedForUpgrade) return undefined;
    return fail("unavailable", "Pyco was updated in another tab. Reload this tab to keep working; your text is still in the editor.");
  }

  // ---------------------------------------------------------------------------------------------
  // Projects

  /** Readable projects, most recently updated first. Damaged rows are skipped (see checkHealth). */
  async listProjects(): Promise<ProjectMeta[]> {
    const rows = await this.db.getAll(PROJECTS);
    return rows
      .flatMap((row) => {
        const meta = restoreMetaRow(row);
        return meta.ok ? [meta.value] : [];
      })
      .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  }

  async getProject(id: string): Promise<ProjectMeta | undefined> {
    const row = await this.db.get(PROJECTS, id);
    if (row === undefined) return undefined;
    const meta = restoreMetaRow(row);
    return meta.ok ? meta.value : undefined;
  }

  /** A new project from the flavor's template. Without a name, picks "CircuitPython project", "... 2", ... */
  async createProject(flavor: Flavor, name?: string): Promise<Result<ProjectMeta>> {
    const checked = name === undefined ? ok(defaultProjectName(flavor)) : validateName(name.trim());
    if (!checked.ok) return checked;
    const entries = templateFor(flavor).map((t) =>
      t.kind === "dir" ? { path: t.path, kind: t.kind } : { path: t.path, kind: t.kind, data: encoder.encode(t.text ?? "") },
    );
    return this.insert({ name: checked.value, flavor, entries, uniquify: name === undefined }, "create the project");
  }

  /** Creates a project from an already restored candidate (zip, folder, share link), in one transaction. */
  async createFromRestored(project: RestoredProject): Promise<Result<ProjectMeta>> {
    return this.insert({ ...project, uniquify: true }, `import "${project.name}"`);
  }

  private async insert(project: Parameters<typeof insertProject>[1], action: string): Promise<Result<ProjectMeta>> {
    const blocked = this.upgradedElsewhere<ProjectMeta>();
    if (blocked) return blocked;
    const now = this.now();
    const result = await runWrite(this.db, PROJECT_AND_FILES, action, (tx) => insertProject(tx, project, now));
    if (result.ok) this.emit({ projectId: result.value.id, revision: result.value.revision, deleted: false });
    return result;
  }

  async renameProject(id: string, name: string, opts: ChangeOptions = {}): Promise<Result<ProjectMeta>> {
    const checked = validateName(name.trim());
    if (!checked.ok) return checked;
    const result = await this.change(id, "rename the project", opts, async (tx, _drive, draft) => {
      const free = await checkNameFree(tx, checked.value, id);
      if (!free.ok) return free;
      draft.name = checked.value;
      return ok(undefined);
    });
    return result.ok ? ok(result.value.meta) : forward(result);
  }

  /** Stores the simulator's wiring for the project (any structured-cloneable value). */
  async setWiring(id: string, wiring: unknown, opts: ChangeOptions = {}): Promise<Result<ProjectMeta>> {
    const result = await this.change(id, "save the wiring", opts, async (_tx, _drive, draft) => {
      draft.wiring = wiring;
      return ok(undefined);
    });
    return result.ok ? ok(result.value.meta) : forward(result);
  }

  /** A copy named "<name> copy" (made unique); damaged rows of the original are left out. */
  async duplicateProject(id: string): Promise<Result<ProjectMeta>> {
    const blocked = this.upgradedElsewhere<ProjectMeta>();
    if (blocked) return blocked;
    const now = this.now();
    const result = await runWrite(this.db, PROJECT_AND_FILES, "duplicate the project", async (tx) => {
      const meta = await loadMeta(tx, id);
      if (!meta.ok) return meta;
      const rows = await new Drive(tx, id, now).all();
      const entries = rows.flatMap((r) => (r.row ? [{ path: r.row.path, kind: r.row.kind, data: r.row.data }] : []));
      return insertProject(tx, { name: `${meta.value.name} copy`, flavor: meta.value.flavor, wiring: meta.value.wiring, entries, uniquify: true }, now);
    });
    if (result.ok) this.emit({ projectId: result.value.id, revision: result.value.revision, deleted: false });
    return result;
  }

  async deleteProject(id: string): Promise<Result<void>> {
    const blocked = this.upgradedElsewhere<void>();
    if (blocked) return blocked;
    const result = await runWrite(this.db, PROJECT_AND_FILES, "delete the project", async (tx) => {
      if ((await tx.objectStore(PROJECTS).get(id)) === undefined) return projectGone<void>();
      await tx.objectStore(PROJECTS).delete(id);
      await tx.objectStore(FILES).delete(projectRange(id));
      return ok(undefined);
    });
    if (result.ok) this.emit({ projectId: id, revision: -1, deleted: true });
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading the drive

  /** Every readable file and folder, as a tree in depth-first order ("lib", "lib/a.py", "main.py"). */
  async listEntries(id: string): Promise<DriveEntry[]> {
    const tx = this.db.transaction(FILES, "readonly");
    const range = projectRange(id);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
    return pairRows(id, keys, values)
      .flatMap((r) => (r.row ? [toEntry(r.row)] : []))
      .sort((a, b) => comparePaths(a.path, b.path));
  }

  /** The file's bytes, or a Result saying why not: "not-found" (also for folders and bad paths) or "corrupt". */
  async openFile(id: string, path: string): Promise<Result<Uint8Array>> {
    const checked = validatePath(path);
    if (!checked.ok) return checked;
    const value = await this.db.get(FILES, [id, foldPath(checked.value)]);
    if (value === undefined) return fail("not-found", `"${checked.value}" doesn't exist. It may have been moved or deleted in another tab.`);
    const row = restoreFileRow(value, id);
    if (!row.ok) return row;
    if (row.value.kind !== "file" || !row.value.data) return fail("not-found", `"${row.value.path}" is a folder, not a file.`);
    return ok(row.value.data);
  }

  async readFile(id: string, path: string): Promise<Uint8Array | undefined> {
    const file = await this.openFile(id, path);
    return file.ok ? file.value : undefined;
  }

  /** UTF-8 text; invalid bytes become U+FFFD rather than failing (check isTextPath before opening in the editor). */
  async readText(id: string, path: string): Promise<string | undefined> {
    const data = await this.readFile(id, path);
    return data === undefined ? undefined : new TextDecoder("utf-8").decode(data);
  }

  // ---------------------------------------------------------------------------------------------
  // Changing the drive

  /**
   * Runs `body` in one transaction with the project's meta row: checks it exists and (if asked) that its
   * revision is the expected one, then bumps revision and updatedAt. Any failure leaves nothing changed.
   */
  private async change<T>(
    id: string,
    action: string,
    opts: ChangeOptions,
    body: (tx: WriteTx, drive: Drive, draft: ProjectMeta) => Promise<Result<T>>,
  ): Promise<Result<{ value: T; meta: ProjectMeta }>> {
    const blocked = this.upgradedElsewhere<{ value: T; meta: ProjectMeta }>();
    if (blocked) return blocked;
    const now = this.now();
    const result = await runWrite<{ value: T; meta: ProjectMeta }>(this.db, PROJECT_AND_FILES, action, async (tx) => {
      const meta = await loadMeta(tx, id);
      if (!meta.ok) return forward<{ value: T; meta: ProjectMeta }>(meta);
      const expected = opts.expectedRevision;
      if (expected !== undefined && meta.value.revision !== expected) return staleRevision(meta.value.revision, expected);
      const draft = { ...meta.value };
      const done = await body(tx, new Drive(tx, id, now), draft);
      if (!done.ok) return forward(done);
      const next: ProjectMeta = { ...draft, revision: meta.value.revision + 1, updatedAt: now };
      await tx.objectStore(PROJECTS).put(next);
      return ok({ value: done.value, meta: next });
    });
    if (result.ok) this.emit({ projectId: id, revision: result.value.meta.revision, deleted: false });
    return result;
  }

  /** Saves a file (text is stored as UTF-8). Returns the project's new meta; keep its revision for the next save. */
  async writeFile(id: string, path: string, data: Uint8Array | string, opts: WriteOptions = {}): Promise<Result<ProjectMeta>> {
    const checked = validatePath(path);
    if (!checked.ok) return checked;
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    if (bytes.byteLength > MAX_FILE_BYTES) {
      return fail("too-large", `"${checked.value}" is ${formatBytes(bytes.byteLength)}; a file can be at most ${formatBytes(MAX_FILE_BYTES)}.`);
    }
    const result = await this.change(id, `save "${checked.value}"`, opts, (_tx, drive) =>
      drive.writeFile(checked.value, bytes, opts.createParents ?? false),
    );
    return result.ok ? ok(result.value.meta) : forward(result);
  }

  /** Creates a folder, and any missing folders above it. */
  async mkdir(id: string, path: string, opts: ChangeOptions = {}): Promise<Result<void>> {
    const checked = validatePath(path);
    if (!checked.ok) return checked;
    const result = await this.change(id, `create the folder "${checked.value}"`, opts, (_tx, drive) => drive.mkdir(checked.value));
    return result.ok ? ok(undefined) : forward(result);
  }

  /** Renames or moves a file or folder (with its contents). `to` is the full new path; its folder must exist. */
  async move(id: string, from: string, to: string, opts: ChangeOptions = {}): Promise<Result<void>> {
    const src = validatePath(from);
    if (!src.ok) return src;
    const dst = validatePath(to);
    if (!dst.ok) return dst;
    const result = await this.change(id, `move "${src.value}"`, opts, (_tx, drive) => drive.move(src.value, dst.value));
    return result.ok ? ok(undefined) : forward(result);
  }

  /** Deletes a file or folder (with its contents). The returned restore() undoes it, for an "Undo" button. */
  async remove(id: string, path: string, opts: ChangeOptions = {}): Promise<Result<Removal>> {
    const checked = validatePath(path);
    if (!checked.ok) return checked;
    const result = await this.change(id, `delete "${checked.value}"`, opts, (_tx, drive) => drive.remove(checked.value));
    if (!result.ok) return forward(result);
    const removed: FileRow[] = result.value.value;
    return ok({ restore: () => this.putBack(id, removed) });
  }

  private async putBack(id: string, rows: FileRow[]): Promise<Result<void>> {
    const result = await this.change(id, "undo the deletion", {}, (_tx, drive) => drive.putBack(rows));
    return result.ok ? ok(undefined) : forward(result);
  }

  /** Uploads files into `folder` ("" = the drive's root), all or nothing. Paths are relative to `folder`. */
  async addFiles(id: string, folder: string, files: IncomingFile[], opts: AddFilesOptions = {}): Promise<Result<void>> {
    const base = validateFolderPath(folder);
    if (!base.ok) return base;
    const entries = restoreEntries(files, { source: "upload" });
    if (!entries.ok) return entries;
    const result = await this.change(id, "add the files", opts, (_tx, drive) => drive.addEntries(base.value, entries.value, opts.overwrite ?? false));
    return result.ok ? ok(undefined) : forward(result);
  }

  // ---------------------------------------------------------------------------------------------
  // Import and export

  /** A new project from files (e.g. a dropped folder), all or nothing. One wrapping folder is unwrapped. */
  async importFiles(name: string, flavor: Flavor | "detect", files: IncomingFile[]): Promise<Result<ProjectMeta>> {
    const project = restoreProject(
      { name, flavor: flavor === "detect" ? undefined : flavor, files },
      { unwrapSingleFolder: true, source: "folder" },
    );
    return project.ok ? this.createFromRestored(project.value) : project;
  }

  /** A new project from a zip. Hostile or damaged zips are refused before anything is written. */
  async importZip(name: string, zip: Uint8Array): Promise<Result<ProjectMeta>> {
    const files = readZip(zip);
    if (!files.ok) return files;
    const project = restoreProject({ name: name.replace(/\.zip$/i, ""), files: files.value }, { unwrapSingleFolder: true, source: "zip file" });
    return project.ok ? this.createFromRestored(project.value) : project;
  }

  /** The project as a zip whose root is the drive's root; damaged rows are left out so export can rescue the rest. */
  async exportZip(id: string): Promise<Result<Uint8Array>> {
    // One transaction, so the meta and the files are from the same moment even if another tab is saving.
    const tx = this.db.transaction(PROJECT_AND_FILES, "readonly");
    const files = tx.objectStore(FILES);
    const range = projectRange(id);
    const [meta, keys, values] = await Promise.all([tx.objectStore(PROJECTS).get(id), files.getAllKeys(range), files.getAll(range)]);
    if (meta === undefined) return projectGone();
    const rows = pairRows(id, keys, values).flatMap((r) => (r.row ? [r.row] : []));
    try {
      return ok(buildZip(rows.sort((a, b) => comparePaths(a.path, b.path))));
    } catch (e) {
      return fail("unavailable", `Couldn't build the zip (${e instanceof Error ? e.message : String(e)}). Try again, or copy your files by hand.`);
    }
  }

  /** A file name for the exported zip, e.g. "Traffic light.zip". */
  static exportFileName(meta: ProjectMeta): string {
    return `${meta.name}.zip`;
  }

  // ---------------------------------------------------------------------------------------------
  // Settings and health

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.get(SETTINGS, key)) as T | undefined;
  }

  /** Settings are small; the Result only matters when storage is full or gone. */
  async setSetting(key: string, value: unknown): Promise<Result<void>> {
    return runWrite(this.db, [SETTINGS], "save the setting", async (tx) => {
      await tx.objectStore(SETTINGS).put(value, key);
      return ok(undefined);
    });
  }

  /** Every stored row that can't be read back, with a user-facing message; the app skips these elsewhere. */
  async checkHealth(): Promise<CorruptRow[]> {
    const tx = this.db.transaction(PROJECT_AND_FILES, "readonly");
    const projects = tx.objectStore(PROJECTS);
    const files = tx.objectStore(FILES);
    const [metaRows, fileKeys, fileRows] = await Promise.all([projects.getAll(), files.getAllKeys(), files.getAll()]);
    const problems: CorruptRow[] = [];
    const ids = new Set<string>();
    for (const row of metaRows) {
      const meta = restoreMetaRow(row);
      if (meta.ok) ids.add(meta.value.id);
      else problems.push({ store: "projects", message: meta.error.message });
    }
    fileKeys.forEach((key, i) => {
      const [projectId, path] = key.map(String) as [string, string];
      const row = restoreFileRow(fileRows[i], projectId);
      if (!row.ok) problems.push({ store: "files", projectId, path, message: row.error.message });
      else if (!ids.has(projectId)) problems.push({ store: "files", projectId, path, message: `"${path}" belongs to a project that no longer exists.` });
    });
    return problems;
  }

  close(): void {
    this.db.close();
  }
}

function toEntry(row: FileRow): DriveEntry {
  return { path: row.path, kind: row.kind, size: row.data?.byteLength ?? 0, updatedAt: row.updatedAt };
}
