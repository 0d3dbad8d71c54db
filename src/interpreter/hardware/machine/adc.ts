// machine.ADC for the rp2 port: channels 0..3 (GP26..GP29) and 4 (temperature sensor), read_u16 scaled from 12 bits.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { checkArity, defineClassAttrs, defineMethods } from "../../runtime/function";
import { ADC_BASE_PIN, ADC_TEMPERATURE_CHANNEL, FUNCSEL } from "../pico-hardware";
import { isIntObject, mpInt } from "../mp-args";
import { machineHw } from "./context";
import { findPin } from "./pin";

export const adcType = makeBuiltinType("ADC");

class PyAdc extends PyObject {
  constructor(readonly channel: number) {
    super(adcType);
  }
}

/** Stretches a 12-bit conversion to 16 bits the way the firmware does (raw << 4 | raw >> 8). */
export function scale12To16(raw: number): number {
  return ((raw << 4) | (raw >> 8)) & 0xffff;
}

function adcNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const source = args[0];
  if (isIntObject(source)) {
    const channel = mpInt(source);
    if (channel >= 0 && channel <= ADC_TEMPERATURE_CHANNEL) return new PyAdc(channel);
  }
  const pin = findPin(source);
  if (pin.id < ADC_BASE_PIN || pin.id > ADC_BASE_PIN + 3) raiseValueError("Pin doesn't have ADC capabilities");
  // adc_gpio_init: no digital function, no pulls, so the pad doesn't disturb the analogue level.
  const gpio = machineHw().gpio;
  gpio.setFunction(pin.id, FUNCSEL.NULL);
  gpio.setPulls(pin.id, false, false);
  return new PyAdc(pin.id - ADC_BASE_PIN);
}

adcType.defineSlots({
  repr: (self: PyAdc) => `<ADC channel=${self.channel}>`,
  new: adcNew,
});

defineMethods(adcType, {
  read_u16: (self: PyAdc) => scale12To16(machineHw().adc.read12(self.channel)),
});

defineClassAttrs(adcType, { CORE_TEMP: ADC_TEMPERATURE_CHANNEL });
