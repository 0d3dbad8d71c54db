// Mutable runtime state shared by compiled code and helpers (one interpreter runs at a time per JS thread):
// the interrupt budget, the exception being handled, and hooks the running Interpreter installs.
import type { PyBaseException } from "./errors";
import type { PyValue, Kw } from "./object";
import type { Importer } from "./imports";

/** How many back-edges/calls run between polls of the host (Ctrl-C, scheduled callbacks, the clock). */
export const POLL_INTERVAL = 10000;

export const runtimeState = {
  /** Decremented on every loop iteration and call; `poll()` runs when it goes negative. */
  budget: POLL_INTERVAL,
  /** The exception an `except` block is handling (for bare `raise` and `__context__`). */
  handling: null as PyBaseException | null,
  /** Installed by the Interpreter: checks for interrupts, runs scheduled callbacks. */
  pollHook: (): void => {},
  /** Installed by the Interpreter: prints "Warning: ..." to stderr as MicroPython does. */
  warnHook: (_message: string): void => {},
  /** The running interpreter's import system. */
  importer: null as Importer | null,
  /** The builtin locals/globals/exec/eval functions (compiled direct calls check they weren't rebound). */
  builtinLocals: null as PyValue | null,
  builtinGlobals: null as PyValue | null,
  builtinExec: null as PyValue | null,
  /** The globals of the code calling `__import__` directly (relative imports resolve against its module). */
  importGlobals: null as Record<string, PyValue> | null,
  builtinEval: null as PyValue | null,
  builtinImport: null as PyValue | null,
  builtinBuildClass: null as PyValue | null,
  /** exec/eval with the caller's namespace: (isEval, args, kw, callerGlobals, callerLocals) → result. */
  execHook: (_isEval: boolean, _args: PyValue[], _kw: Kw | null, _g: Record<string, PyValue>, _l: PyValue | null): PyValue => {
    throw new Error("exec: no interpreter");
  },
  /** The REPL's echo of an expression value. */
  displayHook: (_v: PyValue): void => {},
  warn(message: string): void {
    this.warnHook(message);
  },
};

/**
 * For loops in TypeScript that run Python iterations (list(it), sum(it)...): counts against the budget so that
 * Ctrl-C, timeouts and scheduled callbacks still happen during a long or endless builtin loop.
 */
export function tick(): void {
  if (--runtimeState.budget < 0) poll();
}

/** Called by compiled code when the budget runs out. */
export function poll(): void {
  runtimeState.budget = POLL_INTERVAL;
  runtimeState.pollHook();
}
