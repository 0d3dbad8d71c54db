// The Python side CircuitPython's busio.I2C and bitbangio.I2C share (shared-bindings/busio/I2C.c): locking, scan,
// probe, readfrom_into, writeto, writeto_then_readfrom with start/end slices, frequency, deinit. Subclasses move
// the bytes and say which errno a failure gets.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, OSError, raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { newList } from "../../types/list";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { defineContextManager, raiseDeinited } from "./context";
import { bufferSlice, lockMethods, OUT_IN_SLICE_ARGS, SLICE_ARGS } from "./bus-buffers";


export abstract class PyCpI2c extends PyObject {
  locked = false;
  constructor(type: PyType, readonly session: HardwareSession, public scl: number | null, readonly sda: number, readonly frequency: number) {
    super(type);
  }
  get live(): boolean {
    return this.scl !== null;
  }
  ensureLive(): void {
    if (this.scl === null) raiseDeinited();
  }
  /** Writes `data` (START, address, data, STOP unless `stop` is false): 0 or an errno. */
  abstract write(addr: number, data: Uint8Array, stop: boolean): number;
  /** Reads into `buf`: 0 or an errno. */
  abstract read(addr: number, buf: Uint8Array): number;
  /** Releases the pins and the controller. */
  abstract release(): void;
}

/** normalize_buffer_bounds: negative indices count from the end; `end` is clamped to the length. */
function requireLock(self: PyCpI2c): void {
  self.ensureLive();
  if (!self.locked) raiseRuntimeError("Function requires lock");
}

function check(errno: number): void {
  if (errno !== 0) throw newException(OSError, errno);
}

function readInto(self: PyCpI2c, addr: number, buffer: PyValue, start: number, end: number): void {
  const into = bufferSlice(buffer, start, end);
  if (into.length === 0) raiseValueError("Buffer must be at least length 1");
  check(self.read(addr, into));
}

function writeTo(self: PyCpI2c, addr: number, buffer: PyValue, start: number, end: number, stop: boolean): void {
  check(self.write(addr, bufferSlice(buffer, start, end), stop));
}

function deinit(self: PyCpI2c): PyValue {
  if (!self.live) return None;
  self.release();
  self.scl = null;
  return None;
}

export function defineCpI2cMethods(type: PyType): void {
  defineMethods(type, {
    deinit,
    ...lockMethods<PyCpI2c>(),
    scan: (self: PyCpI2c) => {
      requireLock(self);
      const found: PyValue[] = [];
      for (let addr = 0x08; addr < 0x78; addr++) if (self.write(addr, new Uint8Array(0), true) === 0) found.push(addr);
      return newList(found);
    },
    probe: (self: PyCpI2c, address: PyValue) => {
      requireLock(self);
      return self.write(mpInt(address), new Uint8Array(0), true) === 0;
    },
    readfrom_into: builtinMethodKw("readfrom_into", (self: PyCpI2c, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [{ name: "address", kind: "int", required: true }, { name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS]);
      readInto(self, a.address, a.buffer, a.start, a.end);
      return None;
    }),
    writeto: builtinMethodKw("writeto", (self: PyCpI2c, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [{ name: "address", kind: "int", required: true }, { name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS]);
      writeTo(self, a.address, a.buffer, a.start, a.end, true);
      return None;
    }),
    writeto_then_readfrom: builtinMethodKw("writeto_then_readfrom", (self: PyCpI2c, args: PyValue[], kw: Kw | null) => {
      requireLock(self);
      const a = parseArgs(args, kw, [
        { name: "address", kind: "int", required: true },
        { name: "out_buffer", kind: "obj", required: true },
        { name: "in_buffer", kind: "obj", required: true },
        ...OUT_IN_SLICE_ARGS,
      ]);
      // No STOP between the two: the read begins with a repeated START.
      writeTo(self, a.address, a.out_buffer, a.out_start, a.out_end, false);
      readInto(self, a.address, a.in_buffer, a.in_start, a.in_end);
      return None;
    }),
  });
  defineContextManager(type, deinit);
  defineProperties(type, {
    frequency: { get: (self: PyCpI2c) => (self.ensureLive(), self.frequency) },
  });
}
