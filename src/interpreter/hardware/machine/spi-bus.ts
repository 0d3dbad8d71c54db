// The transfer methods machine.SPI and machine.SoftSPI share (extmod/machine_spi.c): read, readinto, write,
// write_readinto; bytes go over the board's SPI wires and take the time the clock needs.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost } from "../../modules/host-ref";
import { mpInt } from "../mp-args";
import { readableBuffer } from "../mp-buffer";
import { machineHw } from "./context";

export const MSB = 1;
export const LSB = 0;

export abstract class PySpiController extends PyObject {
  abstract sck: number;
  abstract mosi: number;
  abstract miso: number;
  abstract baudrate: number;
  bits = 8;
  firstbit = MSB;
  constructor(type: PyType) {
    super(type);
  }

  /** Clocks `out` out and returns what came in on MISO. */
  exchange(out: Uint8Array): Uint8Array {
    const lsb = this.firstbit === LSB;
    const send = lsb ? out.map(reverseBits) : out;
    const got = machineHw().spi.transfer(this.sck, this.mosi, this.miso, send);
    if (this.baudrate > 0 && out.length > 0) {
      moduleHost().sleepUs(Math.ceil((out.length * Math.max(8, this.bits) * 1_000_000) / this.baudrate));
    }
    return lsb ? got.map(reverseBits) : got;
  }
}

function reverseBits(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r |= ((b >> i) & 1) << (7 - i);
  return r;
}

function filled(n: number, value: number): Uint8Array {
  return new Uint8Array(Math.max(0, n)).fill(value & 0xff);
}

export function defineSpiMethods(type: PyType): void {
  defineMethods(type, {
    read: builtinMethod("read", 1, 2, (self: PySpiController, n: PyValue, write?: PyValue) =>
      newBytes(self.exchange(filled(mpInt(n), write === undefined ? 0 : mpInt(write))))),
    readinto: builtinMethod("readinto", 1, 2, (self: PySpiController, buf: PyValue, write?: PyValue) => {
      const into = requireBuffer(buf);
      into.set(self.exchange(filled(into.length, write === undefined ? 0 : mpInt(write))));
      return None;
    }),
    write: builtinMethod("write", 1, 1, (self: PySpiController, buf: PyValue) => {
      self.exchange(readableBuffer(buf));
      return None;
    }),
    write_readinto: builtinMethod("write_readinto", 2, 2, (self: PySpiController, wbuf: PyValue, rbuf: PyValue) => {
      const out = readableBuffer(wbuf);
      const into = requireBuffer(rbuf);
      if (out.length !== into.length) raiseValueError("buffers must be the same length");
      into.set(self.exchange(out.slice()));
      return None;
    }),
  });
}
