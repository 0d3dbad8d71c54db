// The `machine` module of MicroPython's rp2 port: Pin, Signal, PWM, ADC, Timer, WDT, I2C, SoftI2C, SPI and the
// board-level functions (freq, reset, unique_id, sleeps, IRQ masking, time_pulse_us).
import type { PyValue } from "../../runtime/object";
import { MEM8, MEM16, MEM32 } from "./mem";
import { None } from "../../runtime/builtin-types";
import { newException, raiseValueError, SystemExit } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import { InterpreterAbort } from "../../runtime/traceback";
import { PyModule } from "../../types/module";
import { newBytes } from "../../types/bytes";
import { sleepMicros } from "../../modules/host-ref";
import { divTrunc, u32 } from "../c-arith";
import { mpInt } from "../mp-args";
import type { ResetKind } from "../pico-hardware";
import { machineHw, machineSession } from "./context";
import { pllCanMake } from "./clocks";
import { pinType, useTargetBoardPins } from "./pin";
import { signalType } from "./signal";
import { pwmType } from "./pwm";
import { adcType } from "./adc";
import { timerType } from "./timer";
import { wdtType } from "./wdt";
import { i2cType, softI2cType } from "./i2c";
import { spiType } from "./spi";
import { softSpiType } from "./softspi";
import { uartType } from "./uart";
import { rtcType } from "./rtc";
import { dhtReadinto } from "./dht";
import { timePulseUs } from "./pulse";
import { bitstreamFunction } from "./bitstream";

export const PWRON_RESET = 1;
export const WDT_RESET = 3;
const USB_CLOCK_HZ = 48_000_000;

function freq(hz?: PyValue, periHz?: PyValue): PyValue {
  const hw = machineHw();
  if (hz === undefined) return hw.clocks.getSysHz();
  // set_sys_clock_khz(freq / 1000): whole kHz, as a uint32_t.
  const target = u32(divTrunc(mpInt(hz), 1000) * 1000);
  if (!pllCanMake(target)) raiseValueError("cannot change frequency");
  hw.clocks.setSysHz(target);
  if (periHz !== undefined) {
    const peri = mpInt(periHz);
    if (peri !== USB_CLOCK_HZ && peri !== mpInt(hz)) {
      raiseValueError("peripheral freq must be 48_000_000 or the same as the CPU freq");
    }
  }
  return None;
}

/** Asks the board for a reset and stops the program; the board session reboots (nothing can catch this). */
function resetBoard(kind: ResetKind): never {
  machineHw().system.requestReset(kind);
  throw new InterpreterAbort(`machine reset (${kind})`);
}

/** A blocking wait that wakes when a hardware event schedules a callback (an interrupt on the board). */
function sleepUntilInterrupt(): void {
  const scheduler = machineSession().scheduler;
  const seen = scheduler.scheduledCount;
  while (scheduler.scheduledCount === seen) sleepMicros(1000);
}

function lightsleep(ms?: PyValue): PyValue {
  if (ms === undefined) sleepUntilInterrupt();
  else sleepMicros(Math.max(0, mpInt(ms)) * 1000);
  return None;
}

function disableIrq(): PyValue {
  const scheduler = machineSession().scheduler;
  const wasDisabled = scheduler.paused;
  scheduler.paused = true;
  // PRIMASK as save_and_disable_interrupts returns it: 0 while interrupts were enabled.
  return wasDisabled ? 1 : 0;
}

function enableIrq(state: PyValue): PyValue {
  machineSession().scheduler.paused = mpInt(state) !== 0;
  return None;
}

export function createMachineModule(): PyModule {
  machineSession(); // fails the import when no board is attached
  useTargetBoardPins();
  const m = new PyModule("machine");
  const functions = {
    freq: builtinFunction("freq", 0, 2, freq),
    reset: builtinFunction("reset", 0, 0, () => resetBoard("hard")),
    soft_reset: builtinFunction("soft_reset", 0, 0, () => {
      machineHw().system.requestReset("soft");
      throw newException(SystemExit);
    }),
    bootloader: builtinFunction("bootloader", 0, 1, () => resetBoard("bootloader")),
    reset_cause: builtinFunction("reset_cause", 0, 0, () =>
      machineHw().system.resetCause() === "watchdog" ? WDT_RESET : PWRON_RESET),
    unique_id: builtinFunction("unique_id", 0, 0, () => newBytes(machineHw().system.uniqueId())),
    idle: builtinFunction("idle", 0, 0, () => {
      sleepMicros(1000);
      return None;
    }),
    lightsleep: builtinFunction("lightsleep", 0, 1, lightsleep),
    deepsleep: builtinFunction("deepsleep", 0, 1, (ms?: PyValue) => {
      lightsleep(ms);
      return resetBoard("hard");
    }),
    disable_irq: builtinFunction("disable_irq", 0, 0, disableIrq),
    enable_irq: builtinFunction("enable_irq", 1, 1, enableIrq),
    time_pulse_us: builtinFunction("time_pulse_us", 2, 3, timePulseUs),
    dht_readinto: builtinFunction("dht_readinto", 2, 2, dhtReadinto),
    bitstream: bitstreamFunction,
  };
  for (const [name, fn] of Object.entries(functions)) m.set(name, fn);
  const classes = {
    Pin: pinType, Signal: signalType, PWM: pwmType, ADC: adcType, Timer: timerType, WDT: wdtType,
    I2C: i2cType, SoftI2C: softI2cType, SPI: spiType, SoftSPI: softSpiType, UART: uartType, RTC: rtcType,
  };
  for (const [name, type] of Object.entries(classes)) m.set(name, type);
  m.set("mem8", MEM8);
  m.set("mem16", MEM16);
  m.set("mem32", MEM32);
  m.set("PWRON_RESET", PWRON_RESET);
  m.set("WDT_RESET", WDT_RESET);
  return m;
}
