// Helpers for the modules' unit tests: a Host with a virtual clock and an in-memory drive, and error capture.
import { HostFsError, type FileStat, type Host, type HostFileSystem } from "../runtime/host";
import { isException } from "../runtime/errors";
import { prepareLibraryModules } from "./register";

/** An in-memory drive with directories. */
export function memoryDrive(): HostFileSystem & { files: Map<string, Uint8Array>; dirs: Set<string> } {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>(["/"]);
  const parentOf = (p: string) => p.slice(0, Math.max(1, p.lastIndexOf("/")));
  const fail = (errno: number): never => {
    throw new HostFsError(errno);
  };
  const drive = {
    files,
    dirs,
    stat: (p: string): FileStat | null =>
      dirs.has(p) ? { kind: "dir", size: 0, mtime: 1 } : files.has(p) ? { kind: "file", size: files.get(p)!.length, mtime: 2 } : null,
    readFile: (p: string) => files.get(p)?.slice() ?? fail(2),
    writeFile: (p: string, d: Uint8Array) => {
      if (!dirs.has(parentOf(p))) fail(2);
      files.set(p, d.slice());
    },
    appendFile: (p: string, d: Uint8Array) => {
      const old = files.get(p) ?? new Uint8Array(0);
      const both = new Uint8Array(old.length + d.length);
      both.set(old);
      both.set(d, old.length);
      drive.writeFile(p, both);
    },
    listDir: (p: string) => {
      const prefix = p === "/" ? "/" : p + "/";
      return [...dirs, ...files.keys()]
        .filter((k) => k !== p && k.startsWith(prefix) && !k.slice(prefix.length).includes("/"))
        .map((k) => k.slice(prefix.length));
    },
    mkdir: (p: string) => void (dirs.has(p) ? fail(17) : dirs.add(p)),
    remove: (p: string) => void (files.delete(p) || fail(2)),
    rmdir: (p: string) => void (drive.listDir(p).length > 0 ? fail(39) : dirs.delete(p) || fail(2)),
    rename: (a: string, b: string) => {
      const d = files.get(a) ?? fail(2);
      files.delete(a);
      files.set(b, d);
    },
  };
  return drive;
}

/** A Host with a virtual clock (sleeps advance it), captured output and scripted stdin. */
export function testHost(stdin: string[] = []): Host & { out: string[]; err: string[]; clockUs: number } {
  const host = {
    out: [] as string[],
    err: [] as string[],
    clockUs: 1_000_000,
    writeStdout: (t: string) => void host.out.push(t),
    writeStderr: (t: string) => void host.err.push(t),
    readStdin: () => stdin.shift() ?? null,
    ticksUs: () => host.clockUs,
    sleepUs: (us: number) => void (host.clockUs += us),
    epochMs: () => 1_700_000_000_000,
    checkInterrupt: () => false,
    fs: memoryDrive() as HostFileSystem | null,
    hardware: null,
  };
  return host;
}

/** Installs a fresh test Host for the modules and returns it. */
export function useTestHost(stdin: string[] = []): ReturnType<typeof testHost> {
  const host = testHost(stdin);
  prepareLibraryModules(host, () => undefined);
  return host;
}

/** "Type(arg, ...)" of the Python exception `f` raises, or "no error". */
export function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}(${e.args.map(String).join(", ")})`;
    throw e;
  }
  return "no error";
}
