// MicroPython interns names (identifiers, keywords, attribute names) as qstrs of at most 255 UTF-8 bytes.
import { raiseRuntimeError } from "../../runtime/errors";
import { encodeUtf8 } from "./utf8";

/** The longest qstr in bytes (MICROPY_QSTR_BYTES_IN_LEN = 1). */
export const QSTR_MAX_BYTES = 255;

/** Raises RuntimeError("name too long") when `name` can't be a qstr; returns it otherwise. */
export function checkQstr(name: string): string {
  if (name.length * 3 <= QSTR_MAX_BYTES) return name;
  if (name.length > QSTR_MAX_BYTES || encodeUtf8(name).length > QSTR_MAX_BYTES) raiseRuntimeError("name too long");
  return name;
}
