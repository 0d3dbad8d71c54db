// busio.UART on the raspberrypi port (common-hal/busio/UART.c): pin validation and claims (rx checked before tx),
// one object per UART, a receive ring buffer fed from the board's serial lines, reads that wait `timeout` seconds
// after the last byte, writes that block until the bytes fit the 32-byte FIFO.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { newBytes } from "../../types/bytes";
import { newFloat, PyFloat } from "../../types/float";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost, sleepMicros } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { readableBuffer } from "../mp-buffer";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinOrNoneArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const busioUartType = makeNativeType("UART");

const TX_FIFO = 32;

class PyBusioUart extends PyObject {
  live = true;
  readonly rx: number[] = [];
  unlisten: (() => void) | null = null;
  txIdleAtUs = 0;
  constructor(
    readonly session: HardwareSession, readonly uart: number, readonly txPin: number | null, readonly rxPin: number | null,
    public baudrate: number, readonly bits: number, readonly parity: boolean, readonly stop: number,
    public timeoutMs: number, readonly bufferSize: number,
  ) {
    super(busioUartType);
  }
  frameUs(): number {
    return ((1 + this.bits + (this.parity ? 1 : 0) + this.stop) * 1_000_000) / this.baudrate;
  }
  ensureLive(): void {
    if (!this.live) raiseDeinited();
  }
}

/** UART0 TX on GP0/12/16/28, RX one above; UART1 four pins further (datasheet 2.19.2). */
function uartOfPin(pin: number, slot: number): number | null {
  if (pin % 4 !== slot) return null;
  return Math.floor((pin + 4) / 8) % 2;
}

function uartsInUse(session: HardwareSession): Set<number> {
  return session.state("busio.uart.units", () => new Set<number>());
}

function floatSeconds(v: PyValue): number {
  return v instanceof PyFloat ? v.value : mpInt(v);
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "tx", kind: "obj", dflt: None },
    { name: "rx", kind: "obj", dflt: None },
    { name: "rts", kind: "obj", kwOnly: true, dflt: None },
    { name: "cts", kind: "obj", kwOnly: true, dflt: None },
    { name: "rs485_dir", kind: "obj", kwOnly: true, dflt: None },
    { name: "rs485_invert", kind: "bool", kwOnly: true, dflt: false },
    { name: "baudrate", kind: "int", kwOnly: true, dflt: 9600 },
    { name: "bits", kind: "int", kwOnly: true, dflt: 8 },
    { name: "parity", kind: "obj", kwOnly: true, dflt: None },
    { name: "stop", kind: "int", kwOnly: true, dflt: 1 },
    { name: "timeout", kind: "obj", kwOnly: true, dflt: 1 },
    { name: "receiver_buffer_size", kind: "int", kwOnly: true, dflt: 64 },
  ]);
  const session = cpSession("busio");
  const rx = freePinOrNoneArg(session, a.rx, "rx");
  const tx = freePinOrNoneArg(session, a.tx, "tx");
  if (tx === null && rx === null) raiseValueError("tx and rx cannot both be None");
  if (a.bits > 8) raiseValueError("bits must be <= 8");
  if (a.receiver_buffer_size < 1) raiseValueError("receiver_buffer_size must be >= 1");
  const uart = Math.floor(((tx ?? rx)! + 4) / 8) % 2;
  if ((tx !== null && uartOfPin(tx, 0) !== uart) || (rx !== null && uartOfPin(rx, 1) !== uart)) raiseValueError("Invalid pins");
  if (uartsInUse(session).has(uart)) raiseValueError("UART peripheral in use");
  for (const pin of [tx, rx]) {
    if (pin === null) continue;
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.UART);
  }
  uartsInUse(session).add(uart);
  const self = new PyBusioUart(session, uart, tx, rx, a.baudrate, a.bits, a.parity !== None, a.stop,
    floatSeconds(a.timeout) * 1000, a.receiver_buffer_size);
  if (rx !== null) {
    self.unlisten = session.hw.uart.onReceive(rx, (byte, baud) => {
      // A byte sent at another rate is a framing error; a full ring buffer drops it.
      if (Math.abs(baud - self.baudrate) / self.baudrate > 0.03) return;
      if (self.rx.length < self.bufferSize) self.rx.push(byte);
    });
  }
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyBusioUart): PyValue {
  if (!self.live) return None;
  self.unlisten?.();
  uartsInUse(self.session).delete(self.uart);
  for (const pin of [self.txPin, self.rxPin]) if (pin !== null) resetPin(self.session, pin);
  self.live = false;
  return None;
}

