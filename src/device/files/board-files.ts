// File operations on a connected board for the file panel and sync: list, read, write (atomic, verified), delete,
// rename, mkdir, board info. Each call is one raw-REPL session running small Python snippets (see snippets.ts).
import { BoardFileError } from "./board-file-error";
import { checksum, type Checksum } from "./checksums";
import { FileSession, type BoardCapabilities, type RawReplRunner, type SessionTimeouts } from "./file-session";
import { readFiles, type FileToRead } from "./file-reader";
import { writeFiles, type WriteOptions } from "./file-writer";
import { INFO, deleteSnippet, isTempPath, listSnippet, mkdirSnippet, removeTempsSnippet, renameSnippet } from "./snippets";
import type { TransferProgress } from "./progress";

export type { BoardCapabilities } from "./file-session";
export type { TransferProgress } from "./progress";
export type { WriteOptions } from "./file-writer";

export interface BoardEntry {
  /** Absolute board path, e.g. "/lib/foo.py". */
  path: string;
  kind: "file" | "dir";
  size: number;
  /** Computed on the board when the listing asked for checksums. */
  checksum?: Checksum;
}

export interface BoardInfo {
  flavor: string;
  /** "1.28.0" */
  version: string;
  /** "Raspberry Pi Pico with RP2040" */
  machine: string;
  /** The firmware build or board id: "RPI_PICO", "raspberry_pi_pico"; empty when the firmware does not say. */
  board: string;
  memFree?: number;
  flashTotal?: number;
  flashFree?: number;
  /** CircuitPython: true while the computer has the drive mounted (Python cannot write then). */
  readOnly?: boolean;
  /** The chip's unique id in hex (machine.unique_id / microcontroller.cpu.uid): a key for per-board sync records. */
  uid?: string;
}

export interface BoardFilesOptions {
  /** Most Python source characters per write exec; the board compiles each exec whole (default 6144). */
  writeExecChars?: number;
  /** File bytes per `_w(...)` line (default 768, i.e. 1 KB of base64). */
  writeLineBytes?: number;
  /** Most file bytes per read exec (default 16384). */
  readExecBytes?: number;
  /** File bytes per printed line when reading (default 768; a multiple of 3 keeps base64 unpadded). */
  readLineBytes?: number;
  timeouts?: Partial<SessionTimeouts>;
}

export interface ListOptions {
  recursive?: boolean;
  /** Compute each file's checksum on the board, in the same pass (for sync). */
  checksums?: boolean;
}

export class BoardFiles {
  private caps: BoardCapabilities | undefined;
  private readonly timeouts: SessionTimeouts;

  constructor(
    private readonly repl: RawReplRunner,
    private readonly options: BoardFilesOptions = {},
  ) {
    this.timeouts = { baseMs: 10000, slowestBytesPerSecond: 4000, ...options.timeouts };
  }

  /** What the board can do (checksum algorithm, base64, ilistdir); learned once per BoardFiles, at its first session. */
  async capabilities(): Promise<BoardCapabilities> {
    return this.caps ?? this.session(async () => this.caps!);
  }

  /** The checksum the board would compute for `data` (the sync planner compares these). */
  async checksumOf(data: Uint8Array): Promise<Checksum> {
    return checksum((await this.capabilities()).checksum, data);
  }

  async info(): Promise<BoardInfo> {
    const stdout = await this.session((s) => s.run(INFO, { action: "read the board's information" }), false);
    return parseInfo(stdout);
  }

  /** Everything under `folder` (default the whole drive), temp files of interrupted writes left out. */
  async list(folder = "/", options: ListOptions = {}): Promise<BoardEntry[]> {
    const path = boardPath(folder);
    const stdout = await this.session((s) =>
      s.run(listSnippet(path, options.checksums ?? false, options.recursive ?? true), {
        action: `list ${path}`,
        path,
        // Hashing every file takes a while on a full drive: allow about 90 s (C hashing reads a full 1.4 MB drive in
        // a few seconds; the plain-Python CRC fallback manages a few hundred KB in that time).
        workBytes: options.checksums ? 320 * 1024 : 0,
      }),
    );
    return parseListing(stdout).filter((e) => !isTempPath(e.path));
  }

  async readFile(path: string, onProgress?: (p: TransferProgress) => void): Promise<Uint8Array> {
    const p = boardPath(path);
    return (await this.readFiles([{ path: p }], onProgress)).get(p)!;
  }

  /** Reads several files in as few execs as fit; give sizes (from a listing) to batch small files. */
  async readFiles(files: FileToRead[], onProgress?: (p: TransferProgress) => void): Promise<Map<string, Uint8Array>> {
    const normalized = files.map((f) => ({ ...f, path: boardPath(f.path) }));
    const limits = { execBytes: this.options.readExecBytes ?? 16384, lineBytes: this.options.readLineBytes ?? 768 };
    return this.session((s) => readFiles(s, this.caps!, normalized, limits, onProgress));
  }

