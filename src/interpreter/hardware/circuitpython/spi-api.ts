// The Python side CircuitPython's busio.SPI and bitbangio.SPI share (shared-bindings/busio/SPI.c): locking,
// configure, write, readinto, write_readinto with slices, frequency, deinit; bytes go over the board's SPI wires.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { moduleHost } from "../../modules/host-ref";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { parseArgs } from "../mp-args";
import { defineContextManager, raiseDeinited, resetPin } from "./context";
import { bufferSlice, lockMethods, OUT_IN_SLICE_ARGS, SLICE_ARGS } from "./bus-buffers";


export abstract class PyCpSpi extends PyObject {
  live = true;
  locked = false;
  polarity = 0;
  phase = 0;
  bits = 8;
  constructor(type: PyType, readonly session: HardwareSession, readonly sck: number, readonly mosi: number | null, readonly miso: number | null, public baudrate: number) {
    super(type);
  }
  ensureLive(): void {
    if (!this.live) raiseDeinited();
  }
  /** The rate the clock really runs at. */
  frequency(): number {
    return this.baudrate;
  }
  /** Hook for the block to reprogram its divider. */
  configure(baudrate: number): void {
    this.baudrate = baudrate;
  }
  release(): void {
    for (const pin of [this.sck, this.mosi, this.miso]) if (pin !== null) resetPin(this.session, pin);
  }
  /** Exchanges bytes on the wires, taking the time the clock needs. */
  exchange(out: Uint8Array): Uint8Array {
    const got = this.session.hw.spi.transfer(this.sck, this.mosi, this.miso, out);
    const hz = this.frequency();
    if (hz > 0 && out.length > 0) moduleHost().sleepUs(Math.ceil((out.length * this.bits * 1_000_000) / hz));
    return got;
  }
}

function requireLock(self: PyCpSpi): void {
  self.ensureLive();
  if (!self.locked) raiseRuntimeError("Function requires lock");
}

function range(v: number, lo: number, hi: number, name: string): number {
  if (v < lo || v > hi) raiseValueError(`${name} must be ${lo}-${hi}`);
  return v;
}

function deinit(self: PyCpSpi): PyValue {
  if (!self.live) return None;
  self.release();
  self.live = false;
  return None;
}

export function defineCpSpiMethods(type: PyType): void {
  defineMethods(type, {
    deinit,
    ...lockMethods<PyCpSpi>(),
    configure: builtinMethodKw("configure", (self: PyCpSpi, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [
        { name: "baudrate", kind: "int", kwOnly: true, dflt: 100_000 },
        { name: "polarity", kind: "int", kwOnly: true, dflt: 0 },
        { name: "phase", kind: "int", kwOnly: true, dflt: 0 },
        { name: "bits", kind: "int", kwOnly: true, dflt: 8 },
      ]);
      self.polarity = range(a.polarity, 0, 1, "polarity");
      self.phase = range(a.phase, 0, 1, "phase");
      self.bits = range(a.bits, 8, 9, "bits");
      self.configure(a.baudrate);
      return None;
    }),
    write: builtinMethodKw("write", (self: PyCpSpi, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [{ name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS]);
      const out = bufferSlice(a.buffer, a.start, a.end);
      if (out.length > 0) self.exchange(out);
      return None;
    }),
    readinto: builtinMethodKw("readinto", (self: PyCpSpi, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [{ name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS, { name: "write_value", kind: "int", kwOnly: true, dflt: 0 }]);
      const into = bufferSlice(a.buffer, a.start, a.end);
      if (into.length > 0) into.set(self.exchange(new Uint8Array(into.length).fill(a.write_value & 0xff)));
      return None;
    }),
    write_readinto: builtinMethodKw("write_readinto", (self: PyCpSpi, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [
        { name: "out_buffer", kind: "obj", required: true },
        { name: "in_buffer", kind: "obj", required: true },
        ...OUT_IN_SLICE_ARGS,
      ]);
      const out = bufferSlice(a.out_buffer, a.out_start, a.out_end);
      const into = bufferSlice(a.in_buffer, a.in_start, a.in_end);
      if (out.length !== into.length) raiseValueError("buffer slices must be of equal length");
      if (out.length > 0) into.set(self.exchange(out.slice()));
      return None;
    }),
  });
  defineContextManager(type, deinit);
  defineProperties(type, {
    frequency: { get: (self: PyCpSpi) => (self.ensureLive(), self.frequency()) },
  });
}
