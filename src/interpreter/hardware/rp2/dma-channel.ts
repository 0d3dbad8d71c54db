// The RP2040's DMA channels as rp2.DMA drives them (datasheet 2.5): READ_ADDR, WRITE_ADDR, TRANS_COUNT and CTRL per
// channel. Python buffers get their SRAM addresses (uctypes.addressof's) when handed to a channel, so copies
// between them run as on the chip (sizes, increments, rings, byte swap); transfers to a PIO TX FIFO or from an RX
// FIFO are paced by the state machine's DREQ. Unpaced memory copies finish at once (the chip moves a word a
// cycle). CHAIN_TO is kept but not followed, and addresses of other peripherals end the transfer with a bus error
// (READ_ERR/WRITE_ERR).
import type { PyValue } from "../../runtime/object";
import { runtimeState } from "../../runtime/state";
import type { HardwareSession } from "../session";
import { callObject, getAttr } from "../../runtime/protocol";
import { getBufferInfo, intTruncated } from "./buffers";

export const NUM_DMA_CHANNELS = 12;

/** CTRL_TRIG fields: [name, lsb, width, read-only], in MicroPython's rp2_dma_ctrl_fields_table order. */
export const CTRL_FIELDS: readonly (readonly [string, number, number, boolean])[] = [
  ["enable", 0, 1, false], ["high_pri", 1, 1, false], ["size", 2, 2, false], ["inc_read", 4, 1, false],
  ["inc_write", 5, 1, false], ["ring_size", 6, 4, false], ["ring_sel", 10, 1, false], ["chain_to", 11, 4, false],
  ["treq_sel", 15, 6, false], ["irq_quiet", 21, 1, false], ["bswap", 22, 1, false], ["sniff_en", 23, 1, false],
  ["busy", 24, 1, true], ["write_err", 29, 1, false], ["read_err", 30, 1, false], ["ahb_err", 31, 1, true],
];

const BUSY = 1 << 24;
const WRITE_ERROR = 1 << 29;
const READ_ERROR = 1 << 30;
const AHB_ERROR = 1 << 31;
/** TREQ_SEL 0x3f: unpaced. */
export const TREQ_PERMANENT = 0x3f;
const PIO_BASE = [0x50200000, 0x50300000];
const PIO_TXF0 = 0x010;
const PIO_RXF0 = 0x020;

/** Where a channel reads or writes: bytes of a Python buffer, or a PIO FIFO. */
type Target = { kind: "memory"; bytes: Uint8Array; offset: number; length: number } | { kind: "pio-tx" | "pio-rx"; pio: number; sm: number } | { kind: "unknown" };

/** The board's DMA: which channels are claimed, and the SRAM addresses given to Python buffers. */
export class DmaController {
  readonly channels: DmaChannel[];
  private claimed = 0;
  private readonly addresses = new Map<PyValue, number>();
  private readonly buffers: { base: number; length: number; obj: PyValue }[] = [];
  private warned = false;

  constructor(readonly session: HardwareSession) {
    this.channels = Array.from({ length: NUM_DMA_CHANNELS }, (_, i) => new DmaChannel(this, i));
  }

  /** dma_claim_unused_channel: the lowest free channel, or -1. */
  claim(): number {
    for (let i = 0; i < NUM_DMA_CHANNELS; i++) {
      if ((this.claimed & (1 << i)) === 0) {
        this.claimed |= 1 << i;
        return i;
      }
    }
    return -1;
  }

  unclaim(channel: number): void {
    this.channels[channel].abort();
    this.claimed &= ~(1 << channel);
  }

  /** The address a buffer object has in SRAM: the one uctypes.addressof gives it, so both agree as on a board. */
  addressOf(obj: PyValue, length: number): number {
    const known = this.addresses.get(obj);
    if (known !== undefined) return known;
    const uctypes = runtimeState.importer!.load("uctypes");
    const base = intTruncated(callObject(getAttr(uctypes, "addressof"), [obj]));
    this.addresses.set(obj, base);
    this.buffers.push({ base, length, obj });
    return base;
  }

  /** What an address points at. */
  resolve(address: number): Target {
    for (const b of this.buffers) {
      const info = getBufferInfo(b.obj);
      if (info !== null && address >= b.base && address < b.base + info.bytes.length) {
        return { kind: "memory", bytes: info.bytes, offset: address - b.base, length: info.bytes.length };
      }
    }
    for (let pio = 0; pio < 2; pio++) {
      const reg = address - PIO_BASE[pio];
      if (reg >= PIO_TXF0 && reg < PIO_TXF0 + 16) return { kind: "pio-tx", pio, sm: (reg - PIO_TXF0) >> 2 };
      if (reg >= PIO_RXF0 && reg < PIO_RXF0 + 16) return { kind: "pio-rx", pio, sm: (reg - PIO_RXF0) >> 2 };
    }
    return { kind: "unknown" };
  }

  warnOnce(message: string): void {
    if (this.warned) return;
    this.warned = true;
    runtimeState.warn(message);
  }
}

/** One channel's registers and its transfer in progress. */
export class DmaChannel {
  readAddr = 0;
  writeAddr = 0;
  /** TRANS_COUNT: transfers left (the reload value is kept for the next trigger). */
  count = 0;
  private reloadCount = 0;
  ctrl = 0;
  /** Set when a transfer completes with IRQ_QUIET clear; the irq handler (if any) is scheduled. */
  onComplete: (() => void) | null = null;
  private pacedPio: { pio: number; sm: number; dir: "tx" | "rx" } | null = null;

