// Public data types of the storage layer: projects, drive entries and the Result convention for expected failures.

export type Flavor = "circuitpython" | "micropython";

export interface ProjectMeta {
  id: string;
  name: string;
  flavor: Flavor;
  createdAt: number;
  updatedAt: number;
  /** Bumped by every change to the project (files, folders, name, wiring); used to detect stale writers. */
  revision: number;
  wiring?: unknown;
}

/** One file or folder on the virtual CIRCUITPY drive. `path` is relative, "/"-separated, no leading slash. */
export interface DriveEntry {
  path: string;
  kind: "file" | "dir";
  size: number;
  updatedAt: number;
}

export type StorageErrorCode =
  | "quota"
  | "invalid-name"
  | "exists"
  | "not-found"
  | "conflict"
  | "corrupt"
  | "too-large"
  | "unavailable";

/** An expected failure. `message` is user-facing: it says what went wrong and what to do. */
export interface StorageError {
  code: StorageErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** A file (or an empty folder) as handed to imports and produced by restore. */
export interface IncomingFile {
  path: string;
  data: Uint8Array;
}

/** Notification of a committed change, used to tell other tabs (see TabCoordinator.notifyChange). */
export interface StoreChange {
  projectId: string;
  revision: number;
  deleted: boolean;
}

/** A database row that could not be read back; reported by ProjectStore.checkHealth(). */
export interface CorruptRow {
  store: "projects" | "files" | "settings";
  projectId?: string;
  path?: string;
  message: string;
}
