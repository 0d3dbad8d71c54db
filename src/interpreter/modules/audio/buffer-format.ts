// The sample size of an audio buffer: an array's item size ('h'/'H' 2 bytes, 'b'/'B' 1), 1 byte for bytes-likes.
import type { PyValue } from "../../runtime/object";
import { PyArray } from "../array/array";

export function arrayItemSize(v: PyValue): number {
  return v instanceof PyArray ? v.tc.size : 1;
}

/** Bytes an array or bytes-like holds (its length × item size for arrays). */
export function bufferFrames(v: PyValue, bytes: number): number {
  return v instanceof PyArray ? v.length : bytes;
}
