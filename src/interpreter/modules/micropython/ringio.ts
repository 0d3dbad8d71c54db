// micropython.RingIO: a byte ring buffer with the stream methods (any/read/readline/readinto/write/close).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, checkArity, defineMethods } from "../../runtime/function";
import { newBytes } from "../../types/bytes";
import { getBuffer } from "../../types/text/buffer";
import { bytesLikeArg, intArg, optionalArg } from "../args";

export const ringIOType = makeBuiltinType("RingIO");

export class PyRingIO extends PyObject {
  private get = 0;
  private put = 0;
  constructor(type: PyType, private readonly buf: Uint8Array) {
    super(type);
  }
  /** Bytes waiting to be read. */
  available(): number {
    return (this.put - this.get + this.buf.length) % this.buf.length;
  }
  /** Room for more bytes (one slot stays empty to tell full from empty). */
  free(): number {
    return this.buf.length - 1 - this.available();
  }
  read(n: number): Uint8Array {
    const count = Math.min(n < 0 ? Infinity : n, this.available());
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      out[i] = this.buf[this.get];
      this.get = (this.get + 1) % this.buf.length;
    }
    return out;
  }
  readLine(limit: number): Uint8Array {
    const out: number[] = [];
    while (this.available() > 0 && (limit < 0 || out.length < limit)) {
      const b = this.read(1)[0];
      out.push(b);
      if (b === 0x0a) break;
    }
    return Uint8Array.from(out);
  }
  write(data: Uint8Array): number {
    const count = Math.min(data.length, this.free());
    for (let i = 0; i < count; i++) {
      this.buf[this.put] = data[i];
      this.put = (this.put + 1) % this.buf.length;
    }
    return count;
  }
}

function makeRingIO(type: PyType, args: PyValue[], kw: Kw | null): PyRingIO {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const given = getBuffer(args[0]);
  const buf = given ?? new Uint8Array(Math.max(0, intArg(args[0])) + 1);
  if (buf.length < 2) raiseValueError("invalid size");
  return new PyRingIO(type, buf);
}

const countArg = (n?: PyValue) => {
  const v = optionalArg([n ?? None], 0);
  return v === undefined ? -1 : intArg(v);
};

ringIOType.defineSlots({ new: makeRingIO, repr: () => "<RingIO>" });
defineMethods(ringIOType, {
  any: (self: PyRingIO) => self.available(),
  read: builtinMethod("read", 0, 1, (self: PyRingIO, n?: PyValue) => newBytes(self.read(countArg(n)))),
  readline: builtinMethod("readline", 0, 1, (self: PyRingIO, n?: PyValue) => newBytes(self.readLine(countArg(n)))),
  readinto: builtinMethod("readinto", 1, 2, (self: PyRingIO, target: PyValue, n?: PyValue) => {
    const dest = getBuffer(target) ?? bytesLikeArg(target);
    const got = self.read(n === undefined ? dest.length : Math.min(intArg(n), dest.length));
    dest.set(got);
    return got.length;
  }),
  write: (self: PyRingIO, data: PyValue) => self.write(bytesLikeArg(data)),
  close: () => None,
});
