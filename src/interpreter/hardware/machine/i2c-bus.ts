// The transfer methods machine.I2C and machine.SoftI2C share (extmod/machine_i2c.c's locals): scan, readfrom,
// writeto, writevto, the memory operations and, for SoftI2C only, the primitive start/stop/readinto/write. Each
// controller supplies one transfer function with its firmware's error rules.
import { newException, OSError } from "../../runtime/errors";
import { None } from "../../runtime/builtin-types";
import { PyObject, STOP, type PyValue, type Kw } from "../../runtime/object";
import { builtinMethod, builtinMethodKw, defineMethods } from "../../runtime/function";
import { truthy, getIter, iterNext } from "../../runtime/protocol";
import type { PyType } from "../../runtime/type";
import { newList } from "../../types/list";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import { mpInt, parseArgs } from "../mp-args";
import { readableBuffer } from "../mp-buffer";

export { EIO, ENODEV, ETIMEDOUT } from "../i2c-transfer";

/** An I2C controller object: its pins and how it moves a transaction. */
export abstract class PyI2cController extends PyObject {
  abstract scl: number;
  abstract sda: number;
  constructor(type: PyType) {
    super(type);
  }
  /** One transaction: >= 0 on success (ACKs for writes), -errno on failure. */
  abstract transfer(addr: number, bufs: Uint8Array[], read: boolean, stop: boolean): number;
  /** The primitive operations (start, stop, readinto, write); null on the hardware I2C, which has none. */
  primitives(): I2cPrimitives | null {
    return null;
  }
}

export interface I2cPrimitives {
  start(): number;
  stop(): number;
  /** Bytes written (the first after start() is the address byte): ACKs received, or -errno. */
  write(data: Uint8Array): number;
  readinto(buf: Uint8Array, nackLast: boolean): number;
}

function check(ret: number): number {
  if (ret < 0) throw newException(OSError, -ret);
  return ret;
}

function writeTo(self: PyI2cController, addr: number, data: Uint8Array, stop: boolean): number {
  return self.transfer(addr, [data], false, stop);
}

function readFrom(self: PyI2cController, addr: number, into: Uint8Array, stop: boolean): number {
  return self.transfer(addr, [into], true, stop);
}

function stopArg(v: PyValue | undefined): boolean {
  return v === undefined ? true : truthy(v);
}

/** The memory address as addrsize/8 bytes, most significant first. */
function memaddrBytes(memaddr: number, addrsize: number): Uint8Array {
  const out: number[] = [];
  for (let shift = addrsize - 8; shift >= 0; shift -= 8) out.push((memaddr >>> shift) & 0xff);
  return Uint8Array.from(out);
}

function readMem(self: PyI2cController, addr: number, memaddr: number, addrsize: number, into: Uint8Array): void {
  const prefix = memaddrBytes(memaddr, addrsize);
  const ret = writeTo(self, addr, prefix, false);
  if (ret !== prefix.length) {
    // The write failed or was cut short: end the transaction with a STOP and report only an error.
    writeTo(self, addr, new Uint8Array(0), true);
    check(ret);
    return;
  }
  check(readFrom(self, addr, into, true));
}

/** machine_i2c_mem_allowed_args: the third argument is `n` or the buffer, named `arg` for both. */
const MEM_ARGS = [
  { name: "addr", kind: "int" as const, required: true },
  { name: "memaddr", kind: "int" as const, required: true },
  { name: "arg", kind: "obj" as const, required: true },
  { name: "addrsize", kind: "int" as const, kwOnly: true, dflt: 8 },
];

function writevto(self: PyI2cController, addr: PyValue, vector: PyValue, stop?: PyValue): PyValue {
  const bufs: Uint8Array[] = [];
  const it = getIter(vector);
  for (let v = iterNext(it); v !== STOP; v = iterNext(it)) {
    const b = readableBuffer(v);
    if (b.length > 0) bufs.push(b);
  }
  if (bufs.length === 0) bufs.push(new Uint8Array(0));
  return check(self.transfer(mpInt(addr), bufs, false, stopArg(stop)));
}

function requirePrimitives(self: PyI2cController): I2cPrimitives {
  const p = self.primitives();
  if (p === null) throw newException(OSError, "I2C operation not supported");
  return p;
}

export function defineI2cMethods(type: PyType): void {
  defineMethods(type, {
    scan: (self: PyI2cController) => {
      const found: PyValue[] = [];
      // 7-bit addresses 0b0000xxx and 0b1111xxx are reserved.
      for (let addr = 0x08; addr < 0x78; addr++) if (writeTo(self, addr, new Uint8Array(0), true) === 0) found.push(addr);
      return newList(found);
    },
    readfrom: builtinMethod("readfrom", 2, 3, (self: PyI2cController, addr: PyValue, n: PyValue, stop?: PyValue) => {
      const a = mpInt(addr);
      const buf = new Uint8Array(Math.max(0, mpInt(n)));
      check(readFrom(self, a, buf, stopArg(stop)));
      return newBytes(buf);
    }),
    readfrom_into: builtinMethod("readfrom_into", 2, 3, (self: PyI2cController, addr: PyValue, buf: PyValue, stop?: PyValue) => {
      check(readFrom(self, mpInt(addr), requireBuffer(buf), stopArg(stop)));
      return None;
    }),
    writeto: builtinMethod("writeto", 2, 3, (self: PyI2cController, addr: PyValue, buf: PyValue, stop?: PyValue) =>
      check(writeTo(self, mpInt(addr), readableBuffer(buf), stopArg(stop)))),
    writevto: builtinMethod("writevto", 2, 3, writevto),
    readfrom_mem: builtinMethodKw("readfrom_mem", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      const a = parseArgs(args, kw, MEM_ARGS);
      const buf = new Uint8Array(Math.max(0, mpInt(a.arg)));
      readMem(self, a.addr, a.memaddr, a.addrsize, buf);
      return newBytes(buf);
    }),
    readfrom_mem_into: builtinMethodKw("readfrom_mem_into", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      const a = parseArgs(args, kw, MEM_ARGS);
      readMem(self, a.addr, a.memaddr, a.addrsize, requireBuffer(a.arg));
      return None;
    }),
    writeto_mem: builtinMethodKw("writeto_mem", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      const a = parseArgs(args, kw, MEM_ARGS);
      check(self.transfer(a.addr, [memaddrBytes(a.memaddr, a.addrsize), readableBuffer(a.arg)], false, true));
      return None;
    }),
    start: (self: PyI2cController) => (check(requirePrimitives(self).start()), None),
    stop: (self: PyI2cController) => (check(requirePrimitives(self).stop()), None),
    readinto: builtinMethod("readinto", 1, 2, (self: PyI2cController, buf: PyValue, nack?: PyValue) => {
      check(requirePrimitives(self).readinto(requireBuffer(buf), nack === undefined ? true : truthy(nack)));
      return None;
    }),
    write: builtinMethod("write", 1, 1, (self: PyI2cController, buf: PyValue) =>
      check(requirePrimitives(self).write(readableBuffer(buf)))),
  });
}
