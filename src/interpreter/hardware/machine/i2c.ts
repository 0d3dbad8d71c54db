// machine.I2C (the RP2040's two I2C blocks, static objects that keep their pins) and machine.SoftI2C
// (bit-banged on any pins): construction, pin validation, baud rate and repr as the rp2 port prints them.
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { FUNCSEL } from "../pico-hardware";
import { divU32, u32 } from "../c-arith";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { machineHw, machineSession } from "./context";
import { moduleHost } from "../../modules/host-ref";

const moduleHostSleep = (us: number) => moduleHost().sleepUs(us);
import { pinNumberArg, pinOpenDrain } from "./pin";
import { PyI2cController, defineI2cMethods, type I2cPrimitives } from "./i2c-bus";
import { EIO, ETIMEDOUT, blockTransfer, concatBuffers, sclReleased, softTransfer, waitBits } from "../i2c-transfer";

export const i2cType = makeBuiltinType("I2C");
export const softI2cType = makeBuiltinType("SoftI2C");

const DEFAULT_FREQ = 400_000;
const DEFAULT_TIMEOUT_US = 50_000;
/** The Pico's default pins: I2C0 on GP5/GP4, I2C1 on GP7/GP6. */
const DEFAULT_PINS = [{ scl: 5, sda: 4 }, { scl: 7, sda: 6 }];

class PyI2c extends PyI2cController {
  freq = 0;
  timeout = 0;
  constructor(readonly id: number, public scl: number, public sda: number) {
    super(i2cType);
  }

  /**
   * machine_i2c_transfer_single through mp_machine_i2c_transfer_adaptor: the block moves one joined buffer and
   * any NACK is EIO; zero-length writes (scan) are bit-banged, as the block cannot send them.
   */
  transfer(addr: number, bufs: Uint8Array[], read: boolean, stop: boolean): number {
    const hw = machineHw();
    const joined = bufs.length === 1 ? bufs[0] : read ? new Uint8Array(bufs.reduce((n, b) => n + b.length, 0)) : concatBuffers(bufs);
    if (!read && joined.length === 0) {
      const usDelay = this.freq > 0 ? Math.floor(500_000 / this.freq) + 1 : 1;
      return softTransfer(hw, this, 500_000 / usDelay, this.timeout, addr, [joined], false, stop);
    }
    const ret = blockTransfer(hw, this, this.freq, this.timeout, EIO, addr, joined, read, stop);
    if (read && bufs.length > 1) {
      let at = 0;
      for (const b of bufs) {
        b.set(joined.subarray(at, at + b.length));
        at += b.length;
      }
    }
    return ret;
  }
}

/** SCL is on odd pins and SDA on even ones; I2C0/I2C1 alternate every two pins. */
const isValidScl = (id: number, pin: number) => (pin & 1) === 1 && ((pin & 2) >> 1) === id;
const isValidSda = (id: number, pin: number) => (pin & 1) === 0 && ((pin & 2) >> 1) === id;

/** i2c_set_baudrate: the achievable rate for a period of whole clk_sys cycles. */
export function i2cBaudrate(sysHz: number, baudrate: number): number {
  const period = divU32(u32(sysHz + Math.floor(u32(baudrate) / 2)), u32(baudrate));
  return divU32(sysHz, period);
}

const I2C_ARGS: ArgSpec[] = [
  { name: "id", kind: "obj", dflt: 0 },
  { name: "freq", kind: "int", dflt: DEFAULT_FREQ },
  { name: "scl", kind: "obj", kwOnly: true, dflt: None },
  { name: "sda", kind: "obj", kwOnly: true, dflt: None },
  { name: "timeout", kind: "int", kwOnly: true, dflt: DEFAULT_TIMEOUT_US },
];

function i2cObjects(): PyI2c[] {
  return machineSession().state("machine.i2c", () => DEFAULT_PINS.map((p, id) => new PyI2c(id, p.scl, p.sda)));
}

