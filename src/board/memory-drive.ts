// The board's flash drive in memory: the project's files as the program sees them, with the board's size and rules.
import { HostFsError, type FileStat, type HostFileSystem } from "../interpreter/runtime/host";

const ENOENT = 2;
const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;
const ENOSPC = 28;
const EROFS = 30;
const ENOTEMPTY = 39;

/** A change a program made to the drive, so the IDE can save it back to the project. */
export type DriveChange = { kind: "write"; path: string; data: Uint8Array } | { kind: "mkdir" | "remove"; path: string } | { kind: "rename"; from: string; to: string };

interface Node {
  kind: "file" | "dir";
  data: Uint8Array;
  mtime: number;
}

export interface MemoryDriveOptions {
  /** Total size in bytes (a Pico's filesystem: about 1.4 MB on MicroPython, 1 MB on CircuitPython). */
  capacity?: number;
  /** CircuitPython: the drive is read-only to code while the computer has it mounted (unless boot.py remounts it). */
  readOnly?: boolean;
  now?: () => number;
}

export class MemoryDrive implements HostFileSystem {
  private nodes = new Map<string, Node>([["/", { kind: "dir", data: new Uint8Array(0), mtime: 0 }]]);
  private listeners = new Set<(change: DriveChange) => void>();
  readonly capacity: number;
  readOnly: boolean;
  private readonly now: () => number;

