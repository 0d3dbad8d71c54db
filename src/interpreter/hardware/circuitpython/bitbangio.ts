// CircuitPython's `bitbangio`: I2C and SPI driven by the CPU on any pins (shared-module/bitbangio). The pins are
// DigitalInOuts (open-drain for I2C); a clock line that never rises raises TimeoutError("Clock stretch too long").
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, OSError, raiseValueError } from "../../runtime/errors";
import { makeBuiltinType } from "../../runtime/builtin-types";
import { PyModule } from "../../types/module";
import { moduleHost } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { parseArgs } from "../mp-args";
import { EIO, ENODEV, sclReleased, waitBits } from "../i2c-transfer";
import { cpSession, resetPin } from "./context";
import { freePinArg, freePinOrNoneArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";
import { PyCpI2c, defineCpI2cMethods } from "./i2c-api";
import { PyCpSpi, defineCpSpiMethods } from "./spi-api";

/** CircuitPython's TimeoutError (an OSError subclass). */
export const TimeoutError = makeBuiltinType("TimeoutError", [OSError]);
// A new type takes its base's slots (str, repr, new) only when asked.
TimeoutError.refreshSlots();

export const bitbangI2cType = makeNativeType("I2C");
export const bitbangSpiType = makeNativeType("SPI");

/** Open-drain output, released (the line floats up to its pull-up). */
function openDrainRelease(session: HardwareSession, pin: number): void {
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutput(pin, 0);
  gpio.setOutputEnable(pin, false);
}

class PyBitbangI2c extends PyCpI2c {
  constructor(session: HardwareSession, scl: number, sda: number, frequency: number, readonly timeoutUs: number) {
    super(bitbangI2cType, session, scl, sda, frequency);
  }

  /** scl_release: waits out the stretch timeout, then raises. */
  private releaseScl(): void {
    if (sclReleased(this.session.hw, { sda: this.sda, scl: this.scl! })) return;
    moduleHost().sleepUs(this.timeoutUs);
    throw newException(TimeoutError, "Clock stretch too long");
  }

  /** shared_module_bitbangio_i2c_write: address NACK is ENODEV, a data NACK EIO. */
  write(addr: number, data: Uint8Array, stop: boolean): number {
    const i2c = this.session.hw.i2c;
    this.releaseScl();
    let status = 0;
    let bytes = 1;
    if (!i2c.start(this.sda, this.scl!, addr, false)) status = ENODEV;
    for (let i = 0; status === 0 && i < data.length; i++) {
      bytes++;
      if (!i2c.write(this.sda, this.scl!, data[i])) status = EIO;
    }
    if (stop) i2c.stop(this.sda, this.scl!);
    waitBits(bytes * 9 + 2, this.frequency);
    return status;
  }

  read(addr: number, buf: Uint8Array): number {
    const i2c = this.session.hw.i2c;
    this.releaseScl();
    let status = 0;
    if (!i2c.start(this.sda, this.scl!, addr, true)) status = ENODEV;
    for (let i = 0; status === 0 && i < buf.length; i++) buf[i] = i2c.read(this.sda, this.scl!, i < buf.length - 1);
    i2c.stop(this.sda, this.scl!);
    waitBits((buf.length + 1) * 9 + 2, this.frequency);
    return status;
  }

  release(): void {
    resetPin(this.session, this.scl!);
    resetPin(this.session, this.sda);
  }

  /** stop(): SDA low, SCL released (waiting out clock stretching), SDA released. */
  stopCondition(): void {
    this.releaseScl();
    this.session.hw.i2c.stop(this.sda, this.scl!);
  }
}

function makeI2c(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "scl", kind: "obj", required: true },
    { name: "sda", kind: "obj", required: true },
    { name: "frequency", kind: "int", kwOnly: true, dflt: 400_000 },
    { name: "timeout", kind: "int", kwOnly: true, dflt: 255 },
  ]);
  const session = cpSession("bitbangio");
  const scl = freePinArg(session, a.scl, "scl");
  const sda = freePinArg(session, a.sda, "sda");
  for (const pin of [scl, sda]) {
    session.claims.claim(pin);
    openDrainRelease(session, pin);
  }
  // The us_delay is whole microseconds: the bus runs at 500 kHz / us_delay.
  const usDelay = Math.max(1, Math.floor(500_000 / Math.max(1, a.frequency)));
  const self = new PyBitbangI2c(session, scl, sda, 500_000 / usDelay, Math.max(0, a.timeout));
  try {
    // The constructor ends with a STOP, which waits for SCL to rise.
    self.stopCondition();
  } catch (e) {
    self.release();
    throw e;
  }
  return self;
}

class PyBitbangSpi extends PyCpSpi {
  constructor(session: HardwareSession, sck: number, mosi: number | null, miso: number | null) {
    super(bitbangSpiType, session, sck, mosi, miso, 100_000);
  }
}

function makeSpi(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "clock", kind: "obj", required: true },
    { name: "MOSI", kind: "obj", dflt: None },
    { name: "MISO", kind: "obj", dflt: None },
  ]);
  const session = cpSession("bitbangio");
  const sck = freePinArg(session, a.clock, "clock");
  const mosi = freePinOrNoneArg(session, a.MOSI, "MOSI");
  const miso = freePinOrNoneArg(session, a.MISO, "MISO");
  if (mosi !== null && mosi === miso) raiseValueError("MOSI in use");
  for (const pin of [sck, mosi, miso]) {
    if (pin === null) continue;
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.SIO);
  }
  const gpio = session.hw.gpio;
  gpio.setOutputEnable(sck, true);
  if (mosi !== null) gpio.setOutputEnable(mosi, true);
  return new PyBitbangSpi(session, sck, mosi, miso);
}

defineCpI2cMethods(bitbangI2cType);
bitbangI2cType.defineSlots({ new: makeI2c });
defineCpSpiMethods(bitbangSpiType);
bitbangSpiType.defineSlots({ new: makeSpi });

export function createBitbangioModule(): PyModule {
  cpSession("bitbangio");
  const m = new PyModule("bitbangio");
  m.set("I2C", bitbangI2cType);
  m.set("SPI", bitbangSpiType);
  return m;
}
