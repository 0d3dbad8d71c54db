// MicroPython interns identifiers as qstrs of at most 255 bytes: longer names (in source, attribute names,
// keyword names, class and module names) raise RuntimeError("name too long").
import { newException, RuntimeError } from "./errors";

const MAX_QSTR_BYTES = 255;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Raises RuntimeError("name too long") for a name MicroPython could not intern. */
export function checkQstr(name: string): void {
  if (name.length > MAX_QSTR_BYTES / 4 && utf8Length(name) > MAX_QSTR_BYTES) throw newException(RuntimeError, "name too long");
}
