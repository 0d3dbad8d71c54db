// rp2.StateMachine: 8 static objects (PIO0's 0-3, PIO1's 4-7) claimed on first use; init, active, restart, exec,
// blocking get/put on the FIFOs (letting the board's time pass, interruptible), FIFO levels and irq().
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, checkArity, defineMethods } from "../../runtime/function";
import { callObject, getAttr, truthy } from "../../runtime/protocol";
import { runtimeState } from "../../runtime/state";
import { isIntObject, mpInt, parseArgs, type ArgSpec } from "../mp-args";
import type { PicoPioBlock } from "../pico-pio";
import { BYTEARRAY_TYPECODE, getBufferInfo, intTruncated, readItem, requireBufferInfo, writeItem } from "./buffers";
import { rp2Session, rp2State } from "./context";
import { PIO_SM, encodeJmp } from "./pio-sdk";
import { PioIrq } from "./pio-irq";
import { initStateMachine } from "./sm-init";
import { waitForFifo } from "./fifo-wait";

export const stateMachineType = makeBuiltinType("StateMachine");
stateMachineType.isBaseType = false;

export class PyStateMachine extends PyObject {
  constructor(readonly id: number) {
    super(stateMachineType);
  }
  get pio(): number {
    return this.id >> 2;
  }
  get sm(): number {
    return this.id & 3;
  }
}

const STATE_MACHINES = Array.from({ length: 8 }, (_, id) => new PyStateMachine(id));

/** rp2_state_machine_get_object: the static object, claimed from the SDK on first use. */
export function stateMachineObject(id: number): PyStateMachine {
  if (!(id >= 0 && id < 8)) raiseValueError("invalid StateMachine");
  const state = rp2State();
  if ((state.claimedMask & (1 << id)) === 0) {
    if (state.sdk.isClaimed(id >> 2, id & 3)) raiseValueError("StateMachine claimed by external resource");
    state.sdk.claim(id >> 2, id & 3);
    state.claimedMask |= 1 << id;
  }
  return STATE_MACHINES[id];
}

function block(self: PyStateMachine): PicoPioBlock {
  return rp2State().sdk.block(self.pio);
}

// ---------- construction and control ----------

function smNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, -1, kw !== null && kw.size > 0, true);
  const self = stateMachineObject(mpInt(args[0]));
  if (args.length > 1 || (kw !== null && kw.size > 0)) initStateMachine(rp2Session(), rp2State(), self.id, args.slice(1), kw);
  return self;
}

function active(self: PyStateMachine, value?: PyValue): PyValue {
  const b = block(self);
  if (value !== undefined) b.setEnabled(1 << self.sm, truthy(value));
  return b.isEnabled(self.sm);
}

function restart(self: PyStateMachine): PyValue {
  const b = block(self);
  b.restart(1 << self.sm);
  b.exec(self.sm, encodeJmp(rp2State().initialPc[self.id]));
  return None;
}

/** exec(instr): an encoded instruction, or pioasm text assembled by rp2.asm_pio_encode with this machine's side-set. */
function exec(self: PyStateMachine, instr: PyValue): PyValue {
  const b = block(self);
  let encoded: number;
  if (isIntObject(instr) || typeof instr === "boolean") {
    encoded = mpInt(instr);
  } else {
    const rp2 = runtimeState.importer!.load("rp2");
    const sidesetCount = b.readSmRegister(self.sm, "pinctrl") >>> PIO_SM.PINCTRL_SIDESET_COUNT_LSB;
    const sidesetOpt = b.readSmRegister(self.sm, "execctrl") & PIO_SM.EXECCTRL_SIDE_EN ? 1 : 0;
    encoded = mpInt(callObject(getAttr(rp2, "asm_pio_encode"), [instr, sidesetCount, sidesetOpt]));
  }
  b.exec(self.sm, encoded & 0xffff);
  return None;
}

// ---------- FIFOs ----------

