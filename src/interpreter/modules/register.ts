// Registers the library modules (re, json, time, os, sys, asyncio...) with the interpreter's module registry,
// and prepares their per-run state. The Interpreter calls both; see runtime/native-modules.ts.
import type { Host } from "../runtime/host";
import { registerNativeModule, registerFrozenModule, registerModuleAlias } from "../runtime/native-modules";
import type { PyModule } from "../types/module";
import { setModuleHost, setPollHook } from "./host-ref";
import { resetPaths } from "./os/paths";
import { resetStdin } from "./sys/console";
import { resetScheduler, heapModel } from "./micropython";
import { createReModule } from "./re";
import { createJsonModule } from "./json";
import { createHashlibModule } from "./hashlib";
import { createRandomModule, reseedRandom } from "./random";
import { createTimeModule } from "./time";
import { createOsModule } from "./os";
import { createIoModule } from "./io";
import { createErrnoModule } from "./errno";
import { createSysModule, type SysOptions } from "./sys";
import { createGcModule } from "./gc";
import { createMicropythonModule } from "./micropython";
import { createSelectModule } from "./select";
import { createFramebufModule } from "./framebuf";
import { createUctypesModule } from "./uctypes";
import { ASYNCIO_SOURCE } from "./asyncio";
import { DISPLAYIO_MODULES } from "./displayio";
import { AUDIO_MODULES } from "./audio";
import { createWarningsModule } from "./warnings";
import { createTracebackModule } from "./traceback";
import { createSdcardioModule } from "./sdcardio";
import { createThreadModule } from "./thread";
import { config } from "../runtime/config";
import { raiseImportError } from "../runtime/errors";

/** Modules a same-named .py file on sys.path may replace (MicroPython's "extensible" modules). */
const WEAK: Record<string, () => PyModule> = {
  re: createReModule,
  json: createJsonModule,
  hashlib: createHashlibModule,
  random: createRandomModule,
  time: createTimeModule,
  os: createOsModule,
  io: createIoModule,
  errno: createErrnoModule,
  select: createSelectModule,
};

const STRONG: Record<string, () => PyModule> = {
  gc: createGcModule,
  micropython: createMicropythonModule,
  framebuf: createFramebufModule,
  uctypes: createUctypesModule,
};

/**
 * Registers every library module. `sysOptions` is read when `sys` is first imported (the interpreter passes
 * its importer's modules dict and path list, and argv).
 */
export function registerLibraryModules(sysOptions: () => SysOptions): void {
  for (const [name, factory] of Object.entries(WEAK)) {
    registerNativeModule(name, factory, { weak: true });
    registerModuleAlias("u" + name, name); // MicroPython still accepts the old u-prefixed names
  }
  for (const [name, factory] of Object.entries(STRONG)) registerNativeModule(name, factory);
  registerNativeModule("sys", () => createSysModule(sysOptions()));
  registerModuleAlias("usys", "sys");
  registerAsyncio();
  registerCircuitPythonLibraries();
  registerNativeModule("_thread", () => (config.flavor === "micropython" ? createThreadModule() : raiseImportError("no module named '_thread'")));
}

/** CircuitPython's own modules that aren't hardware: importable only on that flavour (the registry outlives a run). */
function registerCircuitPythonLibraries(): void {
  const modules: Record<string, () => PyModule> = {
    ...DISPLAYIO_MODULES, ...AUDIO_MODULES, warnings: createWarningsModule, traceback: createTracebackModule, sdcardio: createSdcardioModule,
  };
  for (const [name, factory] of Object.entries(modules)) {
    registerNativeModule(name, () => (config.flavor === "circuitpython" ? factory() : raiseImportError(`no module named '${name}'`)));
  }
}

/**
 * MicroPython's rp2 firmware freezes asyncio. CircuitPython's has only the native _asyncio: asyncio is the
 * bundle library in /lib, so there the name imports only from a file (and is missing without one).
 */
function registerAsyncio(): void {
  if (config.flavor === "circuitpython") {
    registerNativeModule("asyncio", () => raiseImportError("no module named 'asyncio'"), { weak: true });
    return;
  }
  registerFrozenModule("asyncio", ASYNCIO_SOURCE);
  registerModuleAlias("uasyncio", "asyncio");
}

/**
 * Gives the modules their Host and the interpreter's poll, and resets per-run state (current directory,
 * buffered stdin, scheduled callbacks, the heap model). Call before each run (a soft reboot).
 */
export function prepareLibraryModules(host: Host, poll: () => void): void {
  setModuleHost(host);
  setPollHook(poll);
  resetPaths();
  resetStdin();
  resetScheduler();
  heapModel.reset();
  reseedRandom();
}

export { openFile, openBuiltin, streamWriteText, streamWriteBytes, newStringIO } from "./io";
export { readStdinLine, formatException } from "./sys";
export { runScheduledCallbacks, keyboardInterrupt } from "./micropython";
export { currentDir } from "./os/paths";
export { errnoText } from "./errno";
