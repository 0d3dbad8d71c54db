// MicroPython's mp_get_buffer for data a hardware method sends: bytes-like objects, and str (its UTF-8 bytes),
// which MicroPython also accepts as a read-only buffer (`uart.write('hello')`, `i2c.writeto(0x3a, '12')`).
import type { PyValue } from "../runtime/object";
import { requireBuffer } from "../types/text/buffer";

const utf8 = new TextEncoder();

export function readableBuffer(v: PyValue): Uint8Array {
  return typeof v === "string" ? utf8.encode(v) : requireBuffer(v);
}
