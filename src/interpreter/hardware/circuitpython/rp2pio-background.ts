// rp2pio background_write / background_read: a DMA channel paced by the state machine's DREQ streams a "once"
// buffer, then "loop"/"loop2" buffers forever, with CircuitPython's buffer rotation and pending counts
// (common_hal_rp2pio_statemachine_background_write / _read and dma_complete_* in StateMachine.c).
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { PyByteArray } from "../../types/bytearray";
import { readItem, writeItem } from "../rp2/buffers";
import { waitForFifo } from "../rp2/fifo-wait";
import type { CpStateMachine } from "./rp2pio-machine";
import { fifoWord, fromFifo, swapBytes } from "./rp2pio-transfer";

/** A buffer handed to the DMA (sm_buf_info): the Python object and its live bytes. */
export interface BgBuffer {
  obj: PyValue;
  bytes: Uint8Array;
}

export const NO_BUFFER: BgBuffer = { obj: None, bytes: new Uint8Array(0) };

export class BackgroundChannel {
  private current = NO_BUFFER;
  private next1 = NO_BUFFER;
  private next2 = NO_BUFFER;
  private next3 = NO_BUFFER;
  /** Buffers given to background_write/read that the DMA has not started yet. */
  pending = 0;
  /** The DMA ran out of buffers (or never started). */
  completed = true;
  private allocated = false;
  private stride = 1;
  private swap = false;
  private index = 0;
  private lastDone: PyValue | null = null;

  constructor(private readonly m: CpStateMachine, private readonly direction: "write" | "read") {}

  /** background_write/read(once, loop=, loop2=, swap=): starts the DMA, or queues behind the running one. */
  start(once: BgBuffer, loop: BgBuffer, loop2: BgBuffer, stride: number, swap: boolean): void {
    const pending = [once, loop, loop2].filter((b) => b.bytes.length !== 0).length;
    [once, loop, loop2] = arrange(once, loop, loop2);
    if (this.allocated) {
      if (stride !== this.stride) raiseValueError("Mismatched data size");
      if (swap !== this.swap) raiseValueError("Mismatched swap flag");
      // The previous buffers must each have started before new ones replace them.
      waitForFifo(this.m.block, this.m.sm, () => this.pending === 0);
      this.next1 = once;
      this.next2 = loop;
      this.next3 = loop2;
      this.pending = pending;
      if (this.completed && once.bytes.length > 0) {
        this.complete();
        this.completed = false;
      }
    } else {
      this.allocated = true;
      this.current = once;
      this.next1 = loop;
      this.next2 = loop2;
      this.next3 = loop;
      this.pending = pending;
      this.completed = false;
      this.stride = stride;
      this.swap = swap;
      this.index = 0;
    }
    this.attach();
  }

  /** stop_background_write/read: the DMA stops at once (words already in the FIFO stay). */
  stop(): void {
    this.current = this.next1 = this.next2 = this.next3 = NO_BUFFER;
    this.pending = 0;
    this.completed = true;
    this.allocated = false;
    if (this.direction === "write") this.m.block.setTxDma(this.m.sm, null);
    else this.m.block.setRxDma(this.m.sm, null);
  }

  /** last_write / last_read: the buffer the DMA finished most recently, once; then an empty buffer. */
  takeLast(): PyValue {
    const last = this.lastDone;
    this.lastDone = null;
    return last ?? new PyByteArray(new Uint8Array(0));
  }

  private attach(): void {
    const b = this.m.block;
    if (this.direction === "write") b.setTxDma(this.m.sm, () => this.nextWord());
    else b.setRxDma(this.m.sm, { ready: () => !this.completed, put: (word) => this.putWord(word) });
  }

  private items(): number {
    return Math.floor(this.current.bytes.length / this.stride);
  }

  private nextWord(): number | undefined {
    while (!this.completed) {
      if (this.index < this.items()) {
        let item = readItem(this.current.bytes, this.index++, this.stride);
        if (this.swap) item = swapBytes(item, this.stride);
        return fifoWord(item, this.stride);
      }
      this.complete();
    }
    return undefined;
  }

  private putWord(word: number): void {
    let item = fromFifo(word, this.stride, this.m.p.inShiftRight);
    if (this.swap) item = swapBytes(item, this.stride);
    writeItem(this.current.bytes, this.index++, this.stride, item);
    while (!this.completed && this.index >= this.items()) this.complete();
  }

  /** dma_complete: the channel moves on to the next buffer in the rotation, or stops when there is none. */
  private complete(): void {
    this.lastDone = this.current.obj === None ? this.lastDone : this.current.obj;
    this.current = this.next1;
    this.next1 = this.next2;
    this.next2 = this.next3;
    this.next3 = this.next1;
    this.index = 0;
    if (this.current.obj !== None) {
      if (this.pending > 0) this.pending--;
    } else {
      this.completed = true;
      this.pending = 0;
    }
  }
}

/** The firmware's arrangement of missing buffers: once/loop/loop2, repeating the last ones given. */
function arrange(once: BgBuffer, loop: BgBuffer, loop2: BgBuffer): [BgBuffer, BgBuffer, BgBuffer] {
  const has = (b: BgBuffer) => b.bytes.length !== 0;
  if (!has(once)) {
    if (!has(loop)) return [loop2, loop2, loop2];
    if (!has(loop2)) return [loop, loop, loop];
    return [loop, loop2, loop];
  }
  if (!has(loop)) return [once, loop2, loop2];
  if (!has(loop2)) return [once, loop, loop];
  return [once, loop, loop2];
}
