// UTF-8 (and ASCII / Latin-1) encoding and decoding with the strict / ignore / replace error handlers.
import { raiseUnicodeError } from "../../runtime/errors";

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type DecodeErrors = "strict" | "ignore" | "replace";

/** The codecs this interpreter knows, by the names Python accepts. */
export function normaliseEncoding(name: string): "utf-8" | "ascii" | "latin-1" {
  const n = name.toLowerCase().replace(/_/g, "-");
  if (n === "ascii" || n === "us-ascii") return "ascii";
  if (n === "latin-1" || n === "latin1" || n === "iso-8859-1" || n === "iso8859-1") return "latin-1";
  // MicroPython treats every other name as UTF-8.
  return "utf-8";
}

/** True when every char is ASCII (the common case: encoding is then one byte per char). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function encodeUtf8(s: string): Uint8Array {
  if (s.length < 64 && isAscii(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  return encoder.encode(s);
}

/** `s.encode(encoding)`: UnicodeError when a character cannot be represented. */
export function encodeText(s: string, encoding: string): Uint8Array {
  const codec = normaliseEncoding(encoding);
  if (codec === "utf-8") return encodeUtf8(s);
  const limit = codec === "ascii" ? 0x7f : 0xff;
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > limit) raiseUnicodeError(`'${codec === "ascii" ? "ascii" : "latin-1"}' codec can't encode character`);
    out[i] = c;
  }
  return out;
}

/** Decodes bytes: strict raises UnicodeError (with no message, as MicroPython) on invalid input. */
export function decodeText(data: Uint8Array, encoding = "utf-8", errors: string = "strict"): string {
  const codec = normaliseEncoding(encoding);
  const handler: DecodeErrors = errors === "ignore" || errors === "replace" ? errors : "strict";
  if (codec === "latin-1") return latin1String(data);
  if (codec === "ascii") return decodeAscii(data, handler);
  if (handler === "strict") {
    if (data.length < 64 && isAsciiBytes(data)) return latin1String(data);
    try {
      return strictDecoder.decode(data);
    } catch {
      throw raiseUnicodeErrorNoMessage();
    }
  }
  return decodeUtf8Lenient(data, handler);
}

function raiseUnicodeErrorNoMessage(): never {
  // MicroPython raises a bare UnicodeError() for invalid UTF-8.
  return raiseUnicodeError(undefined as unknown as string);
}

function isAsciiBytes(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] > 0x7f) return false;
  return true;
}

function decodeAscii(data: Uint8Array, handler: DecodeErrors): string {
  let out = "";
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b <= 0x7f) out += String.fromCharCode(b);
    else if (handler === "replace") out += "\ufffd";
    else if (handler === "strict") raiseUnicodeErrorNoMessage();
  }
  return out;
}

/** Bytes as a string of chars 0..255 (chunked: String.fromCharCode has an argument limit). */
export function latin1String(data: Uint8Array, start = 0, end = data.length): string {
  if (end - start <= 8192) return String.fromCharCode.apply(null, data.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let i = start; i < end; i += 8192) {
    parts.push(String.fromCharCode.apply(null, data.subarray(i, Math.min(end, i + 8192)) as unknown as number[]));
  }
  return parts.join("");
}

/** A latin-1 string (chars 0..255) back to bytes. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Length of a valid sequence starting at `i`, or 0 when the bytes there are not valid UTF-8 (maximal subpart rule). */
function sequenceLength(data: Uint8Array, i: number): { length: number; invalid: number } {
  const b = data[i];
  if (b < 0x80) return { length: 1, invalid: 0 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return { length: 0, invalid: 1 };
  for (let k = 1; k <= need; k++) {
    const c = data[i + k];
    if (c === undefined || c < lo || c > hi) return { length: 0, invalid: k };
    lo = 0x80;
    hi = 0xbf;
  }
  return { length: need + 1, invalid: 0 };
}

/** UTF-8 decoding where each maximal invalid subpart becomes U+FFFD (replace) or nothing (ignore). */
function decodeUtf8Lenient(data: Uint8Array, handler: "ignore" | "replace"): string {
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < data.length) {
    const { length, invalid } = sequenceLength(data, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(strictDecoder.decode(data.subarray(runStart, i)));
    if (handler === "replace") parts.push("\ufffd");
    i += invalid;
    runStart = i;
  }
  if (runStart < data.length) parts.push(strictDecoder.decode(data.subarray(runStart)));
  return parts.join("");
}
