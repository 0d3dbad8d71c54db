// The public API: an Interpreter runs Python programs on a Host (the worker, the board session, the CLI).
// It owns the builtins, sys.modules/sys.path, the import system and the __main__ module, installs the
// runtime hooks (poll, exec, warnings), and prints uncaught exceptions as MicroPython does.
import type { PyValue, Kw } from "./object";
import { None, typeOf } from "./builtin-types";
import type { Host } from "./host";
import { config } from "./config";
import { runtimeState, POLL_INTERVAL } from "./state";
import {
  PyBaseException, newException, KeyboardInterrupt, SystemExit, raiseTypeError, raiseValueError, isException,
} from "./errors";
import { formatTraceback, toPyExc, InterpreterAbort, internalErrors } from "./traceback";
import { compileSource, type CompileMode } from "./compile-source";
import { Importer } from "./imports";
import { globalsDictOf, namespaceOfDict } from "./globals-dict";
import { newAttrDict, type AttrDict } from "./attr-dict";
import { dirname, joinPath } from "./paths";
import { PyCode } from "./code-object";
import { registerStandardModules } from "./standard-modules";
import { PyModule } from "../types/module";
import { PyDict } from "../types/dict";
import { PyList } from "../types/list";
import { createBuiltins } from "../modules/builtins";
import { prepareLibraryModules, openBuiltin, streamWriteText, readStdinLine, runScheduledCallbacks } from "../modules/register";
import { currentDir, setCurrentDir } from "../modules/os/paths";
import { pollHardware, softResetHardware } from "../hardware/index";
import { repr } from "./protocol";

export interface InterpreterOptions {
  flavor?: "micropython" | "circuitpython";
  /** The Pico's default is single precision; the conformance corpus runs in double. */
  floatPrecision?: "single" | "double";
  /** The board simulated (a CircuitPython board id from hardware/boards; default the Raspberry Pi Pico). */
  board?: string;
  argv?: string[];
  /** Print the JS stack of internal errors (development). */
  debug?: boolean;
  /**
   * Print uncaught exceptions to stderr (default). The board's raw REPL sets this to false: it frames the
   * traceback itself (after the output's \x04), taking it from RunResult.exception.
   */
  printUncaught?: boolean;
  /**
   * Print MicroPython's warnings ("Warning: exception chaining not supported") on stderr. The unix port does,
   * the rp2 port doesn't: default on with double-precision floats (unix-like runs), off with the Pico's single.
   */
  warnings?: boolean;
}

export interface RunResult {
  /** "ok": ran to the end; "exit": SystemExit; "exception": an uncaught exception (already printed). */
  status: "ok" | "exit" | "exception";
  exitCode: number;
  exception: PyBaseException | null;
}

export class Interpreter {
  readonly modules = new PyDict();
  readonly path: PyList;
  readonly builtins: AttrDict;
  readonly builtinsModule: PyModule;
  readonly importer: Importer;
  private main: PyModule;
  private readonly consoleStdout: PyValue;

  constructor(
    readonly host: Host,
    readonly options: InterpreterOptions = {},
  ) {
    config.singlePrecision = (options.floatPrecision ?? "single") === "single";
    config.flavor = options.flavor ?? "micropython";
    config.board = options.board ?? "raspberry_pi_pico";
    registerStandardModules(() => ({ argv: options.argv ?? [], modules: this.modules, path: this.path }));
    this.path = new PyList(config.flavor === "circuitpython" ? ["", "/", ".frozen", "/lib"] : ["", ".frozen", "/lib"]);
    this.activate();
    const { namespace, module } = createBuiltins({
      print: (text, file) => this.print(text, file),
      readLine: (prompt) => this.readLine(prompt),
      compile: (source, filename, mode) => this.compileBuiltin(source, filename, mode),
      exec: (isEval, args, kw, g, l) => this.execBuiltin(isEval, args, kw, g, l),
      importModule: (name, fromlist, level) => this.dunderImport(name, fromlist, level),
      mainGlobals: () => globalsDictOf(this.main.$dict),
      open: openBuiltin,
    });
    this.builtins = namespace;
    this.builtinsModule = module;
    this.activate();
    this.modules.setStr("builtins", module);
    this.importer = new Importer(() => this.host.fs, this.modules, this.path, (src, file, mod) => this.execInModule(src, file, mod), () => currentDir());
    runtimeState.importer = this.importer;
    const sys = this.importer.load("sys");
    this.consoleStdout = sys.$dict.stdout;
    this.main = this.newMainModule();
  }

