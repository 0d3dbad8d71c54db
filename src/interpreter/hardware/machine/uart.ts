// machine.UART for the rp2 port (ports/rp2/machine_uart.c + extmod/machine_uart.c): two static UARTs with pin
// checks and repr as the firmware prints them, an RX ring buffer fed from the board's serial lines, reads that wait
// `timeout` for the first byte and `timeout_char` between bytes, writes at the baud rate, flush/txdone and the
// RXIDLE/TXIDLE interrupts.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, defineClassAttrs, defineMethods } from "../../runtime/function";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost, sleepMicros } from "../../modules/host-ref";
import { FUNCSEL, type PicoAlarm } from "../pico-hardware";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { readableBuffer } from "../mp-buffer";
import { machineHw, machineSession } from "./context";
import { pinNumberArg } from "./pin";

export const uartType = makeBuiltinType("UART");

const DEFAULT_BAUDRATE = 115_200;
const DEFAULT_BUFFER = 256;
const MIN_BUFFER = 32;
const MAX_BUFFER = 32766;
/** The UART's own FIFO in front of the software TX buffer. */
const TX_FIFO = 32;
const INV_TX = 1;
const INV_RX = 2;
const IRQ_TXIDLE = 0x20;
const IRQ_RXIDLE = 0x40;
const IRQ_BREAK = 0x200;
const PARITY_NAMES = ["None", "0", "1"];
const INVERT_NAMES = ["None", "INV_TX", "INV_RX", "INV_TX|INV_RX"];
/** Default pins: UART0 on GP0/GP1 (CTS GP2, RTS GP3), UART1 on GP4/GP5 (GP6, GP7). */
const DEFAULT_PINS = [{ tx: 0, rx: 1, cts: 2, rts: 3 }, { tx: 4, rx: 5, cts: 6, rts: 7 }];

class PyUart extends PyObject {
  baudrate = 0;
  bits = 8;
  /** pico-sdk's uart_parity_t: 0 none, 1 even, 2 odd (printed as None, 0, 1). */
  parity = 0;
  stop = 1;
  timeout = 0;
  timeoutChar = 0;
  invert = 0;
  flow = 0;
  txbuf = DEFAULT_BUFFER;
  rxbuf = DEFAULT_BUFFER;
  readonly rx: number[] = [];
  irqTrigger = 0;
  irqHandler: PyValue = None;
  unlisten: (() => void) | null = null;
  idleAlarm: PicoAlarm | null = null;
  /** When the TX line has sent everything written so far (µs). */
  txIdleAtUs = 0;
  constructor(readonly id: number, public txPin: number, public rxPin: number, public cts: number, public rts: number) {
    super(uartType);
  }
  /** One frame on the line: start bit, data, parity, stop bits. */
  frameUs(): number {
    return ((1 + this.bits + (this.parity ? 1 : 0) + this.stop) * 1_000_000) / this.baudrate;
  }
}

const OPTION_ARGS: ArgSpec[] = [
  { name: "baudrate", kind: "int", dflt: -1 },
  { name: "bits", kind: "int", dflt: -1 },
  { name: "parity", kind: "obj", dflt: -1 },
  { name: "stop", kind: "int", dflt: -1 },
  ...["tx", "rx", "cts", "rts"].map((name) => ({ name, kind: "obj" as const, kwOnly: true, dflt: None })),
  ...["timeout", "timeout_char", "invert", "flow", "txbuf", "rxbuf"].map((name) => ({ name, kind: "int" as const, kwOnly: true, dflt: -1 })),
];

function uartObjects(): PyUart[] {
  return machineSession().state("machine.uart", (session) => {
    const objects = DEFAULT_PINS.map((p, id) => new PyUart(id, p.tx, p.rx, p.cts, p.rts));
    session.onSoftReset(() => objects.forEach(stopListening));
    return objects;
  });
}

/** IS_VALID_TX/RX/CTS/RTS: the pin's slot in its group of four, and the UART of its group of eight. */
function checkPin(self: PyUart, v: PyValue, slot: number, name: string): number {
  const pin = pinNumberArg(v);
  if ((pin & 3) !== slot || (((pin + 4) & 8) >> 3) !== self.id) raiseValueError(`bad ${name} pin`);
  return pin;
}

