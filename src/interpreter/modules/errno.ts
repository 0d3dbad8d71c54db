// The `errno` module: MicroPython's errno constants and errorcode table, and the names OSError prints.
import { config } from "../runtime/config";
import { PyDict } from "../types/dict";
import { PyModule } from "../types/module";

/** MicroPython's errno list (the numbers are the Linux/newlib ones the RP2040 port uses). */
const ERRNO_CODES: [string, number][] = [
  ["EPERM", 1], ["ENOENT", 2], ["EIO", 5], ["EBADF", 9], ["EAGAIN", 11], ["ENOMEM", 12], ["EACCES", 13],
  ["EEXIST", 17], ["ENODEV", 19], ["EISDIR", 21], ["EINVAL", 22], ["EOPNOTSUPP", 95], ["EADDRINUSE", 98],
  ["ECONNABORTED", 103], ["ECONNRESET", 104], ["ENOBUFS", 105], ["ENOTCONN", 107], ["ETIMEDOUT", 110],
  ["ECONNREFUSED", 111], ["EHOSTUNREACH", 113], ["EALREADY", 114], ["EINPROGRESS", 115],
];

/** CircuitPython prints descriptions instead of names (`[Errno 30] Read-only filesystem`). */
const CIRCUITPYTHON_TEXT: Record<number, string> = {
  1: "Operation not permitted", 2: "No such file/directory", 5: "Input/output error", 9: "Bad file number",
  11: "Try again", 12: "Out of memory", 13: "Permission denied", 17: "File exists", 19: "No such device",
  20: "Not a directory", 21: "Is a directory", 22: "Invalid argument", 28: "No space left on device",
  30: "Read-only filesystem", 39: "Directory not empty", 95: "Operation not supported", 110: "Connection timed out",
};

const NAMES = new Map(ERRNO_CODES.map(([name, code]) => [code, name]));

/** What OSError(code) prints after `[Errno code] `, or null when the code has no name (the bare number prints). */
export function errnoText(code: number): string | null {
  if (config.flavor === "circuitpython") return CIRCUITPYTHON_TEXT[code] ?? NAMES.get(code) ?? null;
  return NAMES.get(code) ?? null;
}

export function createErrnoModule(): PyModule {
  const m = new PyModule("errno");
  const table = new PyDict();
  for (const [name, code] of ERRNO_CODES) {
    m.set(name, code);
    table.set(code, name);
  }
  m.set("errorcode", table);
  return m;
}