  async writeFile(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
    await this.writeFiles([{ path, data }], options);
  }

  /**
   * Writes each file under a temporary name, has the board check its checksum, then renames it over the target.
   * Stops at the first failure (a BoardFileError naming the file); files already reported by `onFileWritten` are in place.
   */
  async writeFiles(files: { path: string; data: Uint8Array }[], options: WriteOptions = {}): Promise<void> {
    const normalized = files.map((f) => ({ path: boardPath(f.path), data: f.data }));
    for (const f of normalized) if (f.path === "/") throw new BoardFileError("is-folder", "Cannot write a file over the board's root folder.", f.path);
    await this.session(async (s) => {
      const algorithm = this.caps!.checksum;
      const withSums = await Promise.all(normalized.map(async (f) => ({ ...f, checksum: await checksum(algorithm, f.data) })));
      const limits = {
        execChars: this.options.writeExecChars ?? 6144,
        lineBytes: this.options.writeLineBytes ?? 768,
        base64: this.caps!.base64,
        makeParents: options.makeParents ?? true,
      };
      await writeFiles(s, withSums, limits, options);
    });
  }

  /**
   * Removes the hidden temp files that interrupted writes left behind (a reset or Ctrl-C mid-write; the targets were
   * never touched). The next write of the same file removes its own; this sweeps them all. Returns the paths removed.
   */
  async removeStaleTemps(folder = "/"): Promise<string[]> {
    const path = boardPath(folder);
    const stdout = await this.session((s) => s.run(removeTempsSnippet(path), { action: `remove interrupted writes' temporary files under ${path}`, path }));
    return [...stdout.matchAll(/^R\t(.*?)\r?$/gm)].map((m) => m[1]);
  }

  /** Deletes a file, or a folder: an empty one, or with everything in it only when `recursive` is asked for. */
  async delete(path: string, options: { recursive?: boolean } = {}): Promise<void> {
    const p = boardPath(path);
    if (p === "/") throw new BoardFileError("is-folder", "Refusing to delete the board's root folder.", p);
    await this.session((s) => s.run(deleteSnippet(p, options.recursive ?? false), { action: `delete ${p}`, path: p }));
  }

  async rename(from: string, to: string): Promise<void> {
    const a = boardPath(from);
    const b = boardPath(to);
    await this.session((s) => s.run(renameSnippet(a, b), { action: `rename ${a} to ${b}`, path: a }), false);
  }

  /** Creates a folder, with its missing parents unless `parents` is false. */
  async mkdir(path: string, options: { parents?: boolean } = {}): Promise<void> {
    const p = boardPath(path);
    const parents = options.parents ?? true;
    await this.session((s) => s.run(mkdirSnippet(p, parents), { action: `create the folder ${p}`, path: p }), parents);
  }

  /** One raw-REPL session; with the prelude, the helpers are defined first and the capabilities learned. */
  private session<T>(work: (s: FileSession) => Promise<T>, prelude = true): Promise<T> {
    return this.repl.withRawRepl(async (raw) => {
      const s = new FileSession(raw, this.timeouts);
      if (prelude) this.caps = await s.setup();
      return work(s);
    });
  }
}

/** An absolute board path without "." / ".." / doubled or trailing slashes. */
export function boardPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

/** `D|F <TAB> size <TAB> checksum|- <TAB> path` lines. */
export function parseListing(stdout: string): BoardEntry[] {
  const entries: BoardEntry[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^([DF])\t(\d+)\t(\S+)\t(.+)$/.exec(line);
    if (!m) {
      if (line.trim()) throw new BoardFileError("bad-output", `The board's listing had an unexpected line: ${line.slice(0, 80)}`);
      continue;
    }
    const entry: BoardEntry = { path: m[4], kind: m[1] === "D" ? "dir" : "file", size: Number(m[2]) };
    if (m[3] !== "-") entry.checksum = m[3];
    entries.push(entry);
  }
  return entries;
}

export function parseInfo(stdout: string): BoardInfo {
  const fields = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const tab = line.indexOf("\t");
    if (tab > 0) fields.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const num = (key: string) => (fields.has(key) ? Number(fields.get(key)) : undefined);
  const info: BoardInfo = {
    flavor: fields.get("flavor") ?? "unknown",
    version: fields.get("version") ?? "",
    machine: fields.get("machine") ?? "",
    board: fields.get("board") ?? "",
    memFree: num("memFree"),
    flashTotal: num("flashTotal"),
    flashFree: num("flashFree"),
  };
  if (fields.has("readOnly")) info.readOnly = fields.get("readOnly") === "1";
  if (fields.has("uid")) info.uid = fields.get("uid");
  return info;
}
