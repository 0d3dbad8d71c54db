// Asks the editor (MonacoHost owns the one Monaco instance) to put the cursor on a line of a file once that file is
// shown: the request waits while the file's tab is being opened, and is taken by the first editor showing it.
import { samePath } from "../../storage";

interface RevealRequest {
  path: string;
  line: number;
}

let pending: RevealRequest | undefined;
const listeners = new Set<() => void>();

export function requestReveal(path: string, line: number): void {
  pending = { path, line };
  for (const listener of listeners) listener();
}

/** The line to reveal in `path`, if a request for it waits (it is then taken). */
export function takeReveal(path: string): number | undefined {
  if (!pending || !samePath(pending.path, path)) return undefined;
  const { line } = pending;
  pending = undefined;
  return line;
}

/** Drops a request no editor took (its file could not be opened), so a later opening does not jump. */
export function cancelReveal(): void {
  pending = undefined;
}

export function onRevealRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
