// Recursion guard for reprs of containers that may contain themselves (`l.append(l)` prints `[[...]]`).
const inProgress = new Set<object>();

/** Runs `body` unless `obj` is already being repr'd further up, in which case returns `placeholder`. */
export function guardedRepr(obj: object, placeholder: string, body: () => string): string {
  if (inProgress.has(obj)) return placeholder;
  inProgress.add(obj);
  try {
    return body();
  } finally {
    inProgress.delete(obj);
  }
}
