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
