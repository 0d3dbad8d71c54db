// The one table that turns device failures (DeviceError codes, BoardFileError failures) into words for people.
// Actions store a DeviceProblem (data); the board panel shows it through describeProblem.
import { DeviceError, type DeviceErrorCode } from "../../device/device-error";
import { BoardFileError, type BoardFileFailure } from "../../device/files";

export interface DeviceProblem {
  /** `lost`: the connection gave up (the board did not come back after a reset or unplug). */
  code: DeviceErrorCode | "internal" | "lost";
  failure?: BoardFileFailure;
  /** What was being done, as a verb phrase: "upload the project", "list the board's files". */
  during: string;
  /** The error's own message (already user-facing for device errors). */
  detail: string;
  path?: string;
}

export interface ProblemText {
  title: string;
  text: string;
}

/** Wraps any failure of a device operation as a problem for the panel. */
export function problemFromError(error: unknown, during: string): DeviceProblem {
  if (error instanceof BoardFileError) return { code: error.code, failure: error.failure, during, detail: error.message, path: error.path };
  if (error instanceof DeviceError) return { code: error.code, during, detail: error.message };
  return { code: "internal", during, detail: error instanceof Error ? error.message : String(error) };
}

export function isReadOnly(problem: DeviceProblem | undefined): boolean {
  return problem?.failure === "read-only";
}

const BY_CODE: Record<DeviceProblem["code"], (p: DeviceProblem) => ProblemText> = {
  "not-connected": () => ({ title: "No board connected", text: "Connect a board with the Connect button first." }),
  disconnected: (p) => ({
    title: "The board was disconnected",
    text:
      `The board went away while Pyco tried to ${p.during} (unplugged, or reset). ` +
      "Files being written keep their previous version: Pyco replaces a file only after the board has checked the new copy. " +
      "Pyco reconnects by itself when the board comes back; then try again.",
  }),
  timeout: (p) => ({
    title: "The board did not answer",
    text: `The board stopped answering while Pyco tried to ${p.during}. Press Stop, or reset the board, then try again. (${p.detail})`,
  }),
  "raw-repl": (p) => ({
    title: "Pyco could not take control of the board",
    text: `To ${p.during}, Pyco has to stop the running program with Ctrl-C, and the board did not respond. ` +
      "A program may be ignoring Ctrl-C. Press the board's reset button (or unplug it and plug it back in), then try again.",
  }),
  busy: (p) => ({ title: "The board is busy", text: `Another operation is using the board; wait for it to finish, then ${p.during} again.` }),
  protocol: (p) => ({ title: "Unexpected answer from the board", text: `While Pyco tried to ${p.during}: ${p.detail}` }),
  permission: () => ({
    title: "Access to the board was refused",
    text: "The browser did not allow Pyco to open the board's port. Click Connect and choose the board again. " +
      "On Linux your user may need to be in the dialout group; close other programs (Thonny, a terminal) that use the port.",
  }),
  unsupported: () => ({
    title: "This browser can't talk to USB boards",
    text: "Use Chrome or Edge on a computer, or Chrome on Android (with “Use WebUSB”). The simulator works everywhere.",
  }),
  "file-system": (p) => ({ title: "The board refused the file operation", text: p.detail }),
  lost: () => ({
    title: "The board is gone",
    text: "The board was unplugged (or reset) and did not come back within 10 seconds. Plug it in again and press Reconnect; the terminal keeps what it showed.",
  }),
  internal: (p) => ({ title: "Something went wrong", text: `Pyco could not ${p.during}: ${p.detail}` }),
};

const BY_FAILURE: Partial<Record<BoardFileFailure, (p: DeviceProblem) => ProblemText>> = {
  "read-only": (p) => ({
    title: "The board's drive is read-only",
    text:
      `Pyco could not ${p.during}: CircuitPython lets Python write to its drive only while the computer has not mounted it, ` +
      "and right now the computer has the CIRCUITPY drive mounted over USB. Save your files through the drive instead " +
      "(“Save to CIRCUITPY drive…”), or put storage.remount(\"/\", readonly=False) in boot.py and reset the board " +
      "(the computer then can't write to the drive until boot.py is changed back).",
  }),
  interrupted: (p) => ({ title: "Stopped", text: `Ctrl-C stopped the board before Pyco could ${p.during}. Nothing was half-written; try again.` }),
  "verify-failed": (p) => ({ title: "The board's copy did not match", text: p.detail }),
  "no-space": (p) => ({ title: "The board's flash is full", text: p.detail }),
};

export function describeProblem(problem: DeviceProblem): ProblemText {
  const byFailure = problem.failure ? BY_FAILURE[problem.failure] : undefined;
  if (byFailure) return byFailure(problem);
  // Other file failures carry a complete sentence from the file layer ("Could not delete /x: the folder is not empty.").
  if (problem.failure) return { title: "The board refused the file operation", text: problem.detail };
  return BY_CODE[problem.code](problem);
}
