// The import system (MicroPython semantics): sys.modules cache, registered native/frozen modules, .py files
// and packages (`__init__.py` or a bare directory) found along sys.path on the virtual drive, relative imports.
import type { PyValue } from "./object";
import { None } from "./builtin-types";
import { raiseImportError, newException, ImportError } from "./errors";
import type { HostFileSystem } from "./host";
import { PyModule } from "../types/module";
import { PyDict } from "../types/dict";
import { PyList } from "../types/list";
import { lookupAttr } from "./attributes";
import { findRegisteredModule } from "./native-modules";
import { joinPath } from "./paths";
import { checkQstr } from "./qstr";

/** Compiles and runs Python source in a module's namespace (provided by the Interpreter). */
export type ModuleRunner = (source: string, filename: string, module: PyModule) => void;

interface FoundFile {
  file: string;
  /** For packages: the package directory (its __path__). */
  packageDir: string | null;
}

export class Importer {
  constructor(
    private readonly fs: () => HostFileSystem | null,
    readonly modules: PyDict,
    readonly path: PyList,
    private readonly run: ModuleRunner,
    private readonly cwd: () => string,
  ) {}

  /** `import a.b.c [as x]`: loads every prefix; returns `a` (or `a.b.c` with `as`). */
  importModule(name: string, _globals: Record<string, PyValue>, asName: boolean): PyValue {
    checkQstr(name);
    const parts = name.split(".");
    let top: PyModule | null = null;
    let current: PyModule | null = null;
    for (let i = 1; i <= parts.length; i++) {
      current = this.load(parts.slice(0, i).join("."));
      if (top === null) top = current;
    }
    return asName ? current! : top!;
  }

  /** `from <level dots><module> import names`: the module, with submodules named in `names` loaded. */
  importFrom(module: string, level: number, names: string[], globals: Record<string, PyValue>): PyModule {
    const full = level > 0 ? resolveRelative(module, level, globals) : module;
    const parts = full.split(".");
    let mod: PyModule | null = null;
    for (let i = 1; i <= parts.length; i++) mod = this.load(parts.slice(0, i).join("."));
    // MicroPython: a name missing from a package is imported as its submodule (errors propagate).
    if (mod!.$dict.__path__ !== undefined) {
      for (const name of names) {
        if (name === "*" || lookupAttr(mod!, name) !== undefined) continue;
        // A submodule still being imported (a circular `from . import core`) is found in sys.modules, as on the board.
        mod!.$dict[name] = this.load(`${full}.${name}`);
      }
    }
    return mod!;
  }

  /** A module by absolute dotted name, loading it on first use. */
  load(full: string): PyModule {
    const cached = this.modules.getStr(full);
    if (cached !== undefined && cached !== None) return cached as PyModule;
    const dot = full.lastIndexOf(".");
    const parent = dot >= 0 ? this.load(full.slice(0, dot)) : null;
    const shortName = full.slice(dot + 1);
    const registered = findRegisteredModule(full);
    let mod: PyModule | null = null;
    if (registered !== undefined && !registered.entry.weak) mod = this.loadRegistered(full, registered.entry);
    if (mod === null) {
      const found = this.findFile(shortName, parent);
      if (found !== null) mod = this.loadFile(full, found);
      else if (registered !== undefined) mod = this.loadRegistered(full, registered.entry);
    }
    if (mod === null) return raiseImportError(`no module named '${full}'`);
    if (parent !== null) parent.$dict[shortName] = mod;
    return mod;
  }

  private loadRegistered(full: string, entry: NonNullable<ReturnType<typeof findRegisteredModule>>["entry"]): PyModule {
    if (entry.kind === "native") {
      const mod = entry.factory!();
      mod.readonly = true;
      this.modules.setStr(full, mod);
      return mod;
    }
    return this.execute(full, entry.source!, `<frozen ${full}>`, null);
  }

