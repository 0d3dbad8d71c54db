// The native stream objects (StringIO, BytesIO and open files): one class over a ByteBuffer, with the
// Python methods MicroPython's stream protocol gives them.
import { PyObject, STOP, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, raiseOSError, raiseValueError, ValueError } from "../../runtime/errors";
import type { PyType } from "../../runtime/type";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { objectId } from "../../runtime/protocol";
import { PyList } from "../../types/list";
import { newBytes } from "../../types/bytes";
import { decodeText } from "../../types/text/utf8";
import { getBuffer } from "../../types/text/buffer";
import { ByteBuffer } from "./byte-buffer";
import { bytesLikeArg, intArg } from "../args";

export const EINVAL = 22;
export const EBADF = 9;

/** Where a file's bytes live on the virtual drive; the stream writes through to it. */
export interface FileBacking {
  /** Saves `bytes` written at `offset` (the whole contents are given too, for rewrites). */
  save(contents: Uint8Array, offset: number, bytes: Uint8Array, appended: boolean): void;
}

export class PyStreamObject extends PyObject {
  /** Null once closed. */
  buffer: ByteBuffer | null;
  $dict: Record<string, PyValue> | undefined;
  constructor(
    type: PyType,
    initial: Uint8Array,
    readonly text: boolean,
    readonly readable = true,
    readonly writable = true,
    readonly backing: FileBacking | null = null,
    /** Files always write at the end (mode "a"). */
    readonly appending = false,
  ) {
    super(type);
    this.buffer = new ByteBuffer(initial);
  }

  get isFile(): boolean {
    return this.backing !== null;
  }

  /** The buffer of an open stream; closed in-memory streams and closed files fail as on MicroPython. */
  open(): ByteBuffer {
    if (this.buffer !== null) return this.buffer;
    if (this.isFile) throw newException(ValueError); // MicroPython: a bare ValueError
    return raiseValueError("I/O operation on closed file");
  }

  /** What reads return: str for text streams, bytes otherwise. */
  result(bytes: Uint8Array): PyValue {
    return this.text ? decodeText(bytes, "utf-8", "replace") : newBytes(bytes);
  }

  readSome(n: number): PyValue {
    const buf = this.open();
    if (!this.readable) raiseOSError(EBADF);
    return this.result(this.text ? buf.readChars(n) : buf.read(n));
  }

  readLine(limit: number): PyValue {
    const buf = this.open();
    if (!this.readable) raiseOSError(EBADF);
    return this.result(buf.readLine(limit, this.text));
  }

  writeBytes(bytes: Uint8Array): number {
    const buf = this.open();
    if (!this.writable) raiseOSError(EBADF);
    if (this.appending) buf.pos = buf.length;
    const offset = buf.pos;
    const appended = offset >= buf.length;
    const n = buf.write(bytes);
    this.backing?.save(buf.contents, offset, bytes, appended);
    return n;
  }

  seek(offset: number, whence: number): number {
    const buf = this.open();
    let ref = 0;
    if (whence === 1) ref = buf.pos;
    else if (whence === 2) ref = buf.length;
    else if (offset < 0) raiseOSError(EINVAL);
    // Seeking back past the start from the current position or the end: files fail (littlefs), in-memory
    // streams stop at 0 (MicroPython's StringIO/BytesIO).
    if (ref + offset < 0 && this.isFile) raiseOSError(EINVAL);
    const pos = Math.max(0, ref + offset);
    buf.pos = pos;
    return pos;
  }

  close(): void {
    this.buffer = null;
  }
}

/** In-memory streams print as `<io.StringIO 0x2000a0>`, files on the drive as `<io.TextIOWrapper>`. */
function streamRepr(self: PyStreamObject): string {
  if (self.isFile) return `<io.${self.$type.name}>`;
  return `<io.${self.$type.name} 0x${objectId(self).toString(16)}>`;
}

/** Installs the stream methods on one of the stream types. */
export function defineStreamMethods(type: PyType, withGetValue: boolean): void {
  type.defineSlots({
    repr: streamRepr,
    iter: (self: PyStreamObject) => self,
    next: (self: PyStreamObject) => {
      const line = self.readLine(-1);
      return (typeof line === "string" ? line.length : (getBuffer(line)?.length ?? 0)) === 0 ? STOP : line;
    },
  });
  defineMethods(type, {
    read: builtinMethod("read", 0, 1, (self: PyStreamObject, n?: PyValue) =>
      self.readSome(n === undefined ? -1 : intArg(n))),
    readinto: builtinMethod("readinto", 1, 2, (self: PyStreamObject, target: PyValue, n?: PyValue) => {
      const dest = getBuffer(target) ?? bytesLikeArg(target);
      const limit = n === undefined ? dest.length : Math.min(intArg(n), dest.length);
      const buf = self.open();
      const got = buf.read(limit);
      dest.set(got);
      return got.length;
    }),
    readline: builtinMethod("readline", 0, 1, (self: PyStreamObject, n?: PyValue) =>
      self.readLine(n === undefined ? -1 : intArg(n))),
    readlines: (self: PyStreamObject) => {
      const lines: PyValue[] = [];
      for (;;) {
        const line = self.readLine(-1);
        if ((typeof line === "string" ? line.length : getBuffer(line)!.length) === 0) break;
        lines.push(line);
      }
      return new PyList(lines);
    },
    write: (self: PyStreamObject, data: PyValue) => self.writeBytes(bytesLikeArg(data)),
    seek: builtinMethod("seek", 1, 2, (self: PyStreamObject, offset: PyValue, whence?: PyValue) =>
      self.seek(intArg(offset), whence === undefined ? 0 : intArg(whence))),
    tell: (self: PyStreamObject) => self.seek(0, 1),
    flush: (self: PyStreamObject) => {
      self.open();
      return None;
    },
    close: (self: PyStreamObject) => {
      self.close();
      return None;
    },
    __enter__: (self: PyStreamObject) => self,
    __exit__: builtinMethod("__exit__", 0, -1, (self: PyStreamObject) => {
      self.close();
      return None;
    }),
  });
  if (withGetValue) {
    defineMethods(type, {
      getvalue: (self: PyStreamObject) => self.result(self.open().contents.slice()),
    });
  }
}
