// Writing to and reading from any stream object, as MicroPython's C code does through the stream protocol:
// native streams directly, io.IOBase subclasses through write()/readinto(), other objects through write()/read().
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseMemoryError, raiseOSError } from "../../runtime/errors";
import { callMethod } from "../../runtime/protocol";
import { newByteArray } from "../../types/bytearray";
import { getBuffer } from "../../types/text/buffer";
import { decodeText, encodeUtf8 } from "../../types/text/utf8";
import { strValue } from "../../types/str";
import { PyStreamObject } from "./stream-object";
import { isIOBase } from "./iobase";
import { intArg } from "../args";

const EIO = 5;
const EAGAIN = 11;

/** Writes all of `data` to an IOBase subclass, one write() call per chunk it accepts. */
function writeIOBase(stream: PyValue, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) {
    const chunk = data.subarray(done);
    const ret = callMethod(stream, "write", [newByteArray(chunk.slice())]);
    if (ret === None) {
      if (done > 0) return;
      raiseOSError(EAGAIN);
    }
    const n = intArg(ret);
    if (n > chunk.length) raiseOSError(EIO); // a stream may not claim more than it was given
    if (n === 0) return;
    done += n;
  }
}

/** Writes text to a stream (print(file=...), json.dump, sys.print_exception). */
export function streamWriteText(stream: PyValue, text: string): void {
  if (stream instanceof PyStreamObject) stream.writeBytes(encodeUtf8(text));
  else if (isIOBase(stream)) writeIOBase(stream, encodeUtf8(text));
  else callMethod(stream, "write", [text]);
}

/** Writes bytes to a stream. */
export function streamWriteBytes(stream: PyValue, data: Uint8Array): void {
  if (stream instanceof PyStreamObject) stream.writeBytes(data);
  else if (isIOBase(stream)) writeIOBase(stream, data);
  else callMethod(stream, "write", [newByteArray(data.slice())]);
}

/** The most a Python-implemented stream may hand json.load (it has no natural end otherwise). */
const READ_ALL_LIMIT = 1 << 24;

/**
 * Reads an IOBase subclass to its end through readinto(), one byte per call as MicroPython's json.load does
 * (so a stream claiming more than it was asked for fails at once with EIO).
 */
function readAllIOBase(stream: PyValue): Uint8Array {
  const parts: number[] = [];
  const chunk = new Uint8Array(1);
  for (;;) {
    const target = newByteArray(chunk);
    const ret = callMethod(stream, "readinto", [target]);
    if (ret === None) raiseOSError(EAGAIN);
    const n = intArg(ret);
    if (n > chunk.length) raiseOSError(EIO);
    if (n === 0) break;
    for (let i = 0; i < n; i++) parts.push(target.buf[i]);
    if (parts.length > READ_ALL_LIMIT) raiseMemoryError();
  }
  return Uint8Array.from(parts);
}

/** Reads a stream to its end as text (json.load). */
export function streamReadAllText(stream: PyValue): string {
  if (stream instanceof PyStreamObject) {
    const data = stream.open().read(-1);
    return decodeText(data, "utf-8", "replace");
  }
  if (isIOBase(stream)) return decodeText(readAllIOBase(stream), "utf-8", "replace");
  const got = callMethod(stream, "read", []);
  const s = strValue(got);
  if (s !== null) return s;
  return decodeText(getBuffer(got) ?? new Uint8Array(0), "utf-8", "replace");
}
