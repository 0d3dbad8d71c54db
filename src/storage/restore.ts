// The one validate-and-restore step for everything that comes in: database rows, zips, folders and share links.
// Nothing outside this module trusts the shape of incoming data; everything else works on what it returns.
import { MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, formatBytes } from "./limits";
import { ancestorPaths, baseName, comparePaths, foldPath, sanitizeName, validatePath } from "./names";
import { fail, ok } from "./result";
import type { FileRow } from "./schema";
import { defaultProjectName } from "./templates";
import type { Flavor, ProjectMeta, Result } from "./types";

export interface RestoredEntry {
  path: string;
  kind: "file" | "dir";
  /** Present for files only. */
  data?: Uint8Array;
}

export interface RestoredProject {
  name: string;
  flavor: Flavor;
  wiring?: unknown;
  entries: RestoredEntry[];
}

export interface RestoreOptions {
  /** Strip one top-level folder that holds everything ("myproj/code.py" -> "code.py"). */
  unwrapSingleFolder?: boolean;
  /** Used in messages: "zip file", "folder", "link". */
  source?: string;
}

const RECOVERED_NAME = "Recovered project";
// Finder adds these to zips and folders; they are never part of a project.
const JUNK_SEGMENTS = new Set(["__macosx"]);
const JUNK_FILES = new Set([".ds_store"]);

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** Accepts Uint8Array from any realm (worker, iframe) and bare ArrayBuffers; anything else is undefined. */
export function asBytes(x: unknown): Uint8Array | undefined {
  const tag = Object.prototype.toString.call(x);
  if (tag === "[object Uint8Array]") return x as Uint8Array;
  if (tag === "[object ArrayBuffer]") return new Uint8Array(x as ArrayBuffer);
  return undefined;
}

function isFlavor(x: unknown): x is Flavor {
  return x === "circuitpython" || x === "micropython";
}

// ---------------------------------------------------------------------------------------------
// Database rows

/**
 * A project row read back from the database. Only a missing id makes it unusable; other damaged fields
 * get safe defaults, because keeping the user's files reachable matters more than a perfect name.
 */
export function restoreMetaRow(row: unknown): Result<ProjectMeta> {
  if (!isObject(row) || typeof row.id !== "string" || row.id === "") {
    return fail("corrupt", "A saved project record is damaged and has no id, so it can't be opened.");
  }
  const createdAt = isFiniteNumber(row.createdAt) ? row.createdAt : 0;
  const meta: ProjectMeta = {
    id: row.id,
    name: typeof row.name === "string" ? sanitizeName(row.name, RECOVERED_NAME) : RECOVERED_NAME,
    flavor: isFlavor(row.flavor) ? row.flavor : "circuitpython",
    createdAt,
    updatedAt: isFiniteNumber(row.updatedAt) ? row.updatedAt : createdAt,
    revision: Number.isSafeInteger(row.revision) && (row.revision as number) >= 0 ? (row.revision as number) : 0,
  };
  if (row.wiring !== undefined) meta.wiring = row.wiring;
  return ok(meta);
}

/** A file or folder row read back from the database; damaged rows are reported, never half-used. */
export function restoreFileRow(row: unknown, projectId?: string): Result<FileRow> {
  const where = isObject(row) && typeof row.path === "string" ? `"${row.path}"` : "a file";
  const damaged = (why: string) => fail<FileRow>("corrupt", `The saved copy of ${where} is damaged (${why}). Delete it, or restore it from an exported zip.`);
  if (!isObject(row)) return damaged("not a record");
  if (typeof row.projectId !== "string" || (projectId !== undefined && row.projectId !== projectId)) return damaged("wrong project");
  if (typeof row.path !== "string") return damaged("no path");
  const path = validatePath(row.path);
  if (!path.ok || path.value !== row.path || row.key !== foldPath(row.path)) return damaged("bad path");
  if (row.kind !== "file" && row.kind !== "dir") return damaged("unknown kind");
  const updatedAt = isFiniteNumber(row.updatedAt) ? row.updatedAt : 0;
  const base = { projectId: row.projectId, key: row.key as string, path: row.path, updatedAt };
  if (row.kind === "dir") return ok({ ...base, kind: "dir" });
  const data = asBytes(row.data);
  if (!data) return damaged("no contents");
  return ok({ ...base, kind: "file", data });
}

// ---------------------------------------------------------------------------------------------
// Incoming files (zip, folder upload, share link)

interface RawEntry {
  rawPath: string;
  data: Uint8Array | undefined;
}

function readRawEntry(item: unknown, index: number, source: string): Result<RawEntry> {
  if (!isObject(item) || typeof item.path !== "string") {
    return fail("corrupt", `Item ${index + 1} in the ${source} has no file name. The ${source} may be damaged.`);
  }
  if (item.path.endsWith("/")) return ok({ rawPath: item.path, data: undefined });
  const data = typeof item.data === "string" ? new TextEncoder().encode(item.data) : asBytes(item.data);
  if (!data) return fail("corrupt", `"${item.path}" in the ${source} has no readable contents. The ${source} may be damaged.`);
  return ok({ rawPath: item.path, data });
}

/** Catches the tricks an attacker uses before normal name checks run, with a message that says which. */
function checkHostilePath(raw: string, source: string): Result<void> {
  if (raw.startsWith("/") || /^[a-zA-Z]:/.test(raw)) {
    return fail("invalid-name", `The ${source} contains "${raw}", an absolute path. Only paths inside the project are allowed, so nothing was imported.`);
  }
  if (raw.includes("\\")) {
    return fail("invalid-name", `The ${source} contains "${raw}" with a backslash, which could hide a path outside the project, so nothing was imported.`);
  }
  if (raw.split("/").includes("..")) {
    return fail("invalid-name", `The ${source} contains "${raw}", which points outside the project, so nothing was imported.`);
  }
  return ok(undefined);
}

