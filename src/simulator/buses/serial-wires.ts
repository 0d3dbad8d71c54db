// Serial lines between pins: bytes a transmitter sends on a pin arrive, one frame time apart on the virtual clock,
// at whatever listens on that pin (a part's RX, the terminal panel) and at the far end of any jumper wire from it.
import type { VirtualClock } from "../clock";

/** A received byte and the baud rate it was sent at (a receiver set to another rate would see garbage). */
export type SerialListener = (byte: number, baud: number) => void;

/** Start bit, 8 data bits, stop bit. */
export const BITS_PER_FRAME = 10;

export class SerialWires {
  private readonly listeners = new Map<number, Set<SerialListener>>();
  private readonly jumpers = new Map<number, Set<number>>();
  /** When each pin's line is next free (µs): bytes sent back to back queue behind each other. */
  private readonly busyUntil = new Map<number, number>();

  constructor(private readonly clock: VirtualClock) {}

  /** Calls `listener` for every byte arriving on `pin`; returns the unsubscribe function. */
  listen(pin: number, listener: SerialListener): () => void {
    let set = this.listeners.get(pin);
    if (set === undefined) this.listeners.set(pin, (set = new Set()));
    set.add(listener);
    return () => void set!.delete(listener);
  }

  /** A wire from `from` to `to` (e.g. a loopback from a UART's TX to its RX); returns its removal. */
  connect(from: number, to: number): () => void {
    let set = this.jumpers.get(from);
    if (set === undefined) this.jumpers.set(from, (set = new Set()));
    set.add(to);
    return () => void set!.delete(to);
  }

  /** Sends `bytes` on `pin` at `baud`: each arrives when its stop bit ends. Returns when the last one arrives (µs). */
  send(pin: number, bytes: Uint8Array, baud: number): number {
    const frameUs = (BITS_PER_FRAME * 1_000_000) / baud;
    let at = Math.max(this.clock.nowUs, this.busyUntil.get(pin) ?? 0);
    for (const byte of bytes) {
      at += frameUs;
      this.clock.at(Math.round(at), () => this.deliver(pin, byte, baud, new Set()));
    }
    this.busyUntil.set(pin, at);
    return Math.round(at);
  }

  /** When the line on `pin` has sent everything queued (µs on the board's clock). */
  idleAtUs(pin: number): number {
    return Math.max(this.clock.nowUs, Math.round(this.busyUntil.get(pin) ?? 0));
  }

  private deliver(pin: number, byte: number, baud: number, seen: Set<number>): void {
    if (seen.has(pin)) return; // a loop of jumpers carries each byte once
    seen.add(pin);
    for (const l of this.listeners.get(pin) ?? []) l(byte, baud);
    for (const to of this.jumpers.get(pin) ?? []) this.deliver(to, byte, baud, seen);
  }
}