/** Waits up to the timeout for a byte; the wait restarts after every byte received. */
function nextByte(self: PyBusioUart): number | null {
  const host = moduleHost();
  const end = host.ticksUs() + self.timeoutMs * 1000;
  while (self.rx.length === 0) {
    const left = end - host.ticksUs();
    if (left <= 0) return null;
    sleepMicros(Math.min(left, 1000));
  }
  return self.rx.shift()!;
}

function read(self: PyBusioUart, max: number, untilNewline = false): Uint8Array | null {
  self.ensureLive();
  if (self.rxPin === null) raiseValueError("No rx pin");
  const out: number[] = [];
  while (out.length < max) {
    const b = nextByte(self);
    if (b === null) break;
    out.push(b);
    if (untilNewline && b === 0x0a) break;
  }
  return out.length === 0 ? null : Uint8Array.from(out);
}

function write(self: PyBusioUart, data: Uint8Array): number {
  self.ensureLive();
  const tx = self.txPin ?? raiseValueError("No tx pin");
  const hw = self.session.hw;
  self.txIdleAtUs = hw.uart.send(tx, data, self.baudrate);
  // write() returns once the last bytes are in the FIFO.
  const queued = (self.txIdleAtUs - hw.timer.nowUs()) / self.frameUs();
  if (queued > TX_FIFO) moduleHost().sleepUs(Math.ceil((queued - TX_FIFO) * self.frameUs()));
  return data.length;
}

const bytesOrNone = (b: Uint8Array | null): PyValue => (b === null ? None : newBytes(b));

defineMethods(busioUartType, {
  deinit,
  read: builtinMethod("read", 0, 1, (self: PyBusioUart, n?: PyValue) =>
    bytesOrNone(read(self, n === undefined || n === None ? Infinity : Math.max(0, mpInt(n))))),
  readline: (self: PyBusioUart) => bytesOrNone(read(self, Infinity, true)),
  readinto: builtinMethod("readinto", 1, 1, (self: PyBusioUart, buf: PyValue) => {
    const into = requireBuffer(buf);
    const got = read(self, into.length);
    if (got === null) return None;
    into.set(got);
    return got.length;
  }),
  write: builtinMethod("write", 1, 1, (self: PyBusioUart, buf: PyValue) => write(self, readableBuffer(buf))),
  reset_input_buffer: (self: PyBusioUart) => {
    self.ensureLive();
    self.rx.length = 0;
    return None;
  },
});
defineContextManager(busioUartType, deinit);
defineProperties(busioUartType, {
  baudrate: {
    get: (self: PyBusioUart) => (self.live ? self.baudrate : raiseDeinited()),
    set: (self: PyBusioUart, v: PyValue) => {
      self.ensureLive();
      self.baudrate = mpInt(v);
    },
  },
  in_waiting: { get: (self: PyBusioUart) => (self.ensureLive(), self.rx.length) },
  timeout: {
    get: (self: PyBusioUart) => (self.ensureLive(), newFloat(self.timeoutMs / 1000)),
    set: (self: PyBusioUart, v: PyValue) => {
      self.ensureLive();
      self.timeoutMs = floatSeconds(v) * 1000;
    },
  },
});
busioUartType.defineSlots({ new: construct });
