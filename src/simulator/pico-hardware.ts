// Implements the interpreter's PicoHardware interface over the simulated Rp2040 (the only bridge between the two).
import type {
  PicoAdc, PicoClocks, PicoGpio, PicoHardware, PicoI2c, PicoPwm, PicoSpi, PicoSystem, PicoTimer, PicoUart, PicoUsb,
  PicoWatchdog, Level,
} from "../interpreter/hardware/pico-hardware";
import type { Rp2040 } from "./rp2040";
import { neopixelPort, pioPort } from "./pio/ports";

function gpioPort(chip: Rp2040): PicoGpio {
  const g = chip.gpio;
  return {
    setFunction: (pin, funcsel) => g.setFunction(pin, funcsel),
    getFunction: (pin) => g.getFunction(pin),
    setPulls: (pin, up, down) => g.setPulls(pin, up, down),
    getPulls: (pin) => g.getPulls(pin),
    setOutputEnable: (pin, enabled) => g.setOutputEnable(pin, enabled),
    isOutputEnabled: (pin) => g.isOutputEnabled(pin),
    setOutput: (pin, level: Level) => g.setOutput(pin, level),
    getOutput: (pin) => g.getOutput(pin),
    read: (pin) => g.read(pin),
    onEdge: (pin, listener) => g.onChange(pin, (level) => listener(level)),
  };
}

function pwmPort(chip: Rp2040): PicoPwm {
  const p = chip.pwm;
  return {
    setDiv16: (slice, div16) => p.configure(slice, { divInt: (div16 >> 4) & 0xff, divFrac: div16 & 0xf }),
    getDiv16: (slice) => (p.slices[slice].divInt << 4) | p.slices[slice].divFrac,
    setTop: (slice, top) => p.configure(slice, { top: top & 0xffff }),
    getTop: (slice) => p.slices[slice].top,
    setCompare: (slice, channel, level) => p.setCompare(slice, channel, level & 0xffff),
    getCompare: (slice, channel) => p.slices[slice].compare[channel],
    setEnabled: (slice, enabled) => p.configure(slice, { enabled }),
    isEnabled: (slice) => p.slices[slice].enabled,
    setInvert: (slice, channel, invert) => p.setInvert(slice, channel, invert),
    setDivMode: (slice, divMode) => p.configure(slice, { divMode }),
  };
}

function adcPort(chip: Rp2040): PicoAdc {
  return { read12: (channel) => chip.adc.read12(channel) };
}

function clocksPort(chip: Rp2040): PicoClocks {
  return {
    getSysHz: () => chip.sysClockHz,
    setSysHz: (hz) => {
      chip.sysClockHz = hz;
    },
    getPeriHz: () => chip.periClockHz,
  };
}

function timerPort(chip: Rp2040): PicoTimer {
  return {
    nowUs: () => chip.clock.nowUs,
    alarmAt: (atUs, callback) => chip.clock.at(atUs, callback),
  };
}

function watchdogPort(chip: Rp2040): PicoWatchdog {
  return {
    enable: (timeoutMs) => chip.watchdog.enable(timeoutMs),
    feed: () => chip.watchdog.feed(),
    disable: () => chip.watchdog.disable(),
  };
}

function systemPort(chip: Rp2040): PicoSystem {
  const s = chip.system;
  return {
    uniqueId: () => s.uniqueId.slice(),
    bootselPressed: () => s.bootselPressed,
    requestReset: (kind) => s.requestReset(kind),
    resetCause: () => s.resetCause,
  };
}

function i2cPort(chip: Rp2040): PicoI2c {
  const bus = (sda: number, scl: number) => chip.i2c.find(sda, scl);
  return {
    start: (sda, scl, address, read) => bus(sda, scl)?.start(address, read) ?? false,
    write: (sda, scl, byte) => bus(sda, scl)?.write(byte) ?? false,
    read: (sda, scl, ack) => bus(sda, scl)?.read(ack) ?? 0xff,
    stop: (sda, scl) => bus(sda, scl)?.stop(),
  };
}

function spiPort(chip: Rp2040): PicoSpi {
  return { transfer: (sck, mosi, miso, out) => chip.spi.transfer({ sck, mosi, miso }, out) };
}

function uartPort(chip: Rp2040): PicoUart {
  return {
    send: (tx, bytes, baud) => chip.serial.send(tx, bytes, baud),
    onReceive: (rx, listener) => chip.serial.listen(rx, listener),
  };
}

function usbPort(chip: Rp2040): PicoUsb {
  return {
    hidReport: (device, reportId, report) => chip.usb.hidReport(device, reportId, report),
    midiOut: (bytes) => chip.usb.midiOut(bytes),
    midiIn: (max) => chip.usb.takeMidiIn(max),
    cdcDataOut: (bytes) => chip.usb.cdcDataOut(bytes),
    cdcDataIn: (max) => chip.usb.takeCdcDataIn(max),
  };
}

/** The PicoHardware view of a simulated chip. */
export function picoHardwareFor(chip: Rp2040): PicoHardware {
  return {
    gpio: gpioPort(chip),
    pwm: pwmPort(chip),
    adc: adcPort(chip),
    clocks: clocksPort(chip),
    timer: timerPort(chip),
    watchdog: watchdogPort(chip),
    system: systemPort(chip),
    pio: chip.pio.map(pioPort),
    neopixel: neopixelPort(chip.neopixels),
    i2c: i2cPort(chip),
    spi: spiPort(chip),
    uart: uartPort(chip),
    usb: usbPort(chip),
    persistent: chip.persistent,
  };
}