function bufferSize(v: number, name: string): number {
  if (v <= 0) return DEFAULT_BUFFER;
  if (v > MAX_BUFFER) raiseValueError(`${name} too large`);
  return Math.max(MIN_BUFFER, v);
}

function applyOptions(self: PyUart, a: Record<string, any>): void {
  if (a.baudrate > 0) self.baudrate = a.baudrate;
  if (a.bits > 0) self.bits = a.bits;
  if (a.parity !== -1) self.parity = a.parity === None ? 0 : mpInt(a.parity) & 1 ? 2 : 1;
  if (a.stop > 0) self.stop = a.stop;
  if (a.tx !== None) self.txPin = checkPin(self, a.tx, 0, "TX");
  if (a.rx !== None) self.rxPin = checkPin(self, a.rx, 1, "RX");
  if (a.cts !== None) self.cts = checkPin(self, a.cts, 2, "CTS");
  if (a.rts !== None) self.rts = checkPin(self, a.rts, 3, "RTS");
  if (a.timeout >= 0) self.timeout = a.timeout;
  if (a.timeout_char >= 0) self.timeoutChar = a.timeout_char;
  if (a.invert >= 0) {
    if (a.invert & ~(INV_TX | INV_RX)) raiseValueError("bad inversion mask");
    self.invert = a.invert;
  }
  if (a.flow >= 0) {
    if (a.flow & ~3) raiseValueError("bad hardware flow control mask");
    self.flow = a.flow;
  }
  self.rxbuf = bufferSize(a.rxbuf, "rxbuf");
  self.txbuf = bufferSize(a.txbuf, "txbuf");
}

/** uart_init and the pads; the RX buffer starts empty and listens to the RX pad. */
function start(self: PyUart): void {
  if (self.baudrate === 0) self.baudrate = DEFAULT_BAUDRATE;
  // timeout_char covers at least one whole character (13 bits to be safe).
  self.timeoutChar = Math.max(self.timeoutChar, Math.floor(13_000 / self.baudrate) + 1);
  const hw = machineHw();
  hw.gpio.setFunction(self.txPin, FUNCSEL.UART);
  hw.gpio.setFunction(self.rxPin, FUNCSEL.UART);
  stopListening(self);
  self.rx.length = 0;
  self.unlisten = hw.uart.onReceive(self.rxPin, (byte, baud) => receive(self, byte, baud));
}

function stopListening(self: PyUart): void {
  self.unlisten?.();
  self.unlisten = null;
  self.idleAlarm?.cancel();
  self.idleAlarm = null;
}

/** A byte on the RX pad: kept if the baud rates agree (else it is a framing error) and the buffer has room. */
function receive(self: PyUart, byte: number, baud: number): void {
  if (Math.abs(baud - self.baudrate) / self.baudrate > 0.03) return;
  if (self.rx.length < self.rxbuf) self.rx.push(self.invert & INV_RX ? ~byte & 0xff : byte);
  if (self.irqTrigger & IRQ_RXIDLE && self.irqHandler !== None) {
    // RXIDLE fires once the line has been quiet for about two frames after the last byte.
    self.idleAlarm?.cancel();
    const hw = machineHw();
    self.idleAlarm = hw.timer.alarmAt(hw.timer.nowUs() + Math.ceil(2 * self.frameUs()), () => {
      self.idleAlarm = null;
      machineSession().scheduler.schedule(self.irqHandler, self);
    });
  }
}

function uartNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [{ name: "id", kind: "obj", required: true }, ...OPTION_ARGS]);
  const id = mpInt(a.id);
  if (id < 0 || id > 1) raiseValueError(`UART(${id}) doesn't exist`);
  const self = uartObjects()[id];
  applyOptions(self, a);
  if (args.length > 1 || (kw !== null && kw.size > 0) || self.baudrate === 0) start(self);
  return self;
}

/** Waits up to `ms` for the RX buffer to hold something; true if it does. */
function waitForByte(self: PyUart, ms: number): boolean {
  const host = moduleHost();
  const end = host.ticksUs() + ms * 1000;
  while (self.rx.length === 0) {
    const left = end - host.ticksUs();
    if (left <= 0) return false;
    sleepMicros(Math.min(left, 500));
  }
  return true;
}