  constructor(private readonly dma: DmaController, readonly index: number) {}

  get busy(): boolean {
    return (this.ctrl & BUSY) !== 0;
  }

  setCount(value: number): void {
    this.count = value >>> 0;
    this.reloadCount = this.count;
  }

  /** The CTRL value as read (BUSY and AHB_ERROR are the channel's own). */
  setCtrl(value: number): void {
    this.ctrl = ((value & ~(BUSY | AHB_ERROR)) | (this.ctrl & BUSY)) >>> 0;
  }

  /** A write to a trigger register (or dma_channel_start): runs the transfer if the channel is enabled. */
  trigger(): void {
    if ((this.ctrl & 1) === 0) return;
    this.detachPio();
    this.count = this.reloadCount;
    this.ctrl = (this.ctrl | BUSY) >>> 0;
    if (this.count === 0) return this.finish();
    const source = this.dma.resolve(this.readAddr);
    const dest = this.dma.resolve(this.writeAddr);
    if (source.kind === "unknown" || source.kind === "pio-tx") return this.busError(READ_ERROR, this.readAddr);
    if (dest.kind === "unknown" || dest.kind === "pio-rx") return this.busError(WRITE_ERROR, this.writeAddr);
    if (dest.kind === "pio-tx") return this.paceTx(dest.pio, dest.sm);
    if (source.kind === "pio-rx") return this.paceRx(source.pio, source.sm);
    while (this.count > 0) this.step(this.readItem(), true);
    this.finish();
  }

  /** CHAN_ABORT. */
  abort(): void {
    this.detachPio();
    this.ctrl = (this.ctrl & ~BUSY) >>> 0;
  }

  private get size(): number {
    return 1 << ((this.ctrl >>> 2) & 3);
  }

  /** One item read at READ_ADDR (little-endian, byte-swapped when BSWAP is set). */
  private readItem(): number {
    const t = this.dma.resolve(this.readAddr);
    if (t.kind !== "memory") return 0;
    let value = 0;
    for (let b = 0; b < this.size; b++) value |= (t.bytes[t.offset + b] ?? 0) << (8 * b);
    return this.swapped(value >>> 0);
  }

  private swapped(value: number): number {
    if ((this.ctrl & (1 << 22)) === 0 || this.size === 1) return value;
    if (this.size === 2) return ((value & 0xff) << 8) | ((value >>> 8) & 0xff);
    return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
  }

  /** Writes one item at WRITE_ADDR (when memory), then moves both addresses and counts it. */
  private step(value: number, toMemory: boolean): void {
    if (toMemory) {
      const t = this.dma.resolve(this.writeAddr);
      if (t.kind === "memory") for (let b = 0; b < this.size && t.offset + b < t.length; b++) t.bytes[t.offset + b] = (value >>> (8 * b)) & 0xff;
    }
    this.readAddr = this.advance(this.readAddr, (this.ctrl >>> 4) & 1, 0);
    this.writeAddr = this.advance(this.writeAddr, (this.ctrl >>> 5) & 1, 1);
    this.count--;
  }

  /** An address after one item: incremented when asked, wrapping inside its ring when RING_SEL picks it. */
  private advance(address: number, increment: number, ringSel: number): number {
    if (increment === 0) return address;
    const next = address + this.size;
    const ringBits = (this.ctrl >>> 6) & 0xf;
    if (ringBits === 0 || ((this.ctrl >>> 10) & 1) !== ringSel) return next >>> 0;
    const mask = (1 << ringBits) - 1;
    return ((address & ~mask) | (next & mask)) >>> 0;
  }

  /** Words to a PIO TX FIFO whenever it has room (narrow items are replicated across the bus, as the chip does). */
  private paceTx(pio: number, sm: number): void {
    this.pacedPio = { pio, sm, dir: "tx" };
    this.dma.session.hw.pio[pio].setTxDma(sm, () => {
      if (this.count === 0 || !this.busy) return undefined;
      let value = this.readItem();
      if (this.size === 1) value = (value * 0x01010101) >>> 0;
      else if (this.size === 2) value = ((value << 16) | value) >>> 0;
      this.step(value, false);
      if (this.count === 0) this.finish();
      return value;
    });
  }

  /** Words from a PIO RX FIFO into memory as they arrive. */
  private paceRx(pio: number, sm: number): void {
    this.pacedPio = { pio, sm, dir: "rx" };
    this.dma.session.hw.pio[pio].setRxDma(sm, {
      ready: () => this.count > 0 && this.busy,
      put: (word) => {
        this.step(this.swapped(word), true);
        if (this.count === 0) this.finish();
      },
    });
  }

  private detachPio(): void {
    const paced = this.pacedPio;
    if (paced === null) return;
    this.pacedPio = null;
    const block = this.dma.session.hw.pio[paced.pio];
    if (paced.dir === "tx") block.setTxDma(paced.sm, null);
    else block.setRxDma(paced.sm, null);
  }

  private busError(flag: number, address: number): void {
    this.ctrl = (this.ctrl | flag | AHB_ERROR) >>> 0;
    this.dma.warnOnce(`rp2.DMA: address 0x${address.toString(16)} is not simulated (only buffers and PIO FIFOs are)`);
    this.finish();
  }

  private finish(): void {
    this.ctrl = (this.ctrl & ~BUSY) >>> 0;
    if ((this.ctrl & (1 << 21)) === 0) this.onComplete?.();
  }
}
