// The Host: the only way the interpreter reaches the outside world (console, clock, files, hardware).
// Implementations: the Node CLI host (src/cli/node-host.ts), the worker host (browser), test hosts.

import type { PicoHardware } from "../hardware/pico-hardware";

/** What a path refers to on the virtual drive. */
export interface FileStat {
  kind: "file" | "dir";
  size: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

/**
 * Thrown by HostFileSystem methods on failure; `errno` is a POSIX number (2 ENOENT, 13 EACCES, 17 EEXIST,
 * 20 ENOTDIR, 21 EISDIR, 22 EINVAL, 28 ENOSPC, 30 EROFS, 39 ENOTEMPTY). The os/io modules turn it into OSError.
 */
export class HostFsError extends Error {
  constructor(readonly errno: number, message = `errno ${errno}`) {
    super(message);
  }
}

/** The virtual drive (CIRCUITPY / the Pico's flash). Paths are absolute, '/'-separated ("/lib/foo.py"). */
export interface HostFileSystem {
  stat(path: string): FileStat | null;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  /** Appends (creating the file when missing). */
  appendFile(path: string, data: Uint8Array): void;
  listDir(path: string): string[];
  mkdir(path: string): void;
  /** Removes a file. */
  remove(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  /** Total and free bytes, for os.statvfs. */
  usage?(): { total: number; free: number };
  /** True while code may not write (CircuitPython's drive while the computer has it); absent = writable. */
  readonly readOnly?: boolean;
  /** CircuitPython's storage.remount("/", readonly): makes the drive read-only or writable to code. */
  remount?(readonly: boolean): void;
}

/**
 * Hardware access (GPIO, PWM, ADC, clocks, timer, watchdog…): the typed interface in ../hardware/pico-hardware.ts,
 * implemented by the simulator (src/simulator/pico-hardware.ts).
 */
export type { PicoHardware } from "../hardware/pico-hardware";

export interface Host {
  /** Program output (print, sys.stdout.write). Text, already encoded as the program wrote it. */
  writeStdout(text: string): void;
  /** Error output (tracebacks). */
  writeStderr(text: string): void;
  /**
   * Blocks until input is available and returns the next chunk of stdin (typically one line including its
   * "\n"), or null at end of input. Interrupt (Ctrl-C) while waiting: return null and let checkInterrupt report it.
   */
  readStdin(): string | null;
  /** The clock the program sees, in microseconds from an arbitrary origin (monotonic). */
  ticksUs(): number;
  /** Blocks for `us` microseconds (a virtual-clock host may just advance its clock). Returns early on interrupt. */
  sleepUs(us: number): void;
  /** Wall-clock time in milliseconds since the Unix epoch (time.time(), RTC). */
  epochMs(): number;
  /** True when the user asked to interrupt (Ctrl-C / Stop); reading clears the request. */
  checkInterrupt(): boolean;
  /** The virtual drive; null when the program runs without one. */
  fs: HostFileSystem | null;
  /** The simulated board; null when running headless without hardware. */
  hardware: PicoHardware | null;
  /** Called from the interpreter's periodic poll, so the host can deliver events (pin IRQs, timers). */
  onPoll?(): void;
}

/** A Host that prints to given callbacks and has no drive or hardware: handy in tests. */
export function makeMemoryHost(out: (s: string) => void, err: (s: string) => void = out): Host {
  const start = performance.now();
  let skipped = 0;
  return {
    writeStdout: out,
    writeStderr: err,
    readStdin: () => null,
    ticksUs: () => Math.floor((performance.now() - start) * 1000) + skipped,
    // Sleeps are skipped: the clock jumps ahead instead.
    sleepUs: (us) => {
      skipped += Math.max(0, us);
    },
    epochMs: () => Date.now(),
    checkInterrupt: () => false,
    fs: null,
    hardware: null,
  };
}
