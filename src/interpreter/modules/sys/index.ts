// The `sys` module: path, modules, argv, implementation, platform, stdio streams, exit, print_exception.
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, SystemExit } from "../../runtime/errors";
import { config } from "../../runtime/config";
import { builtinFunction, builtinFunctionKw, checkArity } from "../../runtime/function";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PyDict } from "../../types/dict";
import { PyModule } from "../../types/module";
import { makeAttrTuple } from "../attrtuple";
import { streamWriteText } from "../io/stream-ops";
import { boardIdentity } from "./identity";
import { makeConsoleStreams, type PyConsoleStream } from "./console";
import { formatException, requireException } from "./print-exception";
import { strArg } from "../args";

export { readStdinLine, readStdin, resetStdin } from "./console";
export { formatException } from "./print-exception";

function printException(stdout: PyConsoleStream) {
  return builtinFunctionKw("print_exception", (args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 1, 2, false);
    const exc = requireException(args[0]);
    const file = args[1] ?? kw?.get("file") ?? stdout;
    const text = formatException(exc);
    if (file === stdout) stdout.write(text);
    else streamWriteText(file, text);
    return None;
  });
}

/** sys.path as on the boards: CircuitPython also searches "/". */
export function defaultPath(): PyValue[] {
  return config.flavor === "circuitpython" ? ["", "/", ".frozen", "/lib"] : ["", ".frozen", "/lib"];
}

export interface SysOptions {
  argv?: string[];
  /** The importer's module cache and search path, so that sys.modules/sys.path are the live ones. */
  modules?: PyDict;
  path?: PyList;
}

export function createSysModule(options: SysOptions = {}): PyModule {
  const id = boardIdentity();
  const streams = makeConsoleStreams();
  const m = new PyModule("sys");
  m.set("path", options.path ?? new PyList(defaultPath()));
  m.set("modules", options.modules ?? new PyDict());
  m.set("argv", new PyList(options.argv ?? []));
  m.set("byteorder", "little");
  m.set("maxsize", 2147483647);
  m.set("platform", config.flavor === "circuitpython" ? "RP2040" : "rp2");
  m.set("version", id.sysVersion);
  m.set("version_info", new PyTuple([3, 4, 0]));
  m.set("implementation", makeAttrTuple(
    ["name", "version", "_machine", "_mpy", "_build"],
    [id.implementation, new PyTuple([...id.version, ""]), id.machine, id.mpy, id.build],
  ));
  m.set("stdin", streams.stdin);
  m.set("stdout", streams.stdout);
  m.set("stderr", streams.stderr);
  m.set("ps1", ">>> ");
  m.set("ps2", "... ");
  m.set("exit", builtinFunction("exit", 0, 1, (code?: PyValue) => {
    throw code === undefined ? newException(SystemExit) : newException(SystemExit, code);
  }));
  m.set("print_exception", printException(streams.stdout));
  m.set("intern", builtinFunction("intern", 1, 1, (s: PyValue) => strArg(s)));
  return m;
}
