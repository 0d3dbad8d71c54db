// Public API of the storage layer (no React): projects as virtual CIRCUITPY drives in IndexedDB, zips, tabs.
export type {
  Flavor, ProjectMeta, DriveEntry, StorageErrorCode, StorageError, Result, IncomingFile, StoreChange, CorruptRow,
} from "./types";
export {
  validateName, validatePath, validateFolderPath, joinPath, parentPath, baseName, comparePaths, samePath,
  MAX_NAME_LENGTH, MAX_PATH_LENGTH,
} from "./names";
export { isTextPath, looksLikeText } from "./file-kinds";
export { ProjectStore } from "./project-store";
export type { WriteOptions, ChangeOptions, StoreOptions } from "./project-store";
export { TabCoordinator } from "./tabs";
export type { TabCoordinatorOptions } from "./tabs";

/** Asks the browser not to evict our data under storage pressure. Resolves false when unsupported or refused. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
