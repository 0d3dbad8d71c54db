// '/'-separated path arithmetic for the virtual drive (no Node path module inside the interpreter).

/** Joins and normalises ("." and ".." segments, repeated slashes). */
export function joinPath(base: string, rel: string): string {
  const combined = rel.startsWith("/") ? rel : base.endsWith("/") ? base + rel : `${base}/${rel}`;
  return normalizePath(combined);
}

export function normalizePath(p: string): string {
  const absolute = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return (absolute ? "/" : "") + out.join("/") || (absolute ? "/" : ".");
}

export function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  return i === 0 ? "/" : p.slice(0, i);
}
