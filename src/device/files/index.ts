// The board file layer's public surface: BoardFiles and the types and errors a file panel needs.
export { BoardFiles, boardPath, type BoardEntry, type BoardInfo, type BoardFilesOptions, type ListOptions, type WriteOptions, type TransferProgress, type BoardCapabilities } from "./board-files";
export { BoardFileError, READ_ONLY_MESSAGE, type BoardFileFailure } from "./board-file-error";
export { checksum, type Checksum, type ChecksumAlgorithm } from "./checksums";
export type { FileToRead } from "./file-reader";
export type { RawReplRunner } from "./file-session";