  /** Makes this interpreter the one the runtime's global hooks talk to (one runs at a time per thread). */
  activate(): void {
    runtimeState.pollHook = () => this.poll();
    const warnings = this.options.warnings ?? this.options.floatPrecision === "double";
    runtimeState.warnHook = warnings ? (msg) => this.host.writeStderr(`Warning: ${msg}\n`) : () => {};
    runtimeState.execHook = (isEval, args, kw, g, l) => this.execBuiltin(isEval, args, kw, g, l);
    runtimeState.displayHook = (v) => {
      this.builtins._ = v;
      this.print(repr(v) + "\n", None);
    };
    if (this.builtins !== undefined) {
      runtimeState.builtinLocals = this.builtins.locals;
      runtimeState.builtinGlobals = this.builtins.globals;
      runtimeState.builtinExec = this.builtins.exec;
      runtimeState.builtinEval = this.builtins.eval;
      runtimeState.builtinImport = this.builtins.__import__;
      runtimeState.builtinBuildClass = this.builtins.__build_class__;
      runtimeState.importer = this.importer;
    }
    prepareLibraryModules(this.host, () => this.poll());
  }

  private newMainModule(): PyModule {
    const main = new PyModule("__main__");
    this.modules.setStr("__main__", main);
    return main;
  }

  /** The __main__ module's namespace (the REPL's globals). */
  get mainGlobals(): AttrDict {
    return this.main.$dict;
  }

  // ---------- running ----------

  /** Runs source as the __main__ module (a fresh one). Uncaught exceptions are printed to stderr. */
  runModule(source: string, filename = "<stdin>"): RunResult {
    this.activate();
    this.main = this.newMainModule();
    if (filename !== "<stdin>") this.main.$dict.__file__ = filename;
    return this.guard(() => this.execInModule(source, filename, this.main));
  }

  /** Runs a file of the virtual drive as __main__, with its folder as the current directory. */
  runMain(path: string): RunResult {
    this.activate();
    const fs = this.host.fs;
    if (fs === null) throw new Error("runMain: the host has no file system");
    const abs = path.startsWith("/") ? path : joinPath(currentDir(), path);
    setCurrentDir(dirname(abs));
    if (this.path.items[0] === "" && dirname(abs) !== "/") this.path.items[0] = dirname(abs);
    let source: string;
    try {
      source = new TextDecoder().decode(fs.readFile(abs));
    } catch {
      this.host.writeStderr(`can't open file '${path}': [Errno 2] ENOENT\n`);
      return { status: "exception", exitCode: 1, exception: null };
    }
    this.main = this.newMainModule();
    const name = abs.slice(abs.lastIndexOf("/") + 1);
    this.main.$dict.__file__ = name;
    return this.guard(() => this.execInModule(source, name, this.main));
  }

  /** One REPL entry in the persistent __main__ module: expression values are echoed. */
  runRepl(source: string): RunResult {
    this.activate();
    return this.guard(() => {
      const code = compileSource(source, "<stdin>", "single");
      code.run(this.main.$dict, this.builtins);
    });
  }

  /** Runs source in the persistent __main__ module as a whole file (the raw REPL and paste mode). */
  runInMain(source: string, filename = "<stdin>"): RunResult {
    this.activate();
    return this.guard(() => this.execInModule(source, filename, this.main));
  }

  /** Runs `fn`, printing an uncaught exception (except SystemExit) as a traceback on stderr. */
  private guard(fn: () => void): RunResult {
    runtimeState.budget = POLL_INTERVAL;
    runtimeState.handling = null;
    try {
      fn();
      return { status: "ok", exitCode: 0, exception: null };
    } catch (e) {
      if (e instanceof InterpreterAbort) throw e;
      const exc = toPyExc(e);
      if (exc.$type.isSubtypeOf(SystemExit)) return { status: "exit", exitCode: this.exitCode(exc), exception: exc };
      if (this.options.printUncaught !== false) this.host.writeStderr(this.formatException(exc));
      const internal = internalErrors.get(exc);
      if (internal instanceof Error && this.options.debug) this.host.writeStderr(`${internal.stack}\n`);
      return { status: "exception", exitCode: 1, exception: exc };
    }
  }

  private exitCode(exc: PyBaseException): number {
    const arg = exc.args.length > 0 ? exc.args[0] : None;
    if (arg === None) return 0;
    if (typeof arg === "number") return arg;
    if (typeof arg === "boolean") return arg ? 1 : 0;
    this.host.writeStderr(`${typeof arg === "string" ? arg : repr(arg)}\n`);
    return 1;
  }

  formatException(exc: PyValue): string {
    return formatTraceback(exc);
  }

  /** Compiles and runs source in a module's namespace (the main program and imported .py files). */
  private execInModule(source: string, filename: string, module: PyModule): void {
    const code = compileSource(source, filename, "exec");
    code.run(module.$dict, this.builtins);
  }

