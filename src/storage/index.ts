// Public API of the storage layer (no React): projects as virtual CIRCUITPY drives in IndexedDB, zips, tabs.
export type {
  Flavor, ProjectMeta, DriveEntry, StorageErrorCode, StorageError, Result, IncomingFile, StoreChange, CorruptRow,
} from "./types";
export {
  validateName, validatePath, validateFolderPath, joinPath, parentPath, baseName, comparePaths, samePath, isInside,
  MAX_NAME_LENGTH, MAX_PATH_LENGTH,
} from "./names";
export { isTextPath, looksLikeText } from "./file-kinds";
export { ProjectStore } from "./project-store";
export type { WriteOptions, ChangeOptions, AddFilesOptions, StoreOptions, Removal } from "./project-store";
export { restoreProject, restoreEntries, detectFlavor } from "./restore";
export type { RestoredProject, RestoredEntry, RestoreOptions } from "./restore";
export { readZip } from "./zip-read";
export { buildZip } from "./zip-write";
export { entryFileFor, defaultProjectName } from "./templates";
export { TabCoordinator } from "./tabs";
export type { TabCoordinatorOptions } from "./tabs";
export { requestPersistentStorage, estimateStorage, isQuotaError } from "./quota";
export type { StorageEstimateInfo } from "./quota";
export { MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from "./limits";
export { encodeShareFragment, decodeShareFragment, makeShareLink, CHAT_SAFE_LINK_LENGTH, MAX_LINK_LENGTH, type ShareableProject, type SharedProject } from "./share-link";
