// The buffer protocol as the firmwares' C code sees it (mp_get_buffer): the bytes plus the item typecode, so PIO
// transfers pick 8-, 16- or 32-bit FIFO accesses from the buffer's type; and mp_obj_get_int_truncated.
import type { PyValue } from "../../runtime/object";
import { typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { getBuffer } from "../../types/text/buffer";
import { PyByteArray } from "../../types/bytearray";
import { PyMemoryView } from "../../types/memoryview";
import { PyArray } from "../../modules/array/array";

/** MicroPython's typecode for bytearray buffers. */
export const BYTEARRAY_TYPECODE = "\x01";

export interface BufferInfo {
  /** A live view of the object's bytes. */
  bytes: Uint8Array;
  typecode: string;
}

/** mp_get_buffer: null when the object has no buffer. */
export function getBufferInfo(v: PyValue): BufferInfo | null {
  const bytes = getBuffer(v);
  if (bytes === null) return null;
  let typecode = "B";
  if (v instanceof PyArray) typecode = v.tc.code;
  else if (v instanceof PyByteArray) typecode = BYTEARRAY_TYPECODE;
  else if (v instanceof PyMemoryView) typecode = v.format;
  return { bytes, typecode };
}

/** mp_get_buffer_raise. */
export function requireBufferInfo(v: PyValue): BufferInfo {
  return getBufferInfo(v) ?? raiseTypeError("object with buffer protocol required");
}

/** mp_binary_get_size('@', typecode): the item size in bytes on the RP2040. */
export function itemSize(typecode: string): number {
  switch (typecode) {
    case "h": case "H": return 2;
    case "i": case "I": case "l": case "L": case "f": return 4;
    case "q": case "Q": case "d": return 8;
    default: return 1;
  }
}

/** Reads item `i` of `size` bytes, little-endian and unsigned. */
export function readItem(bytes: Uint8Array, i: number, size: number): number {
  const at = i * size;
  if (size === 1) return bytes[at];
  if (size === 2) return bytes[at] | (bytes[at + 1] << 8);
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Writes the low `size` bytes of `value` as item `i`, little-endian. */
export function writeItem(bytes: Uint8Array, i: number, size: number, value: number): void {
  const at = i * size;
  for (let b = 0; b < size && b < 4; b++) bytes[at + b] = (value >>> (8 * b)) & 0xff;
}

/** mp_obj_get_int_truncated: any int (or bool) as a uint32_t. */
export function intTruncated(v: PyValue): number {
  if (typeof v === "number") return Number(BigInt.asUintN(32, BigInt(v)));
  if (typeof v === "bigint") return Number(BigInt.asUintN(32, v));
  if (typeof v === "boolean") return v ? 1 : 0;
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}
