// rp2.DMA as MicroPython's rp2_dma.c defines it: a claimed channel with read/write/count/ctrl registers (buffers
// or addresses), config(), active(), irq(), close(), pack_ctrl() and the static unpack_ctrl(); "channel closed"
// once closed, OSError(EBUSY) when all 12 channels are taken.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { TypeError, newException, raiseOSError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction, builtinMethod, builtinMethodKw, checkArity, defineMethods } from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { dictSet, newDict } from "../../types/dict";
import { PyByteArray } from "../../types/bytearray";
import { PyMemoryView } from "../../types/memoryview";
import { PyStaticMethod } from "../../types/staticmethod";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { getBufferInfo, intTruncated } from "./buffers";
import { rp2Session } from "./context";
import { PioIrq } from "./pio-irq";
import { CTRL_FIELDS, DmaController, TREQ_PERMANENT, type DmaChannel } from "./dma-channel";
import { PyStateMachine } from "./state-machine";

const MP_EBUSY = 16;
/** Quiet, unpaced, read and write incrementing, word transfers, enabled (rp2_dma.c DEFAULT_DMA_CONFIG). */
const DEFAULT_DMA_CONFIG = (1 << 21) | (TREQ_PERMANENT << 15) | (1 << 5) | (1 << 4) | (2 << 2) | 1;
const CHAIN_TO_LSB = 11;

export const dmaType = makeBuiltinType("DMA");
dmaType.isBaseType = false;

class PyDma extends PyObject {
  /** The channel number, or null once closed. */
  channel: number | null;
  irqObject: PioIrq | null = null;
  irqEnabled = false;

  constructor(readonly dma: DmaController, channel: number) {
    super(dmaType);
    this.channel = channel;
  }

  /** rp2_dma_error_if_closed. */
  open(): DmaChannel {
    if (this.channel === null) return raiseValueError("channel closed");
    return this.dma.channels[this.channel];
  }
}

function controller(session: HardwareSession = rp2Session()): DmaController {
  return session.state("rp2.dma", (s) => {
    const dma = new DmaController(s);
    s.onSoftReset(() => dma.channels.forEach((c, i) => dma.unclaim(i)));
    return dma;
  });
}

/** PIO0/PIO1 base addresses; a state machine's buffer is its TXF (written) or RXF (read) register. */
const PIO_BASE = [0x50200000, 0x50300000];

/**
 * rp2_dma_register_value_from_obj: a buffer's address (read/write registers), a state machine's FIFO register (its
 * buffer protocol: TXF when written to, RXF when read from), else an int.
 */
function registerValue(dma: DmaController, v: PyValue, address: "read" | "write" | null): number {
  if (v instanceof PyStateMachine && address !== null) return PIO_BASE[v.pio] + (address === "write" ? 0x010 : 0x020) + 4 * v.sm;
  if (address !== null) {
    const info = getBufferInfo(v);
    if (info !== null) return dma.addressOf(v, info.bytes.length);
  }
  return intTruncated(v);
}

function dmaNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 0, 0, kw !== null && kw.size > 0);
  const dma = controller();
  const channel = dma.claim();
  if (channel < 0) raiseOSError(MP_EBUSY);
  return new PyDma(dma, channel);
}

const WRITABLE = ["read", "write", "count", "ctrl"] as const;
type Register = (typeof WRITABLE)[number];

function setRegister(self: PyDma, name: Register, value: PyValue): void {
  const ch = self.open();
  const v = registerValue(self.dma, value, name === "read" || name === "write" ? name : null);
  if (name === "read") ch.readAddr = v;
  else if (name === "write") ch.writeAddr = v;
  else if (name === "count") ch.setCount(v);
  else ch.setCtrl(v);
}

function getRegister(self: PyDma, name: Register): number {
  const ch = self.open();
  return name === "read" ? ch.readAddr : name === "write" ? ch.writeAddr : name === "count" ? ch.count : ch.ctrl;
}

/** config(*, read, write, count, ctrl, trigger=False): sets the registers given; trigger starts the transfer. */
function config(self: PyDma, args: PyValue[], kw: Kw | null): PyValue {
  const ch = self.open();
  if (args.length > 0) raiseTypeError("function takes 1 positional arguments but " + (args.length + 1) + " were given");
  if (kw === null || kw.size === 0) return None;
  for (const name of kw.keys()) {
    if (name !== "trigger" && !(WRITABLE as readonly string[]).includes(name)) raiseTypeError(`unexpected keyword argument '${name}'`);
  }
  for (const name of WRITABLE) {
    const value = kw.get(name);
    if (value !== undefined) setRegister(self, name, value);
  }
  const trigger = kw.get("trigger");
  if (trigger !== undefined && truthy(trigger)) ch.trigger();
  return None;
}

function active(self: PyDma, value?: PyValue): PyValue {
  const ch = self.open();
  if (value !== undefined) {
    if (truthy(value)) ch.trigger();
    else ch.abort();
  }
  return ch.busy;
}