/** machine_uart_read: `timeout` for the first byte, `timeout_char` for each next; null when none came. */
function readBytes(self: PyUart, max: number, untilNewline = false): Uint8Array | null {
  const out: number[] = [];
  while (out.length < max) {
    if (!waitForByte(self, out.length === 0 ? self.timeout : self.timeoutChar)) break;
    const b = self.rx.shift()!;
    out.push(b);
    if (untilNewline && b === 0x0a) break;
  }
  return out.length === 0 ? null : Uint8Array.from(out);
}

/** Sends at the baud rate; blocks while more is queued than the TX buffer and FIFO hold. */
function write(self: PyUart, data: Uint8Array): number {
  const hw = machineHw();
  const bytes = self.invert & INV_TX ? data.map((b) => ~b & 0xff) : data;
  const idleAt = hw.uart.send(self.txPin, bytes, self.baudrate);
  const queued = (idleAt - hw.timer.nowUs()) / self.frameUs();
  const over = queued - (self.txbuf + TX_FIFO);
  if (over > 0) moduleHost().sleepUs(Math.ceil(over * self.frameUs()));
  if (self.irqTrigger & IRQ_TXIDLE && self.irqHandler !== None) {
    hw.timer.alarmAt(idleAt, () => machineSession().scheduler.schedule(self.irqHandler, self));
  }
  self.txIdleAtUs = idleAt;
  return data.length;
}

function readCount(n?: PyValue): number {
  return n === undefined || n === None ? Infinity : Math.max(0, mpInt(n));
}

defineMethods(uartType, {
  init: builtinMethodKw("init", (self: PyUart, args: PyValue[], kw: Kw | null) => {
    applyOptions(self, parseArgs(args, kw, OPTION_ARGS));
    start(self);
    return None;
  }),
  deinit: (self: PyUart) => (stopListening(self), None),
  any: (self: PyUart) => self.rx.length,
  read: builtinMethod("read", 0, 1, (self: PyUart, n?: PyValue) => {
    const got = readBytes(self, readCount(n));
    return got === null ? None : newBytes(got);
  }),
  readline: (self: PyUart) => {
    const got = readBytes(self, Infinity, true);
    return got === null ? None : newBytes(got);
  },
  readinto: builtinMethod("readinto", 1, 2, (self: PyUart, buf: PyValue, n?: PyValue) => {
    const into = requireBuffer(buf);
    const got = readBytes(self, Math.min(into.length, readCount(n)));
    if (got === null) return None;
    into.set(got);
    return got.length;
  }),
  write: builtinMethod("write", 1, 1, (self: PyUart, buf: PyValue) => write(self, readableBuffer(buf))),
  flush: (self: PyUart) => {
    const left = self.txIdleAtUs - machineHw().timer.nowUs();
    if (left > 0) moduleHost().sleepUs(left);
    return None;
  },
  txdone: (self: PyUart) => machineHw().timer.nowUs() >= self.txIdleAtUs,
  sendbreak: (self: PyUart) => {
    moduleHost().sleepUs(Math.floor(13_000_000 / self.baudrate) + 1);
    return None;
  },
  irq: builtinMethodKw("irq", (self: PyUart, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "handler", kind: "obj", dflt: None },
      { name: "trigger", kind: "int", dflt: 0 },
      { name: "hard", kind: "bool", dflt: false },
    ]);
    self.irqHandler = a.handler;
    self.irqTrigger = a.handler === None ? 0 : a.trigger;
    return None;
  }),
});

uartType.defineSlots({
  new: uartNew,
  repr: (s: PyUart) =>
    `UART(${s.id}, baudrate=${s.baudrate}, bits=${s.bits}, parity=${PARITY_NAMES[s.parity]}, stop=${s.stop}, ` +
    `tx=${s.txPin}, rx=${s.rxPin}, txbuf=${s.txbuf}, rxbuf=${s.rxbuf}, timeout=${s.timeout}, ` +
    `timeout_char=${s.timeoutChar}, invert=${INVERT_NAMES[s.invert]}, irq=${s.irqTrigger})`,
});

defineClassAttrs(uartType, { INV_TX, INV_RX, CTS: 1, RTS: 2, IRQ_RXIDLE, IRQ_TXIDLE, IRQ_BREAK });
