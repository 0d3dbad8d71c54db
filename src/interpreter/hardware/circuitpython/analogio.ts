// CircuitPython's `analogio`: AnalogIn on GP26..GP29 (16-bit value stretched from the 12-bit ADC,
// reference_voltage 3.3) and AnalogOut, which the RP2040 does not have.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseNotImplementedError, raiseValueError } from "../../runtime/errors";
import { checkArity, defineMethods } from "../../runtime/function";
import { newFloat } from "../../types/float";
import { PyModule } from "../../types/module";
import { ADC_BASE_PIN, FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const analogInType = makeNativeType("AnalogIn");
export const analogOutType = makeNativeType("AnalogOut");

class PyAnalogIn extends PyObject {
  constructor(readonly session: HardwareSession, public pin: number | null) {
    super(analogInType);
  }
  get live(): number {
    return this.pin ?? raiseDeinited();
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const session = cpSession("analogio");
  const pin = freePinArg(session, args[0], "pin");
  if (pin < ADC_BASE_PIN || pin > ADC_BASE_PIN + 3) raiseValueError("Invalid pin");
  // adc_gpio_init: no digital function and no pulls on the analogue input.
  session.hw.gpio.setFunction(pin, FUNCSEL.NULL);
  session.hw.gpio.setPulls(pin, false, false);
  session.claims.claim(pin);
  return new PyAnalogIn(session, pin);
}

function deinit(self: PyAnalogIn): PyValue {
  if (self.pin !== null) resetPin(self.session, self.pin);
  self.pin = null;
  return None;
}

defineMethods(analogInType, { deinit });
defineContextManager(analogInType, deinit);
defineProperties(analogInType, {
  value: {
    get: (self: PyAnalogIn) => {
      const raw = self.session.hw.adc.read12(self.live - ADC_BASE_PIN);
      return ((raw << 4) | (raw >> 8)) & 0xffff;
    },
  },
  reference_voltage: {
    get: (self: PyAnalogIn) => {
      void self.live;
      return newFloat(3.3);
    },
  },
});
analogInType.defineSlots({ new: construct });

analogOutType.defineSlots({
  new: (_type: unknown, args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    freePinArg(cpSession("analogio"), args[0], "pin");
    return raiseNotImplementedError("AnalogOut");
  },
});

export function createAnalogioModule(): PyModule {
  cpSession("analogio");
  const m = new PyModule("analogio");
  m.set("AnalogIn", analogInType);
  m.set("AnalogOut", analogOutType);
  return m;
}