/** irq(handler=None, hard=False): the channel's completion interrupt (IRQ_QUIET must be clear for it to fire). */
function irq(self: PyDma, args: PyValue[], kw: Kw | null): PyValue {
  const ch = self.open();
  if (args.length > 2) raiseTypeError("function takes 3 positional arguments but " + (args.length + 1) + " were given");
  let obj = self.irqObject;
  if (obj === null) {
    obj = self.irqObject = new PioIrq(self, 1);
    ch.onComplete = () => {
      if (!self.irqEnabled || obj!.handler === None) return;
      obj!.flags = 1;
      self.dma.session.scheduler.schedule(obj!.handler, self);
    };
  }
  if (args.length > 0 || (kw !== null && kw.size > 0)) {
    obj.handler = args[0] ?? kw?.get("handler") ?? None;
    obj.hard = truthy(args[1] ?? kw?.get("hard") ?? false);
    obj.flags = 0;
    self.irqEnabled = obj.handler !== None;
  }
  return obj;
}

function close(self: PyDma): PyValue {
  if (self.channel === null) return None;
  self.dma.channels[self.channel].onComplete = null;
  self.irqObject = null;
  self.dma.unclaim(self.channel);
  self.channel = null;
  return None;
}

/** pack_ctrl(**fields, default=...): a CTRL value from the channel's default (chaining to itself) and the fields given. */
function packCtrl(self: PyDma, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 0) raiseTypeError("pack_ctrl only takes keyword arguments");
  let value = (DEFAULT_DMA_CONFIG | (((self.channel ?? 0xff) & 0xf) << CHAIN_TO_LSB)) >>> 0;
  let remaining = kw?.size ?? 0;
  const dflt = kw?.get("default");
  if (dflt !== undefined) {
    remaining--;
    value = intTruncated(dflt);
  }
  for (const [name, lsb, width, readOnly] of CTRL_FIELDS) {
    const given = kw?.get(name);
    if (given === undefined) continue;
    remaining--;
    if (readOnly) continue; // unpack_ctrl()'s result may be passed back
    const field = intTruncated(given);
    const mask = (1 << width) - 1;
    if ((field & mask) !== field) raiseValueError("bad field value");
    value = ((value & ~(mask << lsb)) | (field << lsb)) >>> 0;
  }
  if (remaining > 0) throw newException(TypeError); // mp_raise_TypeError(NULL): no message
  return value;
}

/** unpack_ctrl(value): the CTRL fields as a dict (MicroPython's dict shows them in its own hash order). */
function unpackCtrl(valueObj: PyValue): PyValue {
  const value = intTruncated(valueObj);
  const fields = new Map(CTRL_FIELDS.map(([name, lsb, width]) => [name, (value >>> lsb) & ((1 << width) - 1)]));
  const d = newDict();
  for (const name of FIRMWARE_DICT_ORDER) dictSet(d, name, fields.get(name)!);
  return d;
}

/** The order MicroPython 1.28's dict of these 16 keys iterates in (it hashes its keys; Pyco's dicts keep insertion order). */
const FIRMWARE_DICT_ORDER = [
  "inc_read", "high_pri", "write_err", "ring_sel", "enable", "treq_sel", "sniff_en", "irq_quiet", "read_err", "chain_to",
  "busy", "inc_write", "ring_size", "bswap", "size", "ahb_err",
];

/** The channel's 16 register words (4 aliases of 4), as a snapshot taken when read. */
function registers(self: PyDma): PyValue {
  const ch = self.dma.channels[self.channel ?? 0];
  const words = new Uint32Array(16);
  for (let alias = 0; alias < 4; alias++) {
    const base = alias * 4;
    const order = [[ch.readAddr, ch.writeAddr, ch.count, ch.ctrl], [ch.ctrl, ch.readAddr, ch.writeAddr, ch.count], [ch.ctrl, ch.count, ch.readAddr, ch.writeAddr], [ch.ctrl, ch.writeAddr, ch.count, ch.readAddr]][alias];
    words.set(order, base);
  }
  const store = new PyByteArray(new Uint8Array(words.buffer));
  return new PyMemoryView(store, 0, 16, "I", 4, false);
}

dmaType.defineSlots({
  new: dmaNew,
  repr: (self: PyDma) => `DMA(${self.channel ?? 255})`,
});

defineProperties(dmaType, {
  read: { get: (self: PyDma) => getRegister(self, "read"), set: (self: PyDma, v) => setRegister(self, "read", v) },
  write: { get: (self: PyDma) => getRegister(self, "write"), set: (self: PyDma, v) => setRegister(self, "write", v) },
  count: { get: (self: PyDma) => getRegister(self, "count"), set: (self: PyDma, v) => setRegister(self, "count", v) },
  ctrl: { get: (self: PyDma) => getRegister(self, "ctrl"), set: (self: PyDma, v) => setRegister(self, "ctrl", v) },
  channel: { get: (self: PyDma) => self.channel ?? 255 },
  registers: { get: registers },
});

defineMethods(dmaType, {
  config: builtinMethodKw("config", config),
  active: builtinMethod("active", 0, 1, active),
  irq: builtinMethodKw("irq", irq),
  close,
  pack_ctrl: builtinMethodKw("pack_ctrl", packCtrl),
});
dmaType.setClassAttr("unpack_ctrl", new PyStaticMethod(builtinFunction("unpack_ctrl", 1, 1, unpackCtrl)));
