// The text a regex runs over: a str (as code points) or bytes (as byte values), and how to cut results from it.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { PyBytes, newBytes } from "../../types/bytes";
import { strValue } from "../../types/str";

export interface Text {
  /** The Python object (returned unchanged by sub() when nothing matched). */
  value: PyValue;
  isBytes: boolean;
  /** Code points (str) or byte values (bytes). */
  chars: Uint32Array | Uint8Array;
  /** The JS string when it has no surrogate pairs (code point index = string index): slices come from it. */
  plain: string | null;
}

/** A str or bytes argument as matchable text (MicroPython's mp_obj_str_get_data). */
export function toText(v: PyValue): Text {
  const s = strValue(v);
  if (s !== null) {
    const chars = codePointsOf(s);
    return { value: v, isBytes: false, chars, plain: chars.length === s.length ? s : null };
  }
  if (v instanceof PyBytes) return { value: v, isBytes: true, chars: v.data, plain: null };
  return raiseTypeError(`can't convert '${typeOf(v).name}' object to str implicitly`);
}

function codePointsOf(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.subarray(0, n);
}

/** Text from code points or byte values, chunked so that long results do not overflow the JS call stack. */
export function charsToString(chars: ArrayLike<number>, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 4096) {
    out += String.fromCodePoint(...Array.prototype.slice.call(chars, i, Math.min(end, i + 4096)));
  }
  return out;
}

/** The part of `text` between two positions, as the same type as the text. */
export function sliceText(text: Text, start: number, end: number): PyValue {
  if (text.isBytes) return newBytes((text.chars as Uint8Array).slice(start, end));
  if (text.plain !== null) return text.plain.slice(start, end);
  return charsToString(text.chars, start, end);
}

/** Accumulates the result of sub(): string pieces for str, byte values for bytes. */
export class TextBuilder {
  private pieces: string[] = [];
  private bytes: number[] = [];
  constructor(private readonly isBytes: boolean) {}
  /** Appends part of a text (the subject or the template). */
  appendText(text: Text, start: number, end: number): void {
    if (this.isBytes) {
      for (let i = start; i < end; i++) this.bytes.push(text.chars[i] & 0xff);
    } else {
      this.pieces.push(text.plain !== null ? text.plain.slice(start, end) : charsToString(text.chars, start, end));
    }
  }
  build(): PyValue {
    return this.isBytes ? newBytes(Uint8Array.from(this.bytes)) : this.pieces.join("");
  }
}