function i2cNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, I2C_ARGS);
  const id = mpInt(a.id);
  if (id < 0 || id > 1) raiseValueError(`I2C(${id}) doesn't exist`);
  const self = i2cObjects()[id];
  if (a.scl !== None) setPin(self, "scl", pinNumberArg(a.scl));
  if (a.sda !== None) setPin(self, "sda", pinNumberArg(a.sda));
  if (args.length > 1 || (kw !== null && kw.size > 0) || self.freq === 0) {
    const hw = machineHw();
    self.freq = i2cBaudrate(hw.clocks.getSysHz(), u32(a.freq));
    self.timeout = u32(a.timeout);
    for (const pin of [self.scl, self.sda]) {
      hw.gpio.setFunction(pin, FUNCSEL.I2C);
      hw.gpio.setPulls(pin, true, false);
    }
  }
  return self;
}

function setPin(self: PyI2c, which: "scl" | "sda", pin: number): void {
  const ok = which === "scl" ? isValidScl(self.id, pin) : isValidSda(self.id, pin);
  if (!ok) raiseValueError(`bad ${which.toUpperCase()} pin`);
  self[which] = pin;
}

i2cType.defineSlots({
  repr: (s: PyI2c) => `I2C(${s.id}, freq=${s.freq}, scl=${s.scl}, sda=${s.sda}, timeout=${s.timeout})`,
  new: i2cNew,
});
defineI2cMethods(i2cType);

// ---------- SoftI2C ----------

class PySoftI2c extends PyI2cController {
  /** After start(): the next byte written is the address byte. */
  private addressNext = false;
  constructor(public scl: number, public sda: number, readonly usDelay: number, readonly timeoutUs: number) {
    super(softI2cType);
  }

  get hz(): number {
    return 500_000 / this.usDelay;
  }

  transfer(addr: number, bufs: Uint8Array[], read: boolean, stop: boolean): number {
    return softTransfer(machineHw(), this, this.hz, this.timeoutUs, addr, bufs, read, stop);
  }

  override primitives(): I2cPrimitives {
    const hw = machineHw();
    const released = () => {
      if (sclReleased(hw, this)) return 0;
      moduleHostSleep(this.timeoutUs);
      return -ETIMEDOUT;
    };
    return {
      start: () => {
        const r = released();
        if (r === 0) this.addressNext = true;
        return r;
      },
      stop: () => {
        const r = released();
        hw.i2c.stop(this.sda, this.scl);
        this.addressNext = false;
        return r;
      },
      write: (data) => this.writeBytes(data),
      readinto: (buf, nackLast) => {
        const r = released();
        if (r !== 0) return r;
        for (let i = 0; i < buf.length; i++) buf[i] = hw.i2c.read(this.sda, this.scl, !(nackLast && i === buf.length - 1));
        waitBits(buf.length * 9, this.hz);
        return 0;
      },
    };
  }

  /** mp_machine_soft_i2c_write: bytes until the first NACK; the count of ACKs. */
  private writeBytes(data: Uint8Array): number {
    const hw = machineHw();
    if (!sclReleased(hw, this)) return -ETIMEDOUT;
    let acks = 0;
    for (const byte of data) {
      let ack: boolean;
      if (this.addressNext) {
        this.addressNext = false;
        ack = hw.i2c.start(this.sda, this.scl, byte >> 1, (byte & 1) === 1);
      } else ack = hw.i2c.write(this.sda, this.scl, byte);
      if (!ack) break;
      acks++;
    }
    waitBits((acks + 1) * 9, this.hz);
    return acks;
  }
}

const SOFT_ARGS: ArgSpec[] = [
  { name: "scl", kind: "obj", required: true },
  { name: "sda", kind: "obj", required: true },
  { name: "freq", kind: "int", dflt: DEFAULT_FREQ },
  { name: "timeout", kind: "int", kwOnly: true, dflt: DEFAULT_TIMEOUT_US },
];

function softI2cNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, SOFT_ARGS);
  const scl = pinNumberArg(a.scl);
  const sda = pinNumberArg(a.sda);
  // The bit-banging delay is half a clock period in whole microseconds, at least 1.
  const usDelay = Math.max(1, divU32(500_000, u32(a.freq)));
  pinOpenDrain(scl, 1);
  pinOpenDrain(sda, 1);
  return new PySoftI2c(scl, sda, usDelay, a.timeout);
}

softI2cType.defineSlots({
  repr: (s: PySoftI2c) => `SoftI2C(scl=${s.scl}, sda=${s.sda}, freq=${Math.floor(500_000 / s.usDelay)})`,
  new: softI2cNew,
});
defineI2cMethods(softI2cType);
