// Device failures as one error type with documented codes; the UI maps codes to messages in one place.

/**
 * - `not-connected`: no board is connected (or the port was closed).
 * - `disconnected`: the board went away in the middle of an operation (unplugged, reset).
 * - `timeout`: the board did not answer in time; the message names what was awaited.
 * - `raw-repl`: the board would not enter the raw REPL (a program ignoring Ctrl-C, an unusual firmware).
 * - `busy`: another operation is using the connection.
 * - `protocol`: the board answered something the protocol does not allow.
 * - `permission`: the browser refused access to the port.
 * - `unsupported`: this browser has neither Web Serial nor WebUSB.
 * - `file-system`: the board refused a file operation (read-only drive, full flash, missing file…); the
 *   BoardFileError carrying it says which (`failure`).
 */
export type DeviceErrorCode =
  | "not-connected" | "disconnected" | "timeout" | "raw-repl" | "busy" | "protocol" | "permission" | "unsupported" | "file-system";

export class DeviceError extends Error {
  constructor(readonly code: DeviceErrorCode, message: string) {
    super(message);
    this.name = "DeviceError";
  }
}
