// The hardware modules the interpreter offers per firmware flavour, and the hook that delivers hardware
// callbacks (pin IRQs, timers, keypad events) from the interpreter's poll.
import type { PyModule } from "../types/module";
import { moduleHost } from "../modules/host-ref";
import { config } from "../runtime/config";
import { raiseImportError } from "../runtime/errors";
import { runPendingHardwareCallbacks, sessionFor } from "./session";
import { createMachineModule } from "./machine";
import { createOneWireModule } from "./onewire";
import { createDhtModule } from "./machine/dht-module";
import { createDs18x20Module } from "./machine/ds18x20-module";
import { createNativeRp2Module, createRp2Module } from "./rp2";
import { createNeopixelModule } from "./machine/bitstream";
import { createBoardModule } from "./circuitpython/board";
import { createMicrocontrollerModule } from "./circuitpython/microcontroller";
import { createDigitalioModule } from "./circuitpython/digitalio";
import { createAnalogioModule } from "./circuitpython/analogio";
import { createPwmioModule } from "./circuitpython/pwmio";
import { createCountioModule } from "./circuitpython/countio";
import { createKeypadModule } from "./circuitpython/keypad";
import { createSupervisorModule } from "./circuitpython/supervisor";
import { createBusioModule } from "./circuitpython/busio";
import { createStorageModule } from "./circuitpython/storage";
import { createRp2pioModule } from "./circuitpython/rp2pio";
import { createNeopixelWriteModule } from "./circuitpython/neopixel-write";
import { createRainbowioModule } from "./circuitpython/rainbowio";
import { createPixelbufModule } from "./circuitpython/pixelbuf";
import { createBitbangioModule } from "./circuitpython/bitbangio";
import { createBusDevicePackage, createI2cDeviceModule, createSpiDeviceModule } from "./circuitpython/bus-device";
import { createPulseioModule } from "./circuitpython/pulseio";
import { createRotaryioModule } from "./circuitpython/rotaryio";
import { createTouchioModule } from "./circuitpython/touchio";
import { createUsbHidModule } from "./circuitpython/usb-hid";
import { createUsbMidiModule } from "./circuitpython/usb-midi";
import { createWatchdogModule } from "./circuitpython/watchdog";
import { createNvmModule } from "./circuitpython/nvm";
import { createFutureModule } from "./circuitpython/future";
import { createRtcModule } from "./circuitpython/rtc";
import { createUsbCdcModule } from "./circuitpython/usb-cdc";
import { createOneWireIoModule } from "./circuitpython/onewireio";

export type { PicoHardware } from "./pico-hardware";

export type ModuleFactory = () => PyModule;

/** MicroPython (rp2 port) hardware modules. */
export const MICROPYTHON_HARDWARE_MODULES: Readonly<Record<string, ModuleFactory>> = {
  machine: createMachineModule,
  onewire: createOneWireModule,
  rp2: createRp2Module,
  dht: createDhtModule,
  ds18x20: createDs18x20Module,
  _rp2: createNativeRp2Module,
  neopixel: createNeopixelModule,
};

/**
 * Frozen Python modules a same-named .py file on sys.path replaces (MicroPython's `neopixel`; on CircuitPython the
 * name belongs to the library in /lib, so this entry must never shadow it).
 */
export const WEAK_HARDWARE_MODULES: ReadonlySet<string> = new Set(["neopixel"]);

/** CircuitPython (raspberrypi port) hardware modules. */
export const CIRCUITPYTHON_HARDWARE_MODULES: Readonly<Record<string, ModuleFactory>> = {
  board: createBoardModule,
  microcontroller: createMicrocontrollerModule,
  digitalio: createDigitalioModule,
  analogio: createAnalogioModule,
  pwmio: createPwmioModule,
  countio: createCountioModule,
  keypad: createKeypadModule,
  supervisor: createSupervisorModule,
  busio: createBusioModule,
  storage: createStorageModule,
  rp2pio: createRp2pioModule,
  neopixel_write: createNeopixelWriteModule,
  rainbowio: createRainbowioModule,
  adafruit_pixelbuf: createPixelbufModule,
  bitbangio: createBitbangioModule,
  adafruit_bus_device: createBusDevicePackage,
  "adafruit_bus_device.i2c_device": createI2cDeviceModule,
  "adafruit_bus_device.spi_device": createSpiDeviceModule,
  pulseio: createPulseioModule,
  rotaryio: createRotaryioModule,
  touchio: createTouchioModule,
  usb_hid: createUsbHidModule,
  usb_midi: createUsbMidiModule,
  watchdog: createWatchdogModule,
  nvm: createNvmModule,
  __future__: createFutureModule,
  rtc: createRtcModule,
  usb_cdc: createUsbCdcModule,
  onewireio: createOneWireIoModule,
};

/**
 * The factories of a flavour's hardware modules. Each checks the flavour again when imported: the module
 * registry outlives an interpreter, so after a switch of firmware the other flavour's names must not import.
 */
export function hardwareModules(flavor: "micropython" | "circuitpython"): Readonly<Record<string, ModuleFactory>> {
  const table = flavor === "micropython" ? MICROPYTHON_HARDWARE_MODULES : CIRCUITPYTHON_HARDWARE_MODULES;
  const gated: Record<string, ModuleFactory> = {};
  for (const [name, factory] of Object.entries(table)) {
    gated[name] = () => (config.flavor === flavor ? factory() : raiseImportError(`no module named '${name}'`));
  }
  return gated;
}

/** Runs pending hardware callbacks of the current Host's board. Call from the runtime's poll. */
export function pollHardware(): void {
  runPendingHardwareCallbacks(moduleHost().hardware);
}

/** Clears what a program left behind on the board (timers, IRQs, claims) before the next run / soft reset. */
export function softResetHardware(): void {
  const hw = moduleHost().hardware;
  if (hw !== null) sessionFor(hw).softReset();
}
