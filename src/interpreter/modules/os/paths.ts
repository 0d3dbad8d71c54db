// Path handling on the virtual drive: the current directory and absolute, normalised '/'-separated paths.

let cwd = "/";

export function currentDir(): string {
  return cwd;
}

export function setCurrentDir(path: string): void {
  cwd = path;
}

/** Resets per-run state (a soft reboot starts in "/"). */
export function resetPaths(): void {
  cwd = "/";
}

/** An absolute path for `path` relative to the current directory, with "." and ".." resolved. */
export function resolvePath(path: string): string {
  const joined = path.startsWith("/") ? path : (cwd === "/" ? "/" : cwd + "/") + path;
  const parts: string[] = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}
