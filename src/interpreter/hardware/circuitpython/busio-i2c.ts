// busio.I2C on the raspberrypi port (common-hal/busio/I2C.c): pin pairing, one object per I2C block, the
// pull-up check run before the bus starts, transfers through the I2C block (any NACK: ENODEV) and zero-length
// writes (scan, probe) bit-banged, as the block cannot send them.
import type { PyValue, Kw } from "../../runtime/object";
import { raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { moduleHost } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { parseArgs } from "../mp-args";
import { i2cBaudrate } from "../machine/i2c";
import { ENODEV, blockTransfer, softTransfer } from "../i2c-transfer";
import { cpSession, resetPin } from "./context";
import { freePinArg, type PyMcuPin } from "./mcu-pin";
import { makeNativeType } from "../native-type";
import { PyCpI2c, defineCpI2cMethods } from "./i2c-api";

export const busioI2cType = makeNativeType("I2C");

/** One second: BUS_TIMEOUT_US, also the bit-banged helper's clock-stretch limit. */
const BUS_TIMEOUT_US = 1_000_000;

class PyBusioI2c extends PyCpI2c {
  constructor(session: HardwareSession, scl: number, sda: number, frequency: number, readonly block: number) {
    super(busioI2cType, session, scl, sda, frequency);
  }

  write(addr: number, data: Uint8Array, stop: boolean): number {
    const hw = this.session.hw;
    const pins = { sda: this.sda, scl: this.scl! };
    if (data.length === 0) {
      const ret = softTransfer(hw, pins, this.frequency, BUS_TIMEOUT_US, addr, [data], false, stop);
      return ret < 0 ? -ret : 0;
    }
    const ret = blockTransfer(hw, pins, this.frequency, BUS_TIMEOUT_US, ENODEV, addr, data, false, stop);
    return ret < 0 ? -ret : 0;
  }

  read(addr: number, buf: Uint8Array): number {
    const ret = blockTransfer(this.session.hw, { sda: this.sda, scl: this.scl! }, this.frequency, BUS_TIMEOUT_US, ENODEV, addr, buf, true, true);
    return ret < 0 ? -ret : 0;
  }

  release(): void {
    blocksInUse(this.session).delete(this.block);
    resetPin(this.session, this.scl!);
    resetPin(this.session, this.sda);
  }
}

/** Which I2C blocks a live busio.I2C holds (a second one on the same block is refused). */
function blocksInUse(session: HardwareSession): Set<number> {
  return session.state("busio.i2c.blocks", () => new Set<number>());
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
  const block = Math.floor(sda / 2) % 2;
  if (blocksInUse(session).has(block)) raiseValueError("I2C peripheral in use");
  if (!hasPullUps(session, scl, sda, frequency)) {
    resetPin(session, sda);
    resetPin(session, scl);
    raiseRuntimeError("No pull up found on SDA or SCL; check your wiring");
  }
  for (const pin of [scl, sda]) {
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.I2C);
  }
  blocksInUse(session).add(block);
  // i2c_init returns the rate the block really runs at (whole clk_sys cycles per bit).
  const actual = frequency > 0 ? i2cBaudrate(session.hw.clocks.getSysHz(), frequency) : 0;
  return new PyBusioI2c(session, scl, sda, actual, block);
}

export function isDeinitedI2c(v: PyValue): boolean {
  return v instanceof PyBusioI2c && !v.live;
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

defineCpI2cMethods(busioI2cType);
busioI2cType.defineSlots({ new: construct });
