// Database layout (store names, row shapes) and the ordered list of schema migrations.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from "idb";
import type { ProjectMeta } from "./types";

export const DEFAULT_DB_NAME = "pyco";
export const PROJECTS = "projects";
export const FILES = "files";
export const SETTINGS = "settings";

/** The project row is the meta itself; it is small, so saving a file rewrites only it and the file row. */
export type MetaRow = ProjectMeta;

/**
 * One row per file or folder. The key is [projectId, key] where `key` is the case-folded path, so two
 * names that FAT considers equal can never both exist; `path` keeps the case the user typed.
 */
export interface FileRow {
  projectId: string;
  key: string;
  path: string;
  kind: "file" | "dir";
  data?: Uint8Array;
  updatedAt: number;
}

export interface PycoSchema extends DBSchema {
  projects: { key: string; value: MetaRow };
  files: { key: [string, string]; value: FileRow };
  settings: { key: string; value: unknown };
}

// Migrations see the database untyped: each one must work on the layout left by the one before it.
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], "versionchange">;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void;

/** Version 1: the first real layout. */
function createV1(db: UpgradeDb): void {
  db.createObjectStore(PROJECTS, { keyPath: "id" });
  // A key range over [projectId, ...] lists a project's files, even rows too damaged to index.
  db.createObjectStore(FILES, { keyPath: ["projectId", "key"] });
  db.createObjectStore(SETTINGS);
}

/**
 * MIGRATIONS[i] upgrades a database from version i to version i + 1, so a database at any earlier version
 * (0 = brand new) is brought up to date by running the tail of this list in order. Append, never edit.
 */
export const MIGRATIONS: readonly Migration[] = [createV1];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations needed to go from `oldVersion` to `newVersion`, one after another. */
export async function runMigrations(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[],
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`storage: no migration from version ${v} to ${v + 1}`);
    await step(db, tx);
  }
}
