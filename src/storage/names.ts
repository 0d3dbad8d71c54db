// File and folder name rules of the board's FAT drive (CIRCUITPY), path normalisation and path helpers.
import { fail, ok } from "./result";
import type { Result } from "./types";

export const MAX_NAME_LENGTH = 255;
export const MAX_PATH_LENGTH = 1024;

const FORBIDDEN_CHARS = ['/', "\\", ":", "*", "?", '"', "<", ">", "|"];
// Windows refuses these as file names whatever the extension; the drive is often copied from Windows.
const RESERVED_DEVICE_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

function quote(name: string): string {
  return name.length > 40 ? `"${name.slice(0, 37)}..."` : `"${name}"`;
}

function hasControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Checks one path segment (a file, folder or project name) against FAT rules. Returns the NFC-normalised name. */
export function validateName(name: string): Result<string> {
  const n = name.normalize("NFC");
  if (n.length === 0) return fail("invalid-name", "The name is empty. Type a name for the file or folder.");
  if (n.trim().length === 0) return fail("invalid-name", "The name is only spaces. Type a name with letters or digits.");
  if (n === "." || n === "..") return fail("invalid-name", `${quote(n)} is reserved. Choose another name.`);
  const bad = FORBIDDEN_CHARS.find((c) => n.includes(c));
  if (bad !== undefined) {
    return fail("invalid-name", `${quote(n)} contains ${quote(bad)}, which the board's drive doesn't allow. Names can't contain / \\ : * ? " < > |.`);
  }
  if (hasControlChar(n)) return fail("invalid-name", `${quote(n)} contains an invisible control character. Retype the name.`);
  if (/[. ]$/.test(n)) return fail("invalid-name", `${quote(n)} ends with a dot or a space, which the board's drive drops. Remove it.`);
  if (n.length > MAX_NAME_LENGTH) {
    return fail("invalid-name", `The name is ${n.length} characters long; the board's drive allows at most ${MAX_NAME_LENGTH}. Shorten it.`);
  }
  if (RESERVED_DEVICE_NAMES.test(n)) {
    return fail("invalid-name", `${quote(n)} is a reserved device name on Windows, so the drive couldn't be copied there. Choose another name.`);
  }
  return ok(n);
}

/**
 * Normalises a relative path ("lib/foo.py") and checks every segment. A leading "/" means the drive root,
 * as on the board; "." segments and doubled or trailing slashes are dropped. ".." is refused even when it
 * would stay inside the project, because allowing it only invites escapes.
 */
export function validatePath(path: string): Result<string> {
  const folder = validateFolderPath(path);
  if (!folder.ok) return folder;
  if (folder.value === "") return fail("invalid-name", "The path is empty. Give a file or folder name.");
  return folder;
}

/** Like validatePath, but "" (the drive root) is allowed. */
export function validateFolderPath(path: string): Result<string> {
  if (path.includes("\\")) {
    return fail("invalid-name", `${quote(path)} contains a backslash. Use / to separate folders.`);
  }
  const segments = path.normalize("NFC").split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) {
    return fail("invalid-name", `${quote(path)} uses "..", which could leave the project. Use a path inside the project.`);
  }
  for (const segment of segments) {
    const checked = validateName(segment);
    if (!checked.ok) return checked;
  }
  const joined = segments.join("/");
  if (joined.length > MAX_PATH_LENGTH) {
    return fail("invalid-name", `The path is ${joined.length} characters long; at most ${MAX_PATH_LENGTH} are allowed. Use shorter or fewer folders.`);
  }
  return ok(joined);
}

/** The case-folded form used for lookups: FAT treats "Code.py" and "code.py" as the same file. */
export function foldPath(path: string): string {
  return path.toLowerCase();
}

export function samePath(a: string, b: string): boolean {
  return foldPath(a) === foldPath(b);
}

export function joinPath(folder: string, name: string): string {
  if (folder === "") return name;
  if (name === "") return folder;
  return `${folder}/${name}`;
}

/** "lib/foo.py" -> "lib"; "code.py" -> "". */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** "lib/foo.py" -> "foo.py". */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Every ancestor folder of a path, outermost first: "a/b/c.py" -> ["a", "a/b"]. */
export function ancestorPaths(path: string): string[] {
  const parts = path.split("/");
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join("/"));
  return out;
}

/** True when `path` is `folder` itself or lies inside it (case-insensitive, as FAT). */
export function isInside(path: string, folder: string): boolean {
  const p = foldPath(path);
  const f = foldPath(folder);
  return p === f || p.startsWith(f + "/");
}

/**
 * Orders paths as a tree (depth-first, case-insensitive per segment), so "lib/a.py" follows "lib"
 * directly instead of sorting after "lib-old" as plain string order would.
 */
export function comparePaths(a: string, b: string): number {
  const as = a.split("/");
  const bs = b.split("/");
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!.toLowerCase();
    const y = bs[i]!.toLowerCase();
    if (x !== y) return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Turns a name from outside (a zip's file name, a dropped folder) into a valid one instead of refusing it. */
export function sanitizeName(raw: string, fallback: string): string {
  let n = raw.normalize("NFC").replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_").replace(/[. ]+$/, "").trim();
  if (n.length > MAX_NAME_LENGTH) n = n.slice(0, MAX_NAME_LENGTH).replace(/[. ]+$/, "");
  return validateName(n).ok ? n : fallback;
}