/** get(buf=None, shift=0): one word, or fill a buffer of bytes/halfwords/words ('b'/'h'/'i' either case). */
function get(self: PyStateMachine, buf: PyValue = None, shift: PyValue = 0): PyValue {
  const b = block(self);
  const by = mpInt(shift);
  const info = buf === None ? null : requireBufferInfo(buf);
  let typecode = "";
  if (info !== null) {
    typecode = info.typecode === BYTEARRAY_TYPECODE ? "b" : info.typecode.toLowerCase();
    if (info.bytes.length === 0) return buf;
  }
  const next = (): number => {
    waitForFifo(b, self.sm, () => b.fifoLevels(self.sm).rx > 0);
    return (b.getRx(self.sm)! >>> (by & 31)) >>> 0;
  };
  if (info === null) return next();
  const size = typecode === "b" ? 1 : typecode === "h" ? 2 : typecode === "i" ? 4 : 0;
  if (size === 0) return raiseValueError("unsupported buffer type");
  for (let i = 0; i < info.bytes.length / size; i++) writeItem(info.bytes, i, size, next());
  return buf;
}

/** put(value, shift=0): an int, or every item of a bytes/bytearray/'B'/'H'/'I' buffer, waiting while the TX FIFO is full. */
function put(self: PyStateMachine, value: PyValue, shift: PyValue = 0): PyValue {
  const b = block(self);
  const by = mpInt(shift) & 31;
  const info = getBufferInfo(value);
  let words: number[];
  if (info === null) {
    words = [intTruncated(value)];
  } else {
    const size = info.typecode === "B" || info.typecode === BYTEARRAY_TYPECODE ? 1 : info.typecode === "H" ? 2 : info.typecode === "I" ? 4 : 0;
    if (size === 0 && info.bytes.length > 0) return raiseValueError("unsupported buffer type");
    words = [];
    for (let i = 0; size > 0 && i < info.bytes.length / size; i++) words.push(readItem(info.bytes, i, size));
  }
  for (const word of words) {
    waitForFifo(b, self.sm, () => { const l = b.fifoLevels(self.sm); return l.tx < l.txDepth; });
    b.putTx(self.sm, (word << by) >>> 0);
  }
  return None;
}

// ---------- irq ----------

const IRQ_ARGS: ArgSpec[] = [
  { name: "handler", kind: "obj", dflt: None },
  { name: "trigger", kind: "int", dflt: 1 },
  { name: "hard", kind: "bool", dflt: false },
];

function irq(self: PyStateMachine, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, IRQ_ARGS);
  const ints = rp2State().interrupts[self.pio];
  let obj = ints.smIrqs[self.sm];
  if (obj === null) ints.smIrqs[self.sm] = obj = new PioIrq(self, 1);
  if (args.length > 0 || (kw !== null && kw.size > 0)) {
    obj.handler = a.handler;
    obj.hard = a.hard;
    obj.flags = 0;
    obj.trigger = a.trigger;
    const bit = 1 << (8 + self.sm);
    ints.inte0 = a.handler === None ? ints.inte0 & ~bit : ints.inte0 | bit;
    if (ints.inte0 !== 0) ints.enable();
  }
  return obj;
}

stateMachineType.defineSlots({
  new: smNew,
  repr: (self: PyStateMachine) => `StateMachine(${self.id})`,
});

defineMethods(stateMachineType, {
  init: builtinMethodKw("init", (self: PyStateMachine, args, kw) => {
    initStateMachine(rp2Session(), rp2State(), self.id, args, kw);
    return None;
  }),
  active: builtinMethod("active", 0, 1, active),
  restart,
  exec,
  get: builtinMethod("get", 0, 2, get),
  put: builtinMethod("put", 1, 2, put),
  rx_fifo: (self: PyStateMachine) => block(self).fifoLevels(self.sm).rx,
  tx_fifo: (self: PyStateMachine) => block(self).fifoLevels(self.sm).tx,
  irq: builtinMethodKw("irq", irq),
});