  constructor(options: MemoryDriveOptions = {}) {
    this.capacity = options.capacity ?? 1441792;
    this.readOnly = options.readOnly ?? false;
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /** CircuitPython's storage.remount: the drive becomes read-only (or writable) to code. */
  remount(readonly: boolean): void {
    this.readOnly = readonly;
  }

  /** Loads project files (paths relative to the drive root, e.g. "lib/foo.py"); folders are created as needed. */
  load(files: { path: string; data?: Uint8Array; kind?: "file" | "dir" }[]): void {
    for (const f of files) {
      const path = normalize("/" + f.path);
      this.ensureParents(path);
      this.nodes.set(path, { kind: f.kind ?? "file", data: f.data ?? new Uint8Array(0), mtime: this.now() });
    }
  }

  /** Replaces every file with a new snapshot of the project (a reload after the user saved files). */
  replaceAll(files: { path: string; data?: Uint8Array; kind?: "file" | "dir" }[]): void {
    this.nodes = new Map([["/", { kind: "dir", data: new Uint8Array(0), mtime: this.now() }]]);
    this.load(files);
  }

  onChange(listener: (change: DriveChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stat(path: string): FileStat | null {
    const node = this.nodes.get(normalize(path));
    return node ? { kind: node.kind, size: node.data.length, mtime: node.mtime } : null;
  }

  readFile(path: string): Uint8Array {
    const node = this.nodes.get(normalize(path));
    if (!node) throw new HostFsError(ENOENT);
    if (node.kind === "dir") throw new HostFsError(EISDIR);
    return node.data;
  }

  writeFile(path: string, data: Uint8Array): void {
    const p = this.writablePath(path);
    const existing = this.nodes.get(p);
    if (existing?.kind === "dir") throw new HostFsError(EISDIR);
    if (this.used() - (existing?.data.length ?? 0) + data.length > this.capacity) throw new HostFsError(ENOSPC);
    this.nodes.set(p, { kind: "file", data: data.slice(), mtime: this.now() });
    this.emit({ kind: "write", path: p.slice(1), data: data.slice() });
  }

  appendFile(path: string, data: Uint8Array): void {
    const p = normalize(path);
    const existing = this.nodes.get(p);
    const old = existing?.kind === "file" ? existing.data : new Uint8Array(0);
    const joined = new Uint8Array(old.length + data.length);
    joined.set(old);
    joined.set(data, old.length);
    this.writeFile(p, joined);
  }

  listDir(path: string): string[] {
    const dir = normalize(path);
    const node = this.nodes.get(dir);
    if (!node) throw new HostFsError(ENOENT);
    if (node.kind !== "dir") throw new HostFsError(ENOTDIR);
    const prefix = dir === "/" ? "/" : dir + "/";
    const names: string[] = [];
    for (const key of this.nodes.keys()) {
      if (key !== dir && key.startsWith(prefix) && !key.slice(prefix.length).includes("/")) names.push(key.slice(prefix.length));
    }
    return names;
  }

  mkdir(path: string): void {
    const p = this.writablePath(path);
    if (this.nodes.has(p)) throw new HostFsError(EEXIST);
    this.nodes.set(p, { kind: "dir", data: new Uint8Array(0), mtime: this.now() });
    this.emit({ kind: "mkdir", path: p.slice(1) });
  }

  remove(path: string): void {
    const p = this.writablePath(path);
    const node = this.nodes.get(p);
    if (!node) throw new HostFsError(ENOENT);
    if (node.kind === "dir") throw new HostFsError(EISDIR);
    this.nodes.delete(p);
    this.emit({ kind: "remove", path: p.slice(1) });
  }

  rmdir(path: string): void {
    const p = this.writablePath(path);
    const node = this.nodes.get(p);
    if (!node) throw new HostFsError(ENOENT);
    if (node.kind !== "dir") throw new HostFsError(ENOTDIR);
    if (p === "/") throw new HostFsError(EINVAL);
    if (this.listDir(p).length) throw new HostFsError(ENOTEMPTY);
    this.nodes.delete(p);
    this.emit({ kind: "remove", path: p.slice(1) });
  }

  rename(from: string, to: string): void {
    const a = this.writablePath(from);
    const b = this.writablePath(to);
    if (!this.nodes.has(a)) throw new HostFsError(ENOENT);
    if (b === a || b.startsWith(a + "/")) throw new HostFsError(EINVAL);
    if (this.nodes.get(b)?.kind === "dir") throw new HostFsError(EEXIST);
    for (const [key, node] of [...this.nodes]) {
      if (key === a || key.startsWith(a + "/")) {
        this.nodes.delete(key);
        this.nodes.set(b + key.slice(a.length), node);
      }
    }
    this.emit({ kind: "rename", from: a.slice(1), to: b.slice(1) });
  }

  usage(): { total: number; free: number } {
    return { total: this.capacity, free: Math.max(0, this.capacity - this.used()) };
  }

  /** Every file and folder, relative to the root (for syncing back to the project). */
  entries(): { path: string; kind: "file" | "dir"; data: Uint8Array }[] {
    return [...this.nodes].filter(([p]) => p !== "/").map(([p, n]) => ({ path: p.slice(1), kind: n.kind, data: n.data }));
  }

  private used(): number {
    // Like a FAT/littlefs drive, every file takes at least one 4 KB block.
    let total = 0;
    for (const node of this.nodes.values()) total += node.kind === "file" ? Math.max(4096, Math.ceil(node.data.length / 4096) * 4096) : 0;
    return total;
  }

  private writablePath(path: string): string {
    if (this.readOnly) throw new HostFsError(EROFS);
    const p = normalize(path);
    const parent = p.slice(0, p.lastIndexOf("/")) || "/";
    const parentNode = this.nodes.get(parent);
    if (!parentNode) throw new HostFsError(ENOENT);
    if (parentNode.kind !== "dir") throw new HostFsError(ENOTDIR);
    return p;
  }

  private ensureParents(path: string): void {
    const parts = path.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = "/" + parts.slice(0, i).join("/");
      if (!this.nodes.has(dir)) this.nodes.set(dir, { kind: "dir", data: new Uint8Array(0), mtime: this.now() });
    }
  }

  private emit(change: DriveChange): void {
    this.listeners.forEach((l) => l(change));
  }
}

/** Resolves "." and ".." and duplicate slashes in an absolute path. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}
