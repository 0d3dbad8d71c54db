// Guarding huge single allocations: `[0] * 10**9` or `'a' * 10**9` must raise MemoryError (as on a board)
// instead of exhausting the JS heap. Types call checkAlloc before building a large list, string or buffer.
import { newException, MemoryError } from "./errors";

/** The largest allocation, in bytes (approximate: a list item counts as 8 bytes, a string char as 1). */
export const MAX_ALLOC_BYTES = 256 * 1024 * 1024;

/** Raises MemoryError (MicroPython's wording) when `bytes` is beyond what one object may take. */
export function checkAlloc(bytes: number): void {
  if (bytes > MAX_ALLOC_BYTES || !(bytes >= 0)) {
    throw newException(MemoryError, `memory allocation failed, allocating ${Number.isFinite(bytes) ? Math.floor(bytes) : "too many"} bytes`);
  }
}

/** checkAlloc for `count` items of `itemBytes` each (lists: 8 per item). */
export function checkAllocItems(count: number, itemBytes = 8): void {
  checkAlloc(count * itemBytes);
}
