// Browser storage space: turns quota and database failures into Result errors, asks for persistence, estimates use.
import { fail } from "./result";
import type { Result, StorageError } from "./types";

const QUOTA_NAMES = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);

function errorName(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "name" in e && typeof (e as { name: unknown }).name === "string") {
    return (e as { name: string }).name;
  }
  return undefined;
}

/** True for a full disk, whether it surfaced from a request, an aborted transaction, or old Firefox/Safari codes. */
export function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 22 || code === 1014) return true;
  // An aborted transaction reports the request error that caused it as its own `error`.
  const inner = (e as { error?: unknown; cause?: unknown } | null);
  if (inner && typeof inner === "object") {
    if (inner.error !== undefined && inner.error !== e && isQuotaError(inner.error)) return true;
    if (inner.cause !== undefined && inner.cause !== e && isQuotaError(inner.cause)) return true;
  }
  return false;
}

/** `action` completes the sentence "Storage is full: couldn't ..." */
export function quotaError(action: string): StorageError {
  return {
    code: "quota",
    message:
      `Storage is full: couldn't ${action}. Nothing was lost: your text is still in the editor. ` +
      "Free space by deleting projects you no longer need, or export this project as a zip to keep a copy.",
  };
}

export function unavailableError(action: string, e?: unknown): StorageError {
  const name = errorName(e);
  const detail = name && name !== "Error" ? ` (${name})` : "";
  return {
    code: "unavailable",
    message:
      `The browser's storage didn't respond, so Pyco couldn't ${action}${detail}. ` +
      "Your text is still in the editor. Reload the page; if it keeps happening, export your project as a zip.",
  };
}

/** Maps anything a database call threw to a Result error: quota stays quota, the rest is "unavailable". */
export function storageFailure<T>(e: unknown, action: string): Result<T> {
  const error = isQuotaError(e) ? quotaError(action) : unavailableError(action, e);
  return fail(error.code, error.message);
}

/** Asks the browser not to evict our data under storage pressure. Resolves false when unsupported or refused. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = navigatorStorage();
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageEstimateInfo {
  usage: number;
  quota: number;
}

/** How much space the site uses and may use, when the browser tells us. */
export async function estimateStorage(): Promise<StorageEstimateInfo | undefined> {
  const storage = navigatorStorage();
  if (!storage?.estimate) return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usage, quota };
  } catch {
    return undefined;
  }
}

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function navigatorStorage(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}
