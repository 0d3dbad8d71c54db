// What the app stores per project and board after a sync: each file's checksum as it was on both sides then.
import { algorithmOf, type Checksum } from "../files/checksums";

export interface SyncRecord {
  version: 1;
  /** Project path ("lib/foo.py") → checksum the file had on both sides when the sync finished. */
  files: Record<string, Checksum>;
  /** When the sync finished (ms since the epoch). */
  syncedAt: number;
}

export function emptyRecord(): SyncRecord {
  return { version: 1, files: {}, syncedAt: 0 };
}

/**
 * Validates a record that comes from storage (or anywhere else): anything malformed is dropped, so a damaged
 * record only makes the next sync ask more questions, never skip a changed file.
 */
export function restoreRecord(value: unknown): SyncRecord | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<SyncRecord>;
  if (v.version !== 1 || !v.files || typeof v.files !== "object") return null;
  const files: Record<string, Checksum> = {};
  for (const [path, sum] of Object.entries(v.files)) {
    if (typeof sum === "string" && algorithmOf(sum) && isProjectPath(path)) files[path] = sum;
  }
  return { version: 1, files, syncedAt: typeof v.syncedAt === "number" ? v.syncedAt : 0 };
}

/** A relative, normalised path: "main.py", "lib/foo.py" (no leading slash, no "." or ".." parts). */
export function isProjectPath(path: string): boolean {
  return path.length > 0 && !path.startsWith("/") && path.split("/").every((p) => p !== "" && p !== "." && p !== "..");
}
