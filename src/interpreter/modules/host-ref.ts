// The Host the native modules talk to (clock, console, drive), set once when an interpreter is created.
import type { Host, HostFileSystem } from "../runtime/host";
import { HostFsError } from "../runtime/host";
import { raiseOSError } from "../runtime/errors";

let current: Host | null = null;

export function setModuleHost(host: Host): void {
  current = host;
}

export function moduleHost(): Host {
  if (current === null) throw new Error("modules: no Host set (call setModuleHost first)");
  return current;
}

const ENODEV = 19;

/** The virtual drive; OSError(ENODEV) when the program runs without one. */
export function drive(): HostFileSystem {
  return moduleHost().fs ?? raiseOSError(ENODEV);
}

/** Runs a drive operation, turning the Host's errors into OSError with the same errno. */
export function onDrive<T>(op: (fs: HostFileSystem) => T): T {
  const fs = drive();
  try {
    return op(fs);
  } catch (e) {
    if (e instanceof HostFsError) raiseOSError(e.errno);
    throw e;
  }
}

let pollHook: (() => void) | null = null;

/**
 * The interpreter's periodic poll (Ctrl-C → KeyboardInterrupt, scheduled callbacks, pin IRQs). Long sleeps
 * call it between slices so that the program stays interruptible and callbacks run while it sleeps.
 */
export function setPollHook(hook: (() => void) | null): void {
  pollHook = hook;
}

/** The longest slice a sleep is cut into between polls. */
const SLEEP_SLICE_US = 10_000;

/** Sleeps on the Host's clock, polling the interpreter between slices. */
export function sleepMicros(us: number): void {
  const host = moduleHost();
  if (us <= 0) {
    pollHook?.();
    return;
  }
  const end = host.ticksUs() + us;
  for (;;) {
    const left = end - host.ticksUs();
    if (left <= 0) break;
    host.sleepUs(pollHook === null ? left : Math.min(left, SLEEP_SLICE_US));
    pollHook?.();
  }
}

/** Runs the interpreter's poll once (after a blocking Host call). */
export function pollNow(): void {
  pollHook?.();
}
