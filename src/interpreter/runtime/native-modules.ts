// The registry of modules that are not files on the drive.
//
// How to add one (type/module engineers):
//   registerNativeModule("math", () => createMathModule());          // a PyModule built in TypeScript
//   registerFrozenModule("asyncio", ASYNCIO_SOURCE);                  // Python source compiled on import
//   registerModuleAlias("uasyncio", "asyncio");                       // another name for the same module
// Factories run on the first import in each interpreter; the module is then cached in sys.modules.
// A "weak" native module (MicroPython's umodule/extensible modules: os, json, random...) loses to a
// same-named .py file on sys.path.
// The standard set is registered in runtime/standard-modules.ts, loaded by the Interpreter.
import type { PyModule } from "../types/module";

export type NativeModuleFactory = () => PyModule;

export interface ModuleEntry {
  kind: "native" | "frozen";
  factory?: NativeModuleFactory;
  source?: string;
  /** A .py file of the same name on sys.path wins over a weak module. */
  weak: boolean;
}

const entries = new Map<string, ModuleEntry>();
const aliases = new Map<string, string>();

export function registerNativeModule(name: string, factory: NativeModuleFactory, options: { weak?: boolean } = {}): void {
  entries.set(name, { kind: "native", factory, weak: options.weak ?? false });
}

export function registerFrozenModule(name: string, source: string, options: { weak?: boolean } = {}): void {
  entries.set(name, { kind: "frozen", source, weak: options.weak ?? false });
}

export function registerModuleAlias(alias: string, target: string): void {
  aliases.set(alias, target);
}

/** The registry entry for a module name (following aliases), or undefined. */
export function findRegisteredModule(name: string): { name: string; entry: ModuleEntry } | undefined {
  const target = aliases.get(name) ?? name;
  const entry = entries.get(target);
  return entry === undefined ? undefined : { name: target, entry };
}

/** Names of every registered module (for `help('modules')`). */
export function registeredModuleNames(): string[] {
  return [...entries.keys(), ...aliases.keys()].sort();
}
