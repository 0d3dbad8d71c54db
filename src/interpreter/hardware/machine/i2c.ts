// machine.I2C (the RP2040's two I2C blocks, static objects that keep their pins) and machine.SoftI2C
// (bit-banged on any pins): construction, pin validation, baud rate and repr as the rp2 port prints them.
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { FUNCSEL } from "../pico-hardware";
import { divU32, u32 } from "../c-arith";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { machineHw, machineSession } from "./context";
import { pinNumberArg, pinOpenDrain } from "./pin";
import { EIO, ENODEV, PyI2cController, defineI2cMethods } from "./i2c-bus";

export const i2cType = makeBuiltinType("I2C");
export const softI2cType = makeBuiltinType("SoftI2C");

const DEFAULT_FREQ = 400_000;
const DEFAULT_TIMEOUT_US = 50_000;
/** The Pico's default pins: I2C0 on GP5/GP4, I2C1 on GP7/GP6. */
const DEFAULT_PINS = [{ scl: 5, sda: 4 }, { scl: 7, sda: 6 }];

class PyI2c extends PyI2cController {
  readonly nackErrno = EIO;
  freq = 0;
  timeout = 0;
  constructor(readonly id: number, public scl: number, public sda: number) {
    super(i2cType);
  }
}

/** SCL is on odd pins and SDA on even ones; I2C0/I2C1 alternate every two pins. */
const isValidScl = (id: number, pin: number) => (pin & 1) === 1 && ((pin & 2) >> 1) === id;
const isValidSda = (id: number, pin: number) => (pin & 1) === 0 && ((pin & 2) >> 1) === id;

/** i2c_set_baudrate: the achievable rate for a period of whole clk_sys cycles. */
export function i2cBaudrate(sysHz: number, baudrate: number): number {
  const period = divU32(u32(sysHz + Math.floor(u32(baudrate) / 2)), u32(baudrate));
  return divU32(sysHz, period);
}

const I2C_ARGS: ArgSpec[] = [
  { name: "id", kind: "obj", dflt: 0 },
  { name: "freq", kind: "int", dflt: DEFAULT_FREQ },
  { name: "scl", kind: "obj", kwOnly: true, dflt: None },
  { name: "sda", kind: "obj", kwOnly: true, dflt: None },
  { name: "timeout", kind: "int", kwOnly: true, dflt: DEFAULT_TIMEOUT_US },
];

function i2cObjects(): PyI2c[] {
  return machineSession().state("machine.i2c", () => DEFAULT_PINS.map((p, id) => new PyI2c(id, p.scl, p.sda)));
}

function i2cNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, I2C_ARGS);
  const id = mpInt(a.id);
  if (id < 0 || id > 1) raiseValueError(`I2C(${id}) doesn't exist`);
  const self = i2cObjects()[id];
  if (a.scl !== None) setPin(self, "scl", pinNumberArg(a.scl));
  if (a.sda !== None) setPin(self, "sda", pinNumberArg(a.sda));
  if (args.length > 1 || (kw !== null && kw.size > 0) || self.freq === 0) {
    const hw = machineHw();
    self.freq = i2cBaudrate(hw.clocks.getSysHz(), u32(a.freq));
    self.timeout = u32(a.timeout);
    for (const pin of [self.scl, self.sda]) {
      hw.gpio.setFunction(pin, FUNCSEL.I2C);
      hw.gpio.setPulls(pin, true, false);
    }
  }
  return self;
}

function setPin(self: PyI2c, which: "scl" | "sda", pin: number): void {
  const ok = which === "scl" ? isValidScl(self.id, pin) : isValidSda(self.id, pin);
  if (!ok) raiseValueError(`bad ${which.toUpperCase()} pin`);
  self[which] = pin;
}

i2cType.defineSlots({
  repr: (s: PyI2c) => `I2C(${s.id}, freq=${s.freq}, scl=${s.scl}, sda=${s.sda}, timeout=${s.timeout})`,
  new: i2cNew,
});
defineI2cMethods(i2cType);

// ---------- SoftI2C ----------

class PySoftI2c extends PyI2cController {
  readonly nackErrno = ENODEV;
  constructor(public scl: number, public sda: number, readonly usDelay: number, readonly timeoutUs: number) {
    super(softI2cType);
  }
}

const SOFT_ARGS: ArgSpec[] = [
  { name: "scl", kind: "obj", required: true },
  { name: "sda", kind: "obj", required: true },
  { name: "freq", kind: "int", dflt: DEFAULT_FREQ },
  { name: "timeout", kind: "int", kwOnly: true, dflt: DEFAULT_TIMEOUT_US },
];

function softI2cNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, SOFT_ARGS);
  const scl = pinNumberArg(a.scl);
  const sda = pinNumberArg(a.sda);
  // The bit-banging delay is half a clock period in whole microseconds, at least 1.
  const usDelay = Math.max(1, divU32(500_000, u32(a.freq)));
  pinOpenDrain(scl, 1);
  pinOpenDrain(sda, 1);
  return new PySoftI2c(scl, sda, usDelay, a.timeout);
}

softI2cType.defineSlots({
  repr: (s: PySoftI2c) => `SoftI2C(scl=${s.scl}, sda=${s.sda}, freq=${Math.floor(500_000 / s.usDelay)})`,
  new: softI2cNew,
});
defineI2cMethods(softI2cType);
