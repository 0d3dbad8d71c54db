// I2C transfers as the firmwares do them, over the board's I2C wires (PicoHardware.i2c): the RP2040's I2C block
// (any NACK aborts the transfer) and a bit-banged controller (a NACKed data byte just ends the write), with the
// time each takes on the board's clock. Results are C-style: >= 0 success (ACKs counted for writes), < 0 -errno.
import { moduleHost } from "../modules/host-ref";
import type { PicoHardware } from "./pico-hardware";

export const EIO = 5;
export const ENODEV = 19;
export const ETIMEDOUT = 110;

export interface I2cPins {
  sda: number;
  scl: number;
}

/** Time on the wire: `bits` SCL periods at `hz`; the CPU blocks meanwhile (both firmwares busy-wait). */
export function waitBits(bits: number, hz: number): void {
  if (hz > 0 && bits > 0) moduleHost().sleepUs(Math.ceil((bits * 1_000_000) / hz));
}

/** Released SCL reads high only with a pull-up (a breakout's, or the pad's own): otherwise the clock never rises. */
export function sclReleased(hw: PicoHardware, pins: I2cPins): boolean {
  return hw.gpio.read(pins.scl) === 1;
}

/**
 * A bit-banged transaction (extmod/machine_i2c.c mp_machine_soft_i2c_transfer): START, the address byte (NACK:
 * STOP and -ENODEV), then the buffers; a NACKed data byte ends the write, which still returns the ACK count.
 */
export function softTransfer(
  hw: PicoHardware, pins: I2cPins, hz: number, timeoutUs: number,
  addr: number, bufs: Uint8Array[], read: boolean, stop: boolean,
): number {
  if (!sclReleased(hw, pins)) {
    moduleHost().sleepUs(timeoutUs);
    return -ETIMEDOUT;
  }
  const { sda, scl } = pins;
  let bytes = 1;
  try {
    if (!hw.i2c.start(sda, scl, addr, read)) {
      hw.i2c.stop(sda, scl);
      return -ENODEV;
    }
    let acks = 0;
    const last = bufs.length - 1;
    outer: for (let i = 0; i < bufs.length; i++) {
      const buf = bufs[i];
      for (let j = 0; j < buf.length; j++) {
        bytes++;
        if (read) buf[j] = hw.i2c.read(sda, scl, !(i === last && j === buf.length - 1));
        else if (hw.i2c.write(sda, scl, buf[j])) acks++;
        else break outer;
      }
    }
    if (stop) hw.i2c.stop(sda, scl);
    return acks;
  } finally {
    waitBits(bytes * 9 + 2, hz);
  }
}

/**
 * A transfer through an RP2040 I2C block (pico-sdk i2c_write/read_timeout_us): any NACK aborts with a STOP and
 * PICO_ERROR_GENERIC (`nackErrno` here: EIO for MicroPython, ENODEV for CircuitPython); SCL stuck low times out.
 * Returns the bytes moved.
 */
export function blockTransfer(
  hw: PicoHardware, pins: I2cPins, hz: number, timeoutUs: number, nackErrno: number,
  addr: number, data: Uint8Array, read: boolean, stop: boolean,
): number {
  if (!sclReleased(hw, pins)) {
    moduleHost().sleepUs(timeoutUs);
    return -ETIMEDOUT;
  }
  const { sda, scl } = pins;
  let bytes = 1;
  try {
    if (!hw.i2c.start(sda, scl, addr, read)) {
      hw.i2c.stop(sda, scl);
      return -nackErrno;
    }
    for (let i = 0; i < data.length; i++) {
      bytes++;
      if (read) data[i] = hw.i2c.read(sda, scl, i < data.length - 1);
      else if (!hw.i2c.write(sda, scl, data[i])) {
        hw.i2c.stop(sda, scl);
        return -nackErrno;
      }
    }
    if (stop) hw.i2c.stop(sda, scl);
    return data.length;
  } finally {
    waitBits(bytes * 9 + 2, hz);
  }
}

/** Buffers joined into one (the hardware block moves one contiguous buffer: mp_machine_i2c_transfer_adaptor). */
export function concatBuffers(bufs: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(bufs.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bufs) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
