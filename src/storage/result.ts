// Small constructors for Result values, so every module builds errors the same way.
import type { Result, StorageError, StorageErrorCode } from "./types";

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: StorageErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Re-types a failed Result so it can be returned from a function with a different success type. */
export function forward<T>(failed: { ok: false; error: StorageError }): Result<T> {
  return { ok: false, error: failed.error };
}
