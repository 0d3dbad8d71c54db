// What an I2C controller finds on the simulated bus. No I2C parts are simulated yet, so every address goes
// unanswered; the error a transfer gets follows the pads as on silicon (SCL held low -> timeout).
import { newException, OSError } from "../../runtime/errors";
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { builtinMethod, builtinMethodKw, defineMethods } from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { newList } from "../../types/list";
import { mpInt, parseArgs } from "../mp-args";
import { machineHw } from "./context";

export const ETIMEDOUT = 110;
export const ENODEV = 19;
export const EIO = 5;

/** An I2C controller object: its pins and how it reports a missing device. */
export abstract class PyI2cController extends PyObject {
  abstract scl: number;
  abstract sda: number;
  /** The errno of an address nobody acknowledges (SoftI2C: ENODEV, the hardware block: EIO). */
  abstract readonly nackErrno: number;
  constructor(type: PyType) {
    super(type);
  }
}

/** The errno a transfer to `addr` ends with on the (empty) bus. */
function transferError(self: PyI2cController): number {
  // With SCL released and nothing pulling it up, the clock never rises: clock stretching times out.
  if (machineHw().gpio.read(self.scl) === 0) return ETIMEDOUT;
  return self.nackErrno;
}

function fail(self: PyI2cController): never {
  throw newException(OSError, transferError(self));
}

/** The transfer methods of machine.I2C and machine.SoftI2C (extmod/machine_i2c.c's locals). */
export function defineI2cMethods(type: PyType): void {
  defineMethods(type, {
    // A scan probes every address with a write; none answers, whatever the error.
    scan: () => newList([]),
    readfrom: builtinMethod("readfrom", 2, 3, (self: PyI2cController, addr: PyValue, n: PyValue) => {
      mpInt(addr);
      mpInt(n);
      return fail(self);
    }),
    readfrom_into: builtinMethod("readfrom_into", 2, 3, (self: PyI2cController) => fail(self)),
    writeto: builtinMethod("writeto", 2, 3, (self: PyI2cController) => fail(self)),
    writevto: builtinMethod("writevto", 2, 3, (self: PyI2cController) => fail(self)),
    readfrom_mem: builtinMethodKw("readfrom_mem", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      parseArgs(args, kw, MEM_ARGS_N);
      return fail(self);
    }),
    readfrom_mem_into: builtinMethodKw("readfrom_mem_into", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      parseArgs(args, kw, MEM_ARGS_BUF);
      return fail(self);
    }),
    writeto_mem: builtinMethodKw("writeto_mem", (self: PyI2cController, args: PyValue[], kw: Kw | null) => {
      parseArgs(args, kw, MEM_ARGS_BUF);
      return fail(self);
    }),
  });
}

const MEM_ARGS_N = [
  { name: "addr", kind: "int" as const, required: true },
  { name: "memaddr", kind: "int" as const, required: true },
  { name: "n", kind: "int" as const, required: true },
  { name: "addrsize", kind: "int" as const, kwOnly: true, dflt: 8 },
];
const MEM_ARGS_BUF = [
  { name: "addr", kind: "int" as const, required: true },
  { name: "memaddr", kind: "int" as const, required: true },
  { name: "buf", kind: "obj" as const, required: true },
  { name: "addrsize", kind: "int" as const, kwOnly: true, dflt: 8 },
];

