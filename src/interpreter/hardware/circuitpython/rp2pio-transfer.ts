// rp2pio transfers (_transfer in CircuitPython's StateMachine.c): buffer items go to and come from the FIFOs with
// 8/16/32-bit accesses, the board's time passing while the state machine works; writes then wait for the TX FIFO
// to drain and, with wait_for_txstall, for the machine to stall on it.
import { waitForFifo } from "../rp2/fifo-wait";
import { readItem, writeItem } from "../rp2/buffers";
import { PIO_SM } from "../rp2/pio-sdk";
import type { CpStateMachine } from "./rp2pio-machine";

export interface TransferSide {
  /** The bytes of the buffer slice. */
  bytes: Uint8Array;
  /** Bytes per item: 1, 2 or 4 (the FIFO access width). */
  stride: number;
  /** Reverse the bytes of each 2- or 4-byte item (the DMA's byte swap). */
  swap: boolean;
}

export function swapBytes(value: number, stride: number): number {
  if (stride === 2) return ((value & 0xff) << 8) | ((value >>> 8) & 0xff);
  if (stride === 4) return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
  return value;
}

/** A narrow write to a FIFO register: the RP2040's bus repeats it across all byte lanes of the word. */
export function fifoWord(value: number, stride: number): number {
  if (stride === 1) return (value * 0x01010101) >>> 0;
  if (stride === 2) return (value * 0x00010001) >>> 0;
  return value >>> 0;
}

/** A narrow read of an RX FIFO word: the top bytes when shifting right (where the ISR's data sits), else the bottom. */
export function fromFifo(word: number, stride: number, inShiftRight: boolean): number {
  if (stride === 4) return word >>> 0;
  const bits = stride * 8;
  return inShiftRight ? word >>> (32 - bits) : word & ((1 << bits) - 1);
}

/** Moves `out`'s items into the TX FIFO and fills `inp` from the RX FIFO, as fast as the state machine takes them. */
export function transfer(m: CpStateMachine, out: TransferSide | null, inp: TransferSide | null): void {
  const b = m.block;
  const sm = m.sm;
  let txIndex = 0;
  let rxIndex = 0;
  const txCount = out === null ? 0 : out.bytes.length / out.stride;
  const rxCount = inp === null ? 0 : inp.bytes.length / inp.stride;
  while (txIndex < txCount || rxIndex < rxCount) {
    let moved = false;
    // No time passes between these accesses, so the levels read once stay true while filling and draining.
    const levels = b.fifoLevels(sm);
    for (let space = levels.txDepth - levels.tx; out !== null && txIndex < txCount && space > 0; space--) {
      let item = readItem(out.bytes, txIndex++, out.stride);
      if (out.swap) item = swapBytes(item, out.stride);
      b.putTx(sm, fifoWord(item, out.stride));
      moved = true;
    }
    for (let waiting = levels.rx; inp !== null && rxIndex < rxCount && waiting > 0; waiting--) {
      let item = fromFifo(b.getRx(sm)!, inp.stride, m.p.inShiftRight);
      if (inp.swap) item = swapBytes(item, inp.stride);
      writeItem(inp.bytes, rxIndex++, inp.stride, item);
      moved = true;
    }
    if (moved) continue;
    // Ctrl-C interrupts here, as user_interruptible allows.
    waitForFifo(b, sm, () => {
      const l = b.fifoLevels(sm);
      return (txIndex < txCount && l.tx < l.txDepth) || (rxIndex < rxCount && l.rx > 0);
    });
  }
  const stallMask = 1 << (PIO_SM.FDEBUG_TXSTALL_LSB + sm);
  // Clear the stall flag so that the machine's next stall on the empty FIFO tells that the data is out.
  b.clearFdebug(stallMask);
  if (out === null) return;
  waitForFifo(b, sm, () => b.fifoLevels(sm).tx === 0 && (!m.p.waitForTxstall || (b.readFdebug() & stallMask) !== 0));
}

/** clear_rxfifo: drains the RX FIFO and clears the RXSTALL flag. */
export function clearRxFifo(m: CpStateMachine): void {
  const b = m.block;
  while (b.fifoLevels(m.sm).rx > 0) b.getRx(m.sm);
  b.clearFdebug(1 << (PIO_SM.FDEBUG_RXSTALL_LSB + m.sm));
}
