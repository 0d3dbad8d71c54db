// Size and count limits for everything that comes in, chosen far above a Pico's drive but below a browser tab's memory.

/** One file. The Pico's whole drive is 1-14 MB, so anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** All files of one import (zip, folder, share link). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_FILES = 10_000;
/** A zip entry bigger than this is also checked for a suspicious compression ratio. */
export const RATIO_CHECK_BYTES = 1024 * 1024;
/** Deflate tops out near 1032:1; real project files (text, .mpy, images) stay far below this. */
export const MAX_COMPRESSION_RATIO = 200;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