function isJunk(path: string): boolean {
  const segments = foldPath(path).split("/");
  return segments.some((s) => JUNK_SEGMENTS.has(s)) || JUNK_FILES.has(segments[segments.length - 1]!);
}

function normaliseEntry(raw: RawEntry, source: string): Result<RestoredEntry | undefined> {
  const hostile = checkHostilePath(raw.rawPath, source);
  if (!hostile.ok) return hostile;
  const path = validatePath(raw.rawPath);
  if (!path.ok) return fail(path.error.code, `In the ${source}: ${path.error.message}`);
  if (isJunk(path.value)) return ok(undefined);
  if (raw.data === undefined) return ok({ path: path.value, kind: "dir" });
  if (raw.data.byteLength > MAX_FILE_BYTES) {
    return fail("too-large", `"${path.value}" is ${formatBytes(raw.data.byteLength)}; files can be at most ${formatBytes(MAX_FILE_BYTES)}.`);
  }
  return ok({ path: path.value, kind: "file", data: raw.data });
}

/** "myproj/code.py", "myproj/lib/" -> "code.py", "lib/" when one folder (other than lib) holds everything. */
function unwrapSingleFolder(entries: RestoredEntry[]): RestoredEntry[] {
  const tops = new Set(entries.map((e) => foldPath(e.path.split("/")[0]!)));
  if (tops.size !== 1) return entries;
  const [top] = tops;
  if (top === "lib" || !entries.some((e) => e.path.includes("/"))) return entries;
  return entries.filter((e) => e.path.includes("/")).map((e) => ({ ...e, path: e.path.slice(e.path.indexOf("/") + 1) }));
}

function clash(a: string, b: string, source: string): Result<never> {
  const same = a === b ? `"${a}" twice` : `both "${a}" and "${b}"`;
  return fail("exists", `The ${source} has ${same}; the board's drive treats these as the same name. Rename one and try again.`);
}

/** Merges duplicates, adds missing parent folders, and refuses names that clash on a case-insensitive drive. */
function buildTree(entries: RestoredEntry[], source: string): Result<RestoredEntry[]> {
  const byKey = new Map<string, RestoredEntry>();
  const add = (entry: RestoredEntry): Result<void> => {
    const key = foldPath(entry.path);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, entry);
      return ok(undefined);
    }
    if (existing.kind === "dir" && entry.kind === "dir") return ok(undefined);
    return clash(existing.path, entry.path, source);
  };
  for (const entry of entries) {
    for (const folder of ancestorPaths(entry.path)) {
      const added = add({ path: folder, kind: "dir" });
      if (!added.ok) return added;
    }
    const added = add(entry);
    if (!added.ok) return added;
  }
  return ok([...byKey.values()].sort((a, b) => comparePaths(a.path, b.path)));
}

/**
 * Validates a list of incoming `{ path, data }` (a path ending in "/" is an empty folder; data may be text
 * for share links). Returns normalised entries with their parent folders, or the first problem found.
 */
export function restoreEntries(files: unknown, options: RestoreOptions = {}): Result<RestoredEntry[]> {
  const source = options.source ?? "import";
  if (!Array.isArray(files)) return fail("corrupt", `The ${source} has no list of files. It may be damaged.`);
  if (files.length > MAX_IMPORT_FILES) {
    return fail("too-large", `The ${source} has ${files.length} files; at most ${MAX_IMPORT_FILES} are allowed.`);
  }
  const entries: RestoredEntry[] = [];
  let total = 0;
  for (let i = 0; i < files.length; i++) {
    const raw = readRawEntry(files[i], i, source);
    if (!raw.ok) return raw;
    const entry = normaliseEntry(raw.value, source);
    if (!entry.ok) return entry;
    if (!entry.value) continue;
    total += entry.value.data?.byteLength ?? 0;
    if (total > MAX_IMPORT_BYTES) {
      return fail("too-large", `The ${source} holds more than ${formatBytes(MAX_IMPORT_BYTES)} of files, more than a project may hold.`);
    }
    entries.push(entry.value);
  }
  return buildTree(options.unwrapSingleFolder ? unwrapSingleFolder(entries) : entries, source);
}

/** MicroPython runs main.py; CircuitPython prefers code.py. A lone main.py therefore means MicroPython. */
export function detectFlavor(entries: readonly { path: string }[]): Flavor {
  const root = new Set(entries.filter((e) => !e.path.includes("/")).map((e) => foldPath(baseName(e.path))));
  return root.has("main.py") && !root.has("code.py") ? "micropython" : "circuitpython";
}

/**
 * Validates a whole incoming project: `{ name?, flavor?: Flavor | "detect", wiring?, files }`. Share links,
 * zips and folder imports all end here, so they share every check and every message.
 */
export function restoreProject(candidate: unknown, options: RestoreOptions = {}): Result<RestoredProject> {
  const source = options.source ?? "import";
  if (!isObject(candidate)) return fail("corrupt", `The ${source} doesn't contain a project. It may be damaged or incomplete.`);
  const entries = restoreEntries(candidate.files, options);
  if (!entries.ok) return entries;
  if (!entries.value.some((e) => e.kind === "file")) {
    return fail("not-found", `The ${source} contains no files, so there is nothing to import.`);
  }
  const flavor = isFlavor(candidate.flavor) ? candidate.flavor : detectFlavor(entries.value);
  const name = typeof candidate.name === "string" ? sanitizeName(candidate.name, defaultProjectName(flavor)) : defaultProjectName(flavor);
  const project: RestoredProject = { name, flavor, entries: entries.value };
  if (candidate.wiring !== undefined) project.wiring = candidate.wiring;
  return ok(project);
}
