// CircuitPython's rp2pio module: StateMachine (construct from an assembled program, transfers through the FIFOs,
// frequency, stall flags, restart/stop/run, background DMA transfers, deinit) on the simulated PIO blocks.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseRuntimeError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction, builtinMethodKw, defineMethods } from "../../runtime/function";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { pinArg } from "./mcu-pin";
import { PyModule } from "../../types/module";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { defineProperties } from "../native-property";
import { makeNativeType } from "../native-type";
import type { HardwareSession } from "../session";
import { itemSize, readItem, requireBufferInfo } from "../rp2/buffers";
import { PIO_SM } from "../rp2/pio-sdk";
import { cpSession, defineContextManager, raiseDeinited } from "./context";
import { constructFromArgs } from "./rp2pio-args";
import type { CpStateMachine } from "./rp2pio-machine";
import { clearRxFifo, transfer, type TransferSide } from "./rp2pio-transfer";
import { BackgroundChannel, NO_BUFFER, type BgBuffer } from "./rp2pio-background";

export const rp2pioStateMachineType = makeNativeType("StateMachine");

class PyRp2pioStateMachine extends PyObject {
  bgWrite: BackgroundChannel | null = null;
  bgRead: BackgroundChannel | null = null;
  constructor(readonly session: HardwareSession, public m: CpStateMachine | null) {
    super(rp2pioStateMachineType);
  }
  /** check_for_deinit. */
  get live(): CpStateMachine {
    return this.m ?? raiseDeinited();
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const session = cpSession("rp2pio");
  return new PyRp2pioStateMachine(session, constructFromArgs(session, args, kw));
}

function deinit(self: PyRp2pioStateMachine): PyValue {
  self.m?.deinit();
  self.m = null;
  return None;
}

// ---------- transfers ----------

const INT_MAX = 2 ** 31 - 1;

/** normalize_buffer_bounds, in items. */
function bounds(length: number, start: number, end: number): [number, number] {
  if (end < 0) end += length;
  else if (end > length) end = length;
  if (start < 0) start += length;
  return end < start ? [start, start] : [start, end];
}

/** A buffer slice (in items) with its FIFO access width. */
function side(buffer: PyValue, start: number, end: number, swap: boolean, tooBig: string): TransferSide {
  const info = requireBufferInfo(buffer);
  const stride = itemSize(info.typecode);
  if (stride > 4) raiseValueError(tooBig);
  const [s, e] = bounds(Math.floor(info.bytes.length / stride), start, end);
  return { bytes: info.bytes.subarray(s * stride, e * stride), stride, swap };
}

const ONE_BUFFER: ArgSpec[] = [
  { name: "buffer", kind: "obj", required: true },
  { name: "start", kind: "int", kwOnly: true, dflt: 0 },
  { name: "end", kind: "int", kwOnly: true, dflt: INT_MAX },
  { name: "swap", kind: "bool", kwOnly: true, dflt: false },
];

function write(self: PyRp2pioStateMachine, args: PyValue[], kw: Kw | null): PyValue {
  const m = self.live;
  const a = parseArgs(args, kw, ONE_BUFFER);
  const out = side(a.buffer, a.start, a.end, a.swap, "Buffer elements must be 4 bytes long or less");
  if (out.bytes.length === 0) return None;
  if (!m.p.txFifo) raiseRuntimeError("No out in program");
  transfer(m, out, null);
  return None;
}

function readinto(self: PyRp2pioStateMachine, args: PyValue[], kw: Kw | null): PyValue {
  const m = self.live;
  const a = parseArgs(args, kw, ONE_BUFFER);
  const inp = side(a.buffer, a.start, a.end, a.swap, "Buffer elements must be 4 bytes long or less");
  if (inp.bytes.length === 0) return None;
  if (!m.p.rxFifo) raiseRuntimeError("No in in program");
  transfer(m, null, inp);
  return None;
}

const TWO_BUFFERS: ArgSpec[] = [
  { name: "buffer_out", kind: "obj", required: true },
  { name: "buffer_in", kind: "obj", required: true },
  { name: "out_start", kind: "int", kwOnly: true, dflt: 0 },
  { name: "out_end", kind: "int", kwOnly: true, dflt: INT_MAX },
  { name: "in_start", kind: "int", kwOnly: true, dflt: 0 },
  { name: "in_end", kind: "int", kwOnly: true, dflt: INT_MAX },
  { name: "swap_out", kind: "bool", kwOnly: true, dflt: false },
  { name: "swap_in", kind: "bool", kwOnly: true, dflt: false },
];

function writeReadinto(self: PyRp2pioStateMachine, args: PyValue[], kw: Kw | null): PyValue {
  const m = self.live;
  const a = parseArgs(args, kw, TWO_BUFFERS);
  const out = side(a.buffer_out, a.out_start, a.out_end, a.swap_out, "Out-buffer elements must be <= 4 bytes long");
  const inp = side(a.buffer_in, a.in_start, a.in_end, a.swap_in, "In-buffer elements must be <= 4 bytes long");
  if (out.bytes.length === 0 && inp.bytes.length === 0) return None;
  if (!m.p.rxFifo || !m.p.txFifo) raiseRuntimeError("No in or out in program");
  transfer(m, out.bytes.length > 0 ? out : null, inp.bytes.length > 0 ? inp : null);
  return None;
}

/** run(instructions): executes the words at once (they interleave with the program). */
function run(self: PyRp2pioStateMachine, instructions: PyValue): PyValue {
  const m = self.live;
  const bytes = requireBufferInfo(instructions).bytes;
  if (bytes.length % 2 !== 0) raiseValueError("Program size invalid");
  m.run(Array.from({ length: bytes.length >> 1 }, (_, i) => readItem(bytes, i, 2)));
  return None;
}

// ---------- background (DMA) transfers ----------

const BACKGROUND_ARGS: ArgSpec[] = [
  { name: "once", kind: "obj", dflt: None },
  { name: "loop", kind: "obj", kwOnly: true, dflt: None },
  { name: "loop2", kind: "obj", kwOnly: true, dflt: None },
  { name: "swap", kind: "bool", kwOnly: true, dflt: false },
];

/** fill_buf_info: a buffer for the DMA, checking that all of them have one item size. */
function bgBuffer(v: PyValue, strides: number[]): BgBuffer {
  if (v === None) return NO_BUFFER;
  const info = requireBufferInfo(v);
  const stride = itemSize(info.typecode);
  if (stride > 4) raiseValueError("Buffer elements must be 4 bytes long or less");
  if (strides.length > 0 && strides[0] !== stride) raiseValueError("Mismatched data size");
  strides.push(stride);
  return { obj: v, bytes: info.bytes };
}

function channel(self: PyRp2pioStateMachine, direction: "write" | "read"): BackgroundChannel {
  const m = self.live;
  const key = direction === "write" ? "bgWrite" : "bgRead";
  let ch = self[key];
  if (ch === null) {
    const made = (ch = new BackgroundChannel(m, direction));
    self[key] = made;
    m.deinitHooks.push(() => made.stop());
  }
  return ch;
}

function background(direction: "write" | "read") {
  return (self: PyRp2pioStateMachine, args: PyValue[], kw: Kw | null): PyValue => {
    void self.live; // check_for_deinit
    const a = parseArgs(args, kw, BACKGROUND_ARGS);
    const strides: number[] = [];
    const once = bgBuffer(a.once, strides);
    const loop = bgBuffer(a.loop, strides);
    const loop2 = bgBuffer(a.loop2, strides);
    if (strides.length === 0) return None;
    channel(self, direction).start(once, loop, loop2, strides[0], a.swap);
    return None;
  };
}

defineContextManager(rp2pioStateMachineType, deinit);
rp2pioStateMachineType.defineSlots({ new: construct });

defineMethods(rp2pioStateMachineType, {
  deinit,
  stop: (self: PyRp2pioStateMachine) => (self.live.stop(), None),
  restart: (self: PyRp2pioStateMachine) => (self.live.restart(), None),
  run,
  clear_rxfifo: (self: PyRp2pioStateMachine) => (clearRxFifo(self.live), None),
  clear_txstall: (self: PyRp2pioStateMachine) => {
    const m = self.live;
    m.block.clearFdebug(1 << (PIO_SM.FDEBUG_TXSTALL_LSB + m.sm));
    return None;
  },
  readinto: builtinMethodKw("readinto", readinto),
  write: builtinMethodKw("write", write),
  write_readinto: builtinMethodKw("write_readinto", writeReadinto),
  background_write: builtinMethodKw("background_write", background("write")),
  stop_background_write: (self: PyRp2pioStateMachine) => (channel(self, "write").stop(), None),
  background_read: builtinMethodKw("background_read", background("read")),
  stop_background_read: (self: PyRp2pioStateMachine) => (channel(self, "read").stop(), None),
});

function fdebugBit(self: PyRp2pioStateMachine, lsb: number): number {
  const m = self.live;
  return (m.block.readFdebug() >>> (lsb + m.sm)) & 1;
}

defineProperties(rp2pioStateMachineType, {
  frequency: {
    get: (self: PyRp2pioStateMachine) => self.live.actualFrequency,
    set: (self: PyRp2pioStateMachine, v: PyValue) => self.live.setFrequency(mpInt(v)),
  },
  rxstall: { get: (self: PyRp2pioStateMachine) => fdebugBit(self, PIO_SM.FDEBUG_RXSTALL_LSB) },
  txstall: { get: (self: PyRp2pioStateMachine) => fdebugBit(self, PIO_SM.FDEBUG_TXSTALL_LSB) },
  in_waiting: { get: (self: PyRp2pioStateMachine) => self.live.block.fifoLevels(self.live.sm).rx },
  offset: { get: (self: PyRp2pioStateMachine) => self.live.offset },
  pc: { get: (self: PyRp2pioStateMachine) => self.live.block.readAddr(self.live.sm) },
  rxfifo: { get: (self: PyRp2pioStateMachine) => (self.live, None) },
  writing: { get: (self: PyRp2pioStateMachine) => !channel(self, "write").completed },
  reading: { get: (self: PyRp2pioStateMachine) => !channel(self, "read").completed },
  pending: { get: (self: PyRp2pioStateMachine) => channel(self, "write").pending },
  pending_write: { get: (self: PyRp2pioStateMachine) => channel(self, "write").pending },
  pending_read: { get: (self: PyRp2pioStateMachine) => channel(self, "read").pending },
  last_read: { get: (self: PyRp2pioStateMachine) => channel(self, "read").takeLast() },
  last_write: { get: (self: PyRp2pioStateMachine) => channel(self, "write").takeLast() },
});

export function createRp2pioModule(): PyModule {
  cpSession("rp2pio");
  const m = new PyModule("rp2pio");
  m.set("StateMachine", rp2pioStateMachineType);
  m.set("pins_are_sequential", builtinFunction("pins_are_sequential", 1, 1, pinsAreSequential));
  return m;
}

/** pins_are_sequential(pins): each pin's GPIO number follows the previous one's. */
function pinsAreSequential(pins: PyValue): PyValue {
  const items = pins instanceof PyList || pins instanceof PyTuple ? pins.items : raiseTypeError("object isn't a tuple or list");
  const numbers = items.map((p) => pinArg(p, "pin").id);
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}
