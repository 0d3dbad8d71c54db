// CircuitPython's `onewireio.OneWire`: the 1-Wire bit primitives on any pin (reset returns False when a device
// answered with a presence pulse, as the firmware's does), over the same slot timing as MicroPython's onewire.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { parseArgs } from "../mp-args";
import { OneWireBus } from "../onewire/bus";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const oneWireIoType = makeNativeType("OneWire");

class PyOneWireIo extends PyObject {
  constructor(readonly session: HardwareSession, public pin: number | null, readonly bus: OneWireBus) {
    super(oneWireIoType);
  }
  live(): OneWireBus {
    if (this.pin === null) raiseDeinited();
    return this.bus;
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [{ name: "pin", kind: "obj", required: true }]);
  const session = cpSession("onewireio");
  const pin = freePinArg(session, a.pin, "pin");
  session.claims.claim(pin);
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutput(pin, 0);
  gpio.setOutputEnable(pin, false);
  return new PyOneWireIo(session, pin, new OneWireBus(session.hw, pin));
}

function deinit(self: PyOneWireIo): PyValue {
  if (self.pin !== null) resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(oneWireIoType, {
  deinit,
  reset: (self: PyOneWireIo) => !self.live().reset(),
  read_bit: (self: PyOneWireIo) => self.live().readBit() === 1,
  write_bit: builtinMethod("write_bit", 1, 1, (self: PyOneWireIo, value: PyValue) => {
    self.live().writeBit(truthy(value) ? 1 : 0);
    return None;
  }),
});
defineContextManager(oneWireIoType, deinit);
oneWireIoType.defineSlots({ new: construct });

export function createOneWireIoModule(): PyModule {
  cpSession("onewireio");
  return new PyModule("onewireio").set("OneWire", oneWireIoType);
}
