// busio.I2C on the raspberrypi port: pin pairing, the pull-up check CircuitPython runs before it starts the
// bus, locking, and an empty bus (no I2C parts are simulated yet: nobody answers).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, OSError, raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import { newList } from "../../types/list";
import { moduleHost } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg, type PyMcuPin } from "./mcu-pin";
import { makeNativeType } from "../native-type";

const ENODEV = 19;
export const busioI2cType = makeNativeType("I2C");

class PyBusioI2c extends PyObject {
  locked = false;
  constructor(readonly session: HardwareSession, public scl: number | null, readonly sda: number) {
    super(busioI2cType);
  }
  ensureLive(): void {
    if (this.scl === null) raiseDeinited();
  }
}

/** SCL on odd pins, SDA on even ones, and both in the same I2C block ((pin / 2) % 2). */
function pinsPair(scl: number, sda: number): boolean {
  return scl % 2 === 1 && sda % 2 === 0 && Math.floor(scl / 2) % 2 === Math.floor(sda / 2) % 2;
}

/**
 * CircuitPython pulls both lines down for 10 µs, lets go, and expects external pull-ups to bring them high
 * within a few µs; a bare board leaves them low.
 */
function hasPullUps(session: HardwareSession, scl: number, sda: number, frequency: number): boolean {
  const gpio = session.hw.gpio;
  for (const pin of [sda, scl]) {
    gpio.setFunction(pin, FUNCSEL.SIO);
    gpio.setOutputEnable(pin, false);
    gpio.setPulls(pin, false, true);
  }
  moduleHost().sleepUs(10);
  for (const pin of [sda, scl]) gpio.setPulls(pin, false, false);
  moduleHost().sleepUs(frequency > 0 ? Math.ceil(1_200_000 / frequency) : 1);
  return gpio.read(sda) === 1 && gpio.read(scl) === 1;
}

export function makeBusioI2c(session: HardwareSession, sclArg: PyValue, sdaArg: PyValue, frequency: number, _timeout: number): PyValue {
  const scl = freePinArg(session, sclArg, "scl");
  const sda = freePinArg(session, sdaArg, "sda");
  if (!pinsPair(scl, sda)) raiseValueError("Invalid pins");
  if (!hasPullUps(session, scl, sda, frequency)) {
    resetPin(session, sda);
    resetPin(session, scl);
    raiseRuntimeError("No pull up found on SDA or SCL; check your wiring");
  }
  for (const pin of [scl, sda]) {
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.I2C);
  }
  return new PyBusioI2c(session, scl, sda);
}

export function isDeinitedI2c(v: PyValue): boolean {
  return v instanceof PyBusioI2c && v.scl === null;
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "scl", kind: "obj", required: true },
    { name: "sda", kind: "obj", required: true },
    { name: "frequency", kind: "int", kwOnly: true, dflt: 100_000 },
    { name: "timeout", kind: "int", kwOnly: true, dflt: 255 },
  ]);
  return makeBusioI2c(cpSession("busio"), a.scl as PyMcuPin, a.sda as PyMcuPin, a.frequency, a.timeout);
}

function deinit(self: PyBusioI2c): PyValue {
  if (self.scl === null) return None;
  resetPin(self.session, self.scl);
  resetPin(self.session, self.sda);
  self.scl = null;
  return None;
}

function requireLock(self: PyBusioI2c): void {
  self.ensureLive();
  if (!self.locked) raiseRuntimeError("Function requires lock");
}

/** A transfer to an address nobody acknowledges. */
function noDevice(self: PyBusioI2c): never {
  requireLock(self);
  throw newException(OSError, ENODEV);
}

defineMethods(busioI2cType, {
  deinit,
  try_lock: (self: PyBusioI2c) => {
    self.ensureLive();
    if (self.locked) return false;
    self.locked = true;
    return true;
  },
  unlock: (self: PyBusioI2c) => {
    self.ensureLive();
    self.locked = false;
    return None;
  },
  scan: (self: PyBusioI2c) => {
    requireLock(self);
    return newList([]);
  },
  probe: (self: PyBusioI2c, address: PyValue) => {
    requireLock(self);
    mpInt(address);
    return false;
  },
  readfrom_into: builtinMethodKw("readfrom_into", (self: PyBusioI2c) => noDevice(self)),
  writeto: builtinMethodKw("writeto", (self: PyBusioI2c) => noDevice(self)),
  writeto_then_readfrom: builtinMethodKw("writeto_then_readfrom", (self: PyBusioI2c) => noDevice(self)),
});
defineContextManager(busioI2cType, deinit);
busioI2cType.defineSlots({ new: construct });