  private searchDirs(parent: PyModule | null): string[] {
    if (parent !== null) {
      const p = parent.$dict.__path__;
      return typeof p === "string" ? [p] : [];
    }
    const dirs: string[] = [];
    for (const entry of this.path.items) {
      if (typeof entry !== "string" || entry === ".frozen") continue;
      dirs.push(entry === "" ? this.cwd() : entry.startsWith("/") ? entry : joinPath(this.cwd(), entry));
    }
    return dirs;
  }

  private findFile(name: string, parent: PyModule | null): FoundFile | null {
    const fs = this.fs();
    if (fs === null) return null;
    for (const dir of this.searchDirs(parent)) {
      const base = joinPath(dir, name);
      const dirStat = fs.stat(base);
      if (dirStat?.kind === "dir") {
        const init = joinPath(base, "__init__.py");
        return { file: fs.stat(init)?.kind === "file" ? init : "", packageDir: base };
      }
      const file = base + ".py";
      if (fs.stat(file)?.kind === "file") return { file, packageDir: null };
      // As on a board, a .mpy is found in its folder when no .py is there; the simulator can't run it (below).
      if (fs.stat(base + ".mpy")?.kind === "file") return { file: base + ".mpy", packageDir: null };
    }
    return null;
  }

  private loadFile(full: string, found: FoundFile): PyModule {
    if (found.file.endsWith(".mpy")) {
      return raiseImportError(
        `can't import '${full}' from ${found.file}: .mpy files (compiled MicroPython) can't run in the simulator yet. ` +
          `Add the library's .py version to ${found.file.slice(0, found.file.lastIndexOf("/") + 1) || "/"} (library bundles have a py folder).`,
      );
    }
    const fs = this.fs()!;
    const source = found.file === "" ? "" : new TextDecoder().decode(fs.readFile(found.file));
    return this.execute(full, source, found.file, found.packageDir);
  }

  private execute(full: string, source: string, file: string, packageDir: string | null): PyModule {
    const mod = new PyModule(full);
    if (file !== "" && !file.startsWith("<")) mod.$dict.__file__ = file;
    if (packageDir !== null) mod.$dict.__path__ = packageDir;
    this.modules.setStr(full, mod);
    try {
      if (source !== "") this.run(source, file, mod);
    } catch (e) {
      this.modules.deleteStr(full);
      throw e;
    }
    return mod;
  }
}

/** `from ..a import b` inside package module `globals`: the absolute name. */
function resolveRelative(module: string, level: number, globals: Record<string, PyValue>): string {
  const name = globals.__name__;
  if (typeof name !== "string") return raiseImportError("can't perform relative import");
  let pkg = globals.__path__ !== undefined ? name : name.slice(0, Math.max(0, name.lastIndexOf(".")));
  for (let i = 1; i < level; i++) pkg = pkg.slice(0, Math.max(0, pkg.lastIndexOf(".")));
  if (pkg === "" || name === "__main__") return raiseImportError("can't perform relative import");
  return module === "" ? pkg : `${pkg}.${module}`;
}

/** `from m import name`: the attribute, or ImportError. */
export function importName(mod: PyValue, name: string): PyValue {
  const v = lookupAttr(mod, name);
  if (v === undefined) {
    const exc = newException(ImportError, `can't import name ${name}`);
    // As for board.X: `from board import SCL` on a Pico gets the Pico's equivalent under the traceback.
    const hint = (mod as { missingAttributeHint?: (name: string) => string }).missingAttributeHint?.(name);
    if (hint) exc.hint = hint;
    throw exc;
  }
  return v;
}

/** `from m import *`: public names (or `__all__`). */
export function importStar(mod: PyValue, globals: Record<string, PyValue>): void {
  if (!(mod instanceof PyModule)) return;
  const all = mod.$dict.__all__;
  const names = all instanceof PyList ? all.items.filter((n): n is string => typeof n === "string") : Object.keys(mod.$dict).filter((n) => !n.startsWith("_"));
  for (const n of names) {
    const v = mod.$dict[n];
    if (v !== undefined) globals[n] = v;
  }
}
