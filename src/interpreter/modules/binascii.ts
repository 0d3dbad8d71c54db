// The `binascii` module: hexlify/unhexlify, base64 (a2b_base64 / b2a_base64 with `newline`) and crc32.
import type { PyValue, Kw } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../runtime/errors";
import { builtinFunction, builtinFunctionKw, checkArity } from "../runtime/function";
import { truthy } from "../runtime/protocol";
import { PyModule } from "../types/module";
import { newBytes, bytesFromLatin1 } from "../types/bytes";
import { getBuffer } from "../types/text/buffer";
import { encodeUtf8 } from "../types/text/utf8";

/** A bytes-like argument; str is accepted as its UTF-8 bytes where MicroPython allows it. */
function dataArg(v: PyValue, allowStr: boolean): Uint8Array {
  if (typeof v === "string" && allowStr) return encodeUtf8(v);
  return getBuffer(v) ?? raiseTypeError("object with buffer protocol required");
}

const HEX = "0123456789abcdef";

export function hexlify(data: Uint8Array, separator: string): string {
  let out = "";
  for (let i = 0; i < data.length; i++) {
    if (i > 0) out += separator;
    out += HEX[data[i] >> 4] + HEX[data[i] & 15];
  }
  return out;
}

export function unhexlify(text: Uint8Array): Uint8Array {
  if (text.length % 2 !== 0) raiseValueError("odd-length string");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(text[2 * i]);
    const lo = hexDigit(text[2 * i + 1]);
    if (hi < 0 || lo < 0) raiseValueError("non-hex digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUES = new Int8Array(256).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUES[BASE64.charCodeAt(i)] = i;

export function base64Encode(data: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + BASE64[(n >> 6) & 63] + BASE64[n & 63];
  }
  if (i < data.length) {
    const n = (data[i] << 16) | ((data[i + 1] ?? 0) << 8);
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63];
    out += i + 1 < data.length ? BASE64[(n >> 6) & 63] + "=" : "==";
  }
  return out;
}

/**
 * Lenient base64 decoding as CPython's non-strict mode: characters outside the alphabet are skipped, a pad
 * sequence that completes a quad ends the input, and a final partial quad is an error.
 */
export function base64Decode(text: Uint8Array): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === 0x3d) {
      if (quadPos >= 2 && quadPos + ++pads >= 4) break;
      continue;
    }
    const v = BASE64_VALUES[c];
    if (v < 0) continue;
    pads = 0;
    switch (quadPos) {
      case 0: left = v; break;
      case 1: out.push(((left << 2) | (v >> 4)) & 0xff); left = v & 0x0f; break;
      case 2: out.push(((left << 4) | (v >> 2)) & 0xff); left = v & 0x03; break;
      default: out.push(((left << 6) | v) & 0xff); left = 0;
    }
    quadPos = (quadPos + 1) & 3;
  }
  if (quadPos !== 0 && !(quadPos >= 2 && quadPos + pads >= 4)) raiseValueError("incorrect padding");
  return Uint8Array.from(out);
}

let crcTable: Uint32Array | null = null;

function crc32Table(): Uint32Array {
  if (crcTable !== null) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

export function crc32(data: Uint8Array, start: number): number {
  const table = crc32Table();
  let c = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function separatorArg(v: PyValue | undefined): string {
  if (v === undefined || v === None) return "";
  if (typeof v === "string") return v;
  const data = getBuffer(v);
  if (data === null) return raiseTypeError("object with buffer protocol required");
  return String.fromCharCode(...data);
}

function crcStart(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === "number") return v >>> 0;
  if (typeof v === "bigint") return Number(BigInt.asUintN(32, v));
  if (typeof v === "boolean") return v ? 1 : 0;
  return raiseTypeError("can't convert to int");
}

export function createBinasciiModule(): PyModule {
  const m = new PyModule("binascii");
  m.set("hexlify", builtinFunction("hexlify", 1, 2, (data: PyValue, sep?: PyValue) =>
    bytesFromLatin1(hexlify(dataArg(data, false), separatorArg(sep)))));
  m.set("unhexlify", builtinFunction("unhexlify", 1, 1, (data: PyValue) => newBytes(unhexlify(dataArg(data, true)))));
  m.set("a2b_base64", builtinFunction("a2b_base64", 1, 1, (data: PyValue) => newBytes(base64Decode(dataArg(data, true)))));
  m.set("b2a_base64", builtinFunctionKw("b2a_base64", (args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 1, 1, false);
    for (const name of kw?.keys() ?? []) if (name !== "newline") raiseTypeError(`unexpected keyword argument '${name}'`);
    const newline = kw?.get("newline");
    const text = base64Encode(dataArg(args[0], false));
    return bytesFromLatin1(newline === undefined || truthy(newline) ? text + "\n" : text);
  }));
  m.set("crc32", builtinFunction("crc32", 1, 2, (data: PyValue, start?: PyValue) =>
    crc32(dataArg(data, false), crcStart(start))));
  return m;
}