  // ---------- hooks ----------

  private poll(): void {
    if (this.host.checkInterrupt()) throw newException(KeyboardInterrupt);
    this.host.onPoll?.();
    runScheduledCallbacks();
    pollHardware();
  }

  private print(text: string, file: PyValue): void {
    if (file === None || file === this.consoleStdout) {
      const sys = this.modules.getStr("sys") as PyModule | undefined;
      const stdout = sys?.$dict.stdout ?? this.consoleStdout;
      if (stdout === this.consoleStdout) this.host.writeStdout(text);
      else streamWriteText(stdout, text);
    } else {
      streamWriteText(file, text);
    }
  }

  private readLine(prompt: string): string | null {
    if (prompt !== "") this.print(prompt, None);
    const line = readStdinLine();
    if (line === "") return null;
    return line.endsWith("\n") ? line.slice(0, -1) : line;
  }

  /** `__import__(name, globals, locals, fromlist, level)`: the top package, or the module itself with a fromlist. */
  private dunderImport(name: string, fromlist: PyValue, level: number): PyValue {
    const items = (fromlist as { items?: PyValue[] }).items;
    const hasFrom = fromlist !== None && fromlist !== false && (items === undefined || items.length > 0);
    if (level > 0 || hasFrom) return this.importer.importFrom(name, level, [], runtimeState.importGlobals ?? this.main.$dict);
    return this.importer.importModule(name, this.main.$dict, false);
  }

  // ---------- exec / eval / compile ----------

  private compileBuiltin(source: PyValue, filename: string, mode: string): PyValue {
    if (mode !== "exec" && mode !== "eval" && mode !== "single") return raiseValueError("bad compile mode");
    const text = sourceText(source);
    return new PyCode(compileSource(text, filename, mode as CompileMode), mode as CompileMode);
  }

  private execBuiltin(isEval: boolean, args: PyValue[], kw: Kw | null, callerGlobals: AttrDict | null, callerLocals: PyValue | null): PyValue {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length < 1 || args.length > 3) raiseTypeError(`function takes from 1 to 3 positional arguments`);
    const [source, globalsArg = None, localsArg = None] = args;
    const code = source instanceof PyCode ? source.compiled : compileSource(sourceText(source), "<string>", isEval ? "eval" : "exec");
    if (globalsArg !== None && !(globalsArg instanceof PyDict)) raiseTypeError("globals must be a dict");
    if (localsArg !== None && !isMapping(localsArg)) raiseTypeError("locals must be a mapping");
    const defaultGlobals = callerGlobals ?? this.main.$dict;
    let ns: AttrDict;
    let writeBack: ((ns: AttrDict) => void) | null = null;
    if (globalsArg === None) ns = defaultGlobals;
    else {
      const direct = namespaceOfDict(globalsArg as PyDict);
      if (direct !== null) ns = direct;
      else {
        ns = namespaceFromDict(globalsArg as PyDict);
        writeBack = (n) => copyNamespaceTo(n, globalsArg as PyDict);
      }
    }
    const locals = localsArg !== None ? localsArg : globalsArg === None ? callerLocals : None;
    if (locals !== None && locals !== null && locals instanceof PyDict && namespaceOfDict(locals) !== ns) {
      // A separate locals mapping: run in a merged namespace, then store new and changed names into locals.
      const merged = newAttrDict();
      Object.assign(merged, ns);
      for (const [k, v] of locals.entries()) if (typeof k === "string") merged[k] = v;
      const result = code.run(merged, this.builtins);
      for (const k of Object.keys(merged)) if (merged[k] !== ns[k] || locals.has(k)) locals.set(k, merged[k]);
      writeBack?.(ns);
      return isEval ? result : None;
    }
    const result = code.run(ns, this.builtins);
    writeBack?.(ns);
    return isEval ? result : None;
  }
}

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || typeOf(v).slots.getitem !== undefined;
}

function sourceText(source: PyValue): string {
  if (typeof source === "string") return source;
  const buffer = typeOf(source).slots.buffer;
  if (buffer !== undefined) return new TextDecoder().decode(buffer(source));
  return raiseTypeError("exec() arg 1 must be a string, bytes or code object");
}

function namespaceFromDict(d: PyDict): AttrDict {
  const ns = newAttrDict();
  for (const [k, v] of d.entries()) if (typeof k === "string") ns[k] = v;
  return ns;
}

function copyNamespaceTo(ns: AttrDict, d: PyDict): void {
  for (const k of Object.keys(ns)) d.setStr(k, ns[k]);
}

export { isException, softResetHardware };
