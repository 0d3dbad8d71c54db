// Runs one read-write IndexedDB transaction and turns every way it can fail (quota, abort, closed DB) into a Result.
import type { IDBPTransaction, StoreNames } from "idb";
import type { PycoDb } from "./db";
import { storageFailure } from "./quota";
import type { PycoSchema } from "./schema";
import type { Result } from "./types";

export type Stores = StoreNames<PycoSchema>[];
export type WriteTx = IDBPTransaction<PycoSchema, Stores, "readwrite">;

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser; either way nothing more will be written.
  }
}

/**
 * Runs `body` in one transaction. If it returns a failed Result the transaction is aborted, so a refused
 * operation never leaves half its writes behind. `action` finishes "couldn't ..." in error messages.
 * `body` must await only IndexedDB requests, or the browser commits the transaction early.
 */
export async function runWrite<T>(db: PycoDb, stores: Stores, action: string, body: (tx: WriteTx) => Promise<Result<T>>): Promise<Result<T>> {
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, "readwrite");
  } catch (e) {
    return storageFailure(e, action);
  }
  // Observe `done` at once: when a put fails, the abort rejects it before we get to await it.
  const done = tx.done.then(
    () => undefined,
    (e: unknown) => e ?? tx.error ?? new Error("transaction aborted"),
  );
  try {
    const result = await body(tx);
    if (!result.ok) {
      abortQuietly(tx);
      await done;
      return result;
    }
    const failure = await done;
    return failure === undefined ? result : storageFailure(failure, action);
  } catch (e) {
    abortQuietly(tx);
    const failure = await done;
    // Database errors are DOMExceptions; anything else is a bug in this layer and should be seen in the console.
    if (!(e instanceof DOMException)) console.error(`storage: unexpected error while trying to ${action}`, e);
    return pickFailure<T>(e, failure, action);
  }
}

/** The request error and the transaction error usually name the same cause; a quota one wins if either is. */
function pickFailure<T>(requestError: unknown, txError: unknown, action: string): Result<T> {
  const fromRequest = storageFailure<T>(requestError, action);
  if (!fromRequest.ok && fromRequest.error.code === "quota") return fromRequest;
  return storageFailure<T>(txError ?? requestError, action);
}
