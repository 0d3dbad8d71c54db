// CircuitPython's `microcontroller`: Pin and the `pin` table, cpu/cpus (Processor: frequency, temperature,
// voltage, uid, reset_reason), reset, delay_us and interrupt masking.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinFunction } from "../../runtime/function";
import { InterpreterAbort } from "../../runtime/traceback";
import { raiseValueError } from "../../runtime/errors";
import { newFloat } from "../../types/float";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { PyByteArray } from "../../types/bytearray";
import { moduleHost } from "../../modules/host-ref";
import { ADC_TEMPERATURE_CHANNEL } from "../pico-hardware";
import { defineProperties } from "../native-property";
import { mpInt } from "../mp-args";
import { pllCanMake } from "../machine/clocks";
import type { HardwareSession } from "../session";
import { makeCpEnum } from "./cp-enum";
import { MCU_PINS, mcuPinType } from "./mcu-pin";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";
import { makeNvm } from "./nvm";
import { watchdogTimer } from "./watchdog";

export const ResetReason = makeCpEnum("microcontroller", "ResetReason", [
  "POWER_ON", "BROWNOUT", "SOFTWARE", "DEEP_SLEEP_ALARM", "RESET_PIN", "WATCHDOG", "UNKNOWN", "RESCUE_DEBUG",
] as const);
export const RunMode = makeCpEnum("microcontroller", "RunMode", ["UF2", "NORMAL", "SAFE_MODE", "BOOTLOADER"] as const);

export const processorType = makeNativeType("Processor");
processorType.isBaseType = false;

class PyProcessor extends PyObject {
  constructor(readonly session: HardwareSession) {
    super(processorType);
  }
}

/** The on-chip sensor through the ADC, with the datasheet's formula as CircuitPython applies it. */
function temperatureC(session: HardwareSession): number {
  const volts = (session.hw.adc.read12(ADC_TEMPERATURE_CHANNEL) * 3.3) / 4096;
  return 27 - (volts - 0.706) / 0.001721;
}

defineProperties(processorType, {
  frequency: {
    get: (self: PyProcessor) => self.session.hw.clocks.getSysHz(),
    set: (self: PyProcessor, v: PyValue) => {
      const khz = Math.trunc(mpInt(v) / 1000);
      if (!pllCanMake(khz * 1000)) raiseValueError("Invalid frequency");
      self.session.hw.clocks.setSysHz(khz * 1000);
    },
  },
  temperature: { get: (self: PyProcessor) => newFloat(temperatureC(self.session)) },
  // The RP2040 cannot measure its own supply voltage.
  voltage: { get: () => newFloat(NaN) },
  uid: { get: (self: PyProcessor) => new PyByteArray(self.session.hw.system.uniqueId()) },
  reset_reason: {
    get: (self: PyProcessor) =>
      self.session.hw.system.resetCause() === "watchdog" ? ResetReason.values.WATCHDOG : ResetReason.values.POWER_ON,
  },
});

function createPinModule(): PyModule {
  const m = new PyModule("microcontroller.pin");
  for (const pin of MCU_PINS) m.set(`GPIO${pin.id}`, pin);
  return m;
}

export function createMicrocontrollerModule(): PyModule {
  const session = cpSession("microcontroller");
  const cpu = new PyProcessor(session);
  const m = new PyModule("microcontroller");
  m.set("Pin", mcuPinType);
  m.set("Processor", processorType);
  m.set("ResetReason", ResetReason.type);
  m.set("RunMode", RunMode.type);
  m.set("pin", createPinModule());
  m.set("cpu", cpu);
  m.set("cpus", new PyTuple([cpu, new PyProcessor(session)]));
  m.set("nvm", makeNvm(session));
  m.set("watchdog", watchdogTimer(session));
  m.set("reset", builtinFunction("reset", 0, 0, () => {
    session.hw.system.requestReset("hard");
    throw new InterpreterAbort("microcontroller.reset()");
  }));
  m.set("delay_us", builtinFunction("delay_us", 1, 1, (us: PyValue) => {
    // A busy wait: interrupts don't run (no poll).
    moduleHost().sleepUs(Math.max(0, mpInt(us)));
    return None;
  }));
  m.set("disable_interrupts", builtinFunction("disable_interrupts", 0, 0, () => {
    session.scheduler.paused = true;
    return None;
  }));
  m.set("enable_interrupts", builtinFunction("enable_interrupts", 0, 0, () => {
    session.scheduler.paused = false;
    return None;
  }));
  return m;
}
