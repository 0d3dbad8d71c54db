// A DeviceConnection wrapper that injects link faults for file-transfer tests: the cable cut after N bytes to the
// board (a reset or unplug mid-transfer), bytes to the board altered on the way, added latency like a USB link.
import type { ConnectionState, DeviceConnection } from "../../src/device/connection";

export class FaultyConnection implements DeviceConnection {
  readonly kind = "mock" as const;
  private stateListeners = new Set<(s: ConnectionState) => void>();
  private cutAt = Infinity;
  private isCut = false;
  private onCut: (() => void) | undefined;
  private triggers: { at: number; action: () => void }[] = [];
  /** Bytes written towards the board so far. */
  bytesToBoard = 0;
  /** Alters bytes on their way to the board (return the chunk to pass it unchanged). */
  toBoard: (chunk: Uint8Array) => Uint8Array = (c) => c;
  /** Milliseconds added to each chunk in each direction (0: none). */
  latencyMs = 0;

  constructor(private readonly inner: DeviceConnection) {
    inner.onStateChange((s) => this.emit(s));
  }

  get state(): ConnectionState {
    return this.isCut ? "reconnecting" : this.inner.state;
  }

  /** After `bytes` more bytes to the board the link drops: later writes are lost and listeners hear "reconnecting". */
  cutAfter(bytes: number, onCut?: () => void): void {
    this.cutAt = this.bytesToBoard + bytes;
    this.onCut = onCut;
  }

  /** Calls `action` once `bytes` more bytes have gone to the board (to act in the middle of a transfer). */
  whenSent(bytes: number, action: () => void): void {
    this.triggers.push({ at: this.bytesToBoard + bytes, action });
  }

  /** The link is back (the board re-enumerated). */
  restore(): void {
    this.isCut = false;
    this.cutAt = Infinity;
    this.emit("connected");
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.isCut) return;
    let chunk = data;
    if (this.bytesToBoard + chunk.length >= this.cutAt) {
      chunk = chunk.subarray(0, this.cutAt - this.bytesToBoard);
      this.isCut = true;
    }
    this.bytesToBoard += chunk.length;
    const altered = this.toBoard(chunk);
    if (this.latencyMs) await delay(this.latencyMs);
    await this.inner.write(altered);
    if (this.isCut) {
      this.emit("reconnecting");
      this.onCut?.();
    }
    for (const t of this.triggers.filter((t) => this.bytesToBoard >= t.at)) {
      this.triggers.splice(this.triggers.indexOf(t), 1);
      t.action();
    }
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.inner.onData((chunk) => {
      if (this.isCut) return;
      if (this.latencyMs) setTimeout(() => listener(chunk), this.latencyMs);
      else listener(chunk);
    });
  }

  onStateChange(listener: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private emit(state: ConnectionState): void {
    this.stateListeners.forEach((l) => l(state));
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
