// The Host for running programs in Node: stdout/stderr on file descriptors (written synchronously, so the
// two streams interleave exactly as written), blocking stdin, a real or virtual clock, Ctrl-C through a
// shared flag, and a drive mapped onto a folder of the real file system.
import * as fs from "node:fs";
import * as nodePath from "node:path";
import type { Host, HostFileSystem, FileStat } from "../interpreter/runtime/host";
import { HostFsError } from "../interpreter/runtime/host";

const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  ENOSPC: 28, EROFS: 30, ENOTEMPTY: 39,
};

function fsCall<T>(op: () => T): T {
  try {
    return op();
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new HostFsError(code !== undefined && ERRNO[code] !== undefined ? ERRNO[code] : 5, String(e));
  }
}

const EROFS = 30;

/** The virtual drive: virtual "/a/b" is `root` + "/a/b". */
export class NodeFileSystem implements HostFileSystem {
  /** CircuitPython: the drive is read-only to code while a computer has it (boot.py may remount it). */
  readOnly = false;

  constructor(readonly root: string) {}

  remount(readonly: boolean): void {
    this.readOnly = readonly;
  }

  private writable(): void {
    if (this.readOnly) throw new HostFsError(EROFS, "read-only filesystem");
  }

  /** Drive paths never leave the root: "/../x" is "/x" (normalised before joining). */
  private real(p: string): string {
    return nodePath.join(this.root, nodePath.posix.normalize("/" + p));
  }

  stat(p: string): FileStat | null {
    let s: fs.Stats | undefined;
    try {
      s = fs.statSync(this.real(p), { throwIfNoEntry: false });
    } catch {
      return null; // ENAMETOOLONG, EACCES, ENOTDIR: nothing usable there
    }
    if (s === undefined) return null;
    return { kind: s.isDirectory() ? "dir" : "file", size: s.size, mtime: Math.floor(s.mtimeMs / 1000) };
  }
  readFile(p: string): Uint8Array {
    return fsCall(() => new Uint8Array(fs.readFileSync(this.real(p))));
  }
  writeFile(p: string, data: Uint8Array): void {
    this.writable();
    fsCall(() => fs.writeFileSync(this.real(p), data));
  }
  appendFile(p: string, data: Uint8Array): void {
    this.writable();
    fsCall(() => fs.appendFileSync(this.real(p), data));
  }
  listDir(p: string): string[] {
    return fsCall(() => fs.readdirSync(this.real(p)));
  }
  mkdir(p: string): void {
    this.writable();
    fsCall(() => fs.mkdirSync(this.real(p)));
  }
  remove(p: string): void {
    this.writable();
    fsCall(() => fs.unlinkSync(this.real(p)));
  }
  rmdir(p: string): void {
    this.writable();
    fsCall(() => fs.rmdirSync(this.real(p)));
  }
  rename(from: string, to: string): void {
    this.writable();
    fsCall(() => fs.renameSync(this.real(from), this.real(to)));
  }
}

export interface NodeHostOptions {
  root: string;
  /** Skip sleeps: the clock jumps ahead instead. */
  fast: boolean;
  /** Int32Array over a SharedArrayBuffer: [0] = interrupt requested. */
  signal: Int32Array;
  /** Where output goes (default: file descriptors 1 and 2). */
  write?: (fd: 1 | 2, text: string) => void;
}

/** Output is buffered and flushed on stderr writes, sleeps, input and exit, keeping the streams in order. */
export class NodeHost implements Host {
  readonly fs: HostFileSystem;
  readonly hardware = null;
  private out = "";
  private lastFlush = performance.now();
  private skippedUs = 0;
  private readonly start = performance.now();
  private polls = 0;

  constructor(private readonly options: NodeHostOptions) {
    this.fs = new NodeFileSystem(options.root);
  }

  writeStdout(text: string): void {
    this.out += text;
    if (this.out.length > 8192) this.flush();
  }

  writeStderr(text: string): void {
    this.flush();
    (this.options.write ?? writeAll)(2, text);
  }

  /** Output reaches the terminal at least every 50 ms while a program runs (and before a --timeout kill). */
  onPoll(): void {
    this.polls++;
    if (this.out !== "" && performance.now() - this.lastFlush > 50) this.flush();
  }

  flush(): void {
    this.lastFlush = performance.now();
    if (this.out === "") return;
    const text = this.out;
    this.out = "";
    (this.options.write ?? writeAll)(1, text);
  }

  readStdin(): string | null {
    this.flush();
    const buf = Buffer.alloc(4096);
    for (;;) {
      try {
        const n = fs.readSync(0, buf, 0, buf.length, null);
        return n === 0 ? null : buf.toString("utf8", 0, n);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EAGAIN") {
          Atomics.wait(this.options.signal, 0, 0, 10);
          if (Atomics.load(this.options.signal, 0) !== 0) return null;
          continue;
        }
        if (code === "EOF") return null;
        throw e;
      }
    }
  }

  /**
   * With --fast the clock is virtual and deterministic: skipped sleeps plus 1 ms per interpreter poll (about
   * every 10,000 loop iterations or calls), so a busy machine can't change what timing-sensitive programs
   * (asyncio timeouts, busy-waits on ticks_ms) do.
   */
  ticksUs(): number {
    if (this.options.fast) return this.polls * 1000 + this.skippedUs;
    return Math.floor((performance.now() - this.start) * 1000) + this.skippedUs;
  }

  sleepUs(us: number): void {
    if (us <= 0) return;
    if (this.options.fast) {
      this.skippedUs += us;
      return;
    }
    this.flush();
    // Waits on the interrupt cell: a Ctrl-C (Atomics.notify from the main thread) ends the sleep early.
    Atomics.wait(this.options.signal, 0, 0, us / 1000);
  }

  epochMs(): number {
    return Date.now() + this.skippedUs / 1000;
  }

  checkInterrupt(): boolean {
    if (Atomics.load(this.options.signal, 0) === 0) return false;
    Atomics.store(this.options.signal, 0, 0);
    return true;
  }
}

function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, "utf8");
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      if ((e as { code?: string }).code !== "EAGAIN") throw e;
    }
  }
}
