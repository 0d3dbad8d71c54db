// The interpreter package's public surface (used by the worker, the board session and the CLI).
export { Interpreter, type InterpreterOptions, type RunResult } from "./runtime/interpreter";
export type { Host, HostFileSystem, FileStat } from "./runtime/host";
export { HostFsError, makeMemoryHost } from "./runtime/host";
export { InterpreterAbort, formatTraceback } from "./runtime/traceback";
export { registerNativeModule, registerFrozenModule, registerModuleAlias } from "./runtime/native-modules";
export { compileSource } from "./runtime/compile-source";
