// busio.SPI on the raspberrypi port: pin validation, claims and locking. Transfers come with the bus simulation.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg, freePinOrNoneArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const busioSpiType = makeNativeType("SPI");

class PyBusioSpi extends PyObject {
  live = true;
  locked = false;
  constructor(readonly session: HardwareSession, readonly pins: number[]) {
    super(busioSpiType);
  }
}

/** Pins in groups of four (RX, CSn, SCK, TX), SPI0 and SPI1 alternating every eight pins. */
const SLOT = { miso: 0, clock: 2, mosi: 3 } as const;
const spiOf = (pin: number) => Math.floor(pin / 8) % 2;

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "clock", kind: "obj", required: true },
    { name: "MOSI", kind: "obj", dflt: None },
    { name: "MISO", kind: "obj", dflt: None },
    { name: "half_duplex", kind: "bool", dflt: false },
  ]);
  const session = cpSession("busio");
  const clock = freePinArg(session, a.clock, "clock");
  const mosi = freePinOrNoneArg(session, a.MOSI, "MOSI");
  const miso = freePinOrNoneArg(session, a.MISO, "MISO");
  const roles: [number | null, number][] = [[clock, SLOT.clock], [mosi, SLOT.mosi], [miso, SLOT.miso]];
  const ok = roles.every(([pin, slot]) => pin === null || (pin % 4 === slot && spiOf(pin) === spiOf(clock)));
  if (!ok) raiseValueError("Invalid pins");
  const pins = roles.map(([pin]) => pin).filter((p): p is number => p !== null);
  for (const pin of pins) {
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.SPI);
  }
  return new PyBusioSpi(session, pins);
}

function deinit(self: PyBusioSpi): PyValue {
  if (!self.live) return None;
  for (const pin of self.pins) resetPin(self.session, pin);
  self.live = false;
  return None;
}

defineMethods(busioSpiType, {
  deinit,
  try_lock: (self: PyBusioSpi) => {
    if (!self.live) raiseDeinited();
    if (self.locked) return false;
    self.locked = true;
    return true;
  },
  unlock: (self: PyBusioSpi) => {
    if (!self.live) raiseDeinited();
    self.locked = false;
    return None;
  },
});
defineContextManager(busioSpiType, deinit);
busioSpiType.defineSlots({ new: construct });
