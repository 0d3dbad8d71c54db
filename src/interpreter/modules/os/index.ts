// The `os` module on the virtual drive: files and directories, the current directory, uname, urandom
// (and getenv reading settings.toml on CircuitPython).
import { STOP, type PyValue } from "../../runtime/object";
import { None, makeBuiltinType } from "../../runtime/builtin-types";
import { raiseOSError } from "../../runtime/errors";
import { config } from "../../runtime/config";
import { builtinFunction } from "../../runtime/function";
import { PyObject } from "../../runtime/object";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PyModule } from "../../types/module";
import { newBytes } from "../../types/bytes";
import { onDrive } from "../host-ref";
import { makeAttrTuple } from "../attrtuple";
import { intArg, strArg } from "../args";
import { currentDir, resolvePath, setCurrentDir } from "./paths";
import { settingsValue } from "./settings";
import { boardIdentity } from "../sys/identity";
import { addDupterm } from "./dupterm";

const S_IFDIR = 0x4000;
const S_IFREG = 0x8000;
const ENOENT = 2;
const EEXIST = 17;
/** Filesystem block size: littlefs on MicroPython, FAT sectors (one per cluster) on CircuitPython. */
const blockSize = (): number => (config.flavor === "circuitpython" ? 512 : 4096);

function pathArg(v: PyValue | undefined): string {
  return v === undefined ? currentDir() : resolvePath(strArg(v));
}

function stat(pathValue: PyValue): PyValue {
  const path = pathArg(pathValue);
  const st = onDrive((fs) => fs.stat(path)) ?? raiseOSError(ENOENT);
  const mode = st.kind === "dir" ? S_IFDIR : S_IFREG;
  const size = st.kind === "dir" ? 0 : st.size;
  return new PyTuple([mode, 0, 0, 0, 0, 0, size, st.mtime, st.mtime, st.mtime]);
}

function statvfs(): PyValue {
  const usage = onDrive((fs) => fs.usage?.()) ?? { total: 848 * 1024, free: 840 * 1024 };
  const block = blockSize();
  const blocks = Math.floor(usage.total / block);
  const free = Math.floor(usage.free / block);
  return new PyTuple([block, block, blocks, free, free, 0, 0, 0, 0, 255]);
}

/** The (name, type, inode, size) entries ilistdir yields, as littlefs does. */
function directoryEntries(pathValue?: PyValue): PyTuple[] {
  const path = pathArg(pathValue);
  return onDrive((fs) => {
    if (fs.stat(path)?.kind !== "dir") raiseOSError(ENOENT);
    return fs.listDir(path).map((name) => {
      const st = fs.stat(path === "/" ? "/" + name : path + "/" + name);
      const isDir = st?.kind === "dir";
      return new PyTuple([name, isDir ? S_IFDIR : S_IFREG, 0, isDir ? 0 : (st?.size ?? 0)]);
    });
  });
}

const listIteratorType = makeBuiltinType("iterator");
listIteratorType.isBaseType = false;
class PyEntryIterator extends PyObject {
  private i = 0;
  constructor(private readonly entries: PyValue[]) {
    super(listIteratorType);
  }
  next(): PyValue | typeof STOP {
    return this.i < this.entries.length ? this.entries[this.i++] : STOP;
  }
}
listIteratorType.defineSlots({ iter: (self: PyEntryIterator) => self, next: (self: PyEntryIterator) => self.next() });

function chdir(pathValue: PyValue): PyValue {
  const path = pathArg(pathValue);
  if (onDrive((fs) => fs.stat(path))?.kind !== "dir") raiseOSError(ENOENT);
  setCurrentDir(path);
  return None;
}

function urandom(n: PyValue): PyValue {
  const count = intArg(n);
  const out = new Uint8Array(Math.max(0, count));
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(Math.random() * 256);
  return newBytes(out);
}

const drivePath = (op: (path: string) => void) => (p: PyValue) => {
  op(pathArg(p));
  return None;
};

export function createOsModule(): PyModule {
  const m = new PyModule("os");
  const id = boardIdentity();
  m.set("sep", "/");
  m.set("uname", builtinFunction("uname", 0, 0, () =>
    makeAttrTuple(["sysname", "nodename", "release", "version", "machine"], [id.sysname, id.sysname, id.release, id.unameVersion, id.machine])));
  m.set("urandom", builtinFunction("urandom", 1, 1, urandom));
  m.set("getcwd", builtinFunction("getcwd", 0, 0, () => currentDir()));
  m.set("chdir", builtinFunction("chdir", 1, 1, chdir));
  m.set("listdir", builtinFunction("listdir", 0, 1, (p?: PyValue) => new PyList(directoryEntries(p).map((e) => e.items[0]))));
  m.set("ilistdir", builtinFunction("ilistdir", 0, 1, (p?: PyValue) => new PyEntryIterator(directoryEntries(p))));
  m.set("stat", builtinFunction("stat", 1, 1, stat));
  m.set("statvfs", builtinFunction("statvfs", 1, 1, () => statvfs()));
  m.set("mkdir", builtinFunction("mkdir", 1, 1, drivePath((path) => onDrive((fs) => {
    if (fs.stat(path) !== null) raiseOSError(EEXIST);
    fs.mkdir(path);
  }))));
  m.set("rmdir", builtinFunction("rmdir", 1, 1, drivePath((path) => onDrive((fs) => fs.rmdir(path)))));
  const remove = builtinFunction("remove", 1, 1, drivePath((path) => onDrive((fs) => {
    if (fs.stat(path) === null) raiseOSError(ENOENT);
    fs.remove(path);
  })));
  m.set("remove", remove);
  m.set("unlink", remove);
  m.set("rename", builtinFunction("rename", 2, 2, (a: PyValue, b: PyValue) => {
    const from = pathArg(a);
    const to = pathArg(b);
    onDrive((fs) => fs.rename(from, to));
    return None;
  }));
  m.set("sync", builtinFunction("sync", 0, 0, () => None));
  if (config.flavor === "micropython") addDupterm(m);
  if (config.flavor === "circuitpython") {
    m.set("getenv", builtinFunction("getenv", 1, 2, (key: PyValue, dflt?: PyValue) =>
      settingsValue(strArg(key)) ?? dflt ?? None));
  }
  return m;
}
