// Board-side file failures as DeviceErrors with a user-facing message, parsed from the traceback a snippet printed.
import { DeviceError, type DeviceErrorCode } from "../device-error";

/**
 * Why a file operation failed on the board:
 * - `read-only`: the drive is read-only to Python (CircuitPython while the computer has CIRCUITPY mounted).
 * - `not-found`, `exists`, `not-empty`, `is-folder`, `not-folder`: the path was not what the operation needs.
 * - `no-space`: the board's flash is full.
 * - `no-memory`: the board ran out of RAM (a chunk too large for it).
 * - `verify-failed`: the bytes on the board differ from the bytes sent; the old file was kept.
 * - `interrupted`: Ctrl-C (the person pressed Stop) ended the operation on the board before it finished.
 * - `board-error`: any other exception the board raised (the message quotes it).
 * - `bad-output`: the board printed something the snippet never prints (a firmware surprise).
 */
export type BoardFileFailure =
  | "read-only"
  | "not-found"
  | "exists"
  | "not-empty"
  | "is-folder"
  | "not-folder"
  | "no-space"
  | "no-memory"
  | "verify-failed"
  | "interrupted"
  | "board-error"
  | "bad-output";

export class BoardFileError extends DeviceError {
  constructor(
    readonly failure: BoardFileFailure,
    message: string,
    /** The board path the failing step was working on, when known. */
    readonly path?: string,
    /** The exception line the board printed, for a details view. */
    readonly boardMessage?: string,
  ) {
    // DeviceErrorCode has no file-system code yet: permission for a refused write, protocol for the rest.
    super(codeFor(failure), message);
    this.name = "BoardFileError";
  }
}

function codeFor(failure: BoardFileFailure): DeviceErrorCode {
  return failure === "read-only" ? "permission" : "protocol";
}

/** The last line of a MicroPython/CircuitPython traceback, split into type and message. */
export interface BoardException {
  type: string;
  message: string;
  errno?: number;
  line: string;
}

export function parseTraceback(stderr: string): BoardException | null {
  const lines = stderr.split(/\r?\n/).map((l) => l.trimEnd()).filter(Boolean);
  const last = lines[lines.length - 1];
  if (!last) return null;
  const m = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last);
  if (!m) return { type: "Exception", message: last, line: last };
  const message = m[2] ?? "";
  return { type: m[1], message, errno: errnoOf(m[1], message), line: last };
}

/** Linux errno numbers (MicroPython and CircuitPython use them), and their names as MicroPython prints them. */
const ERRNO_NAMES: Record<string, number> = { EPERM: 1, ENOENT: 2, EIO: 5, EACCES: 13, EEXIST: 17, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOSPC: 28, EROFS: 30, ENOTEMPTY: 39 };

function errnoOf(type: string, message: string): number | undefined {
  if (type !== "OSError") return undefined;
  const bracket = /\[Errno (\d+)\]/.exec(message);
  if (bracket) return Number(bracket[1]);
  const bare = /^(-?\d+)$/.exec(message.trim());
  if (bare) return Number(bare[1]);
  const named = /^(E[A-Z]+)$/.exec(message.trim());
  return named ? ERRNO_NAMES[named[1]] : undefined;
}

export const READ_ONLY_MESSAGE =
  "The board's drive is read-only to Python: on CircuitPython, the computer has the CIRCUITPY drive mounted over USB. " +
  "Either save your files to the CIRCUITPY drive directly (with the File System Access API), or add " +
  '`import storage; storage.remount("/", readonly=False)` to boot.py and reset the board (the computer then cannot write to the drive until boot.py is changed back).';

/** What went wrong, for a person: `action` names the operation ("write lib/foo.py"). */
export function boardFileError(stderr: string, action: string, path?: string): BoardFileError {
  const exc = parseTraceback(stderr);
  if (!exc) return new BoardFileError("bad-output", `Could not ${action}: the board reported an error without a message.`, path);
  const [failure, explanation] = explain(exc);
  const message = failure === "read-only" ? `Could not ${action}. ${READ_ONLY_MESSAGE}` : `Could not ${action}: ${explanation}`;
  return new BoardFileError(failure, message, path, exc.line);
}

function explain(exc: BoardException): [BoardFileFailure, string] {
  if (exc.type === "KeyboardInterrupt") return ["interrupted", "it was interrupted (Ctrl-C) before it finished."];
  if (exc.type === "MemoryError") return ["no-memory", "the board ran out of memory (MemoryError). Reset the board to free its memory, then try again."];
  if (exc.type === "ValueError" && exc.message.startsWith("pyco-verify")) {
    return ["verify-failed", "the copy on the board did not match what was sent (the old file was kept). Try again; if it keeps failing, the board's flash may be faulty."];
  }
  switch (exc.errno) {
    case 30:
      return ["read-only", "the drive is read-only."];
    case 2:
      return ["not-found", "no such file or folder on the board."];
    case 17:
      return ["exists", "a file or folder with that name already exists on the board."];
    case 39:
      return ["not-empty", "the folder is not empty."];
    case 21:
      return ["is-folder", "that is a folder, not a file."];
    case 20:
      return ["not-folder", "a part of the path is a file, not a folder."];
    case 28:
      return ["no-space", "the board's flash is full. Delete files you no longer need from the board."];
    case 1:
    case 13:
      return ["board-error", "the board refused the operation (permission denied)."];
    case 5:
      return ["board-error", "the board's flash reported an I/O error."];
  }
  return ["board-error", `the board raised ${exc.line}`];
}
