// The serial link between the page (or a Node host) and the board in a worker: a SharedArrayBuffer ring for bytes to the
// board (so the board can block on reads and see Ctrl-C while code runs), and batched messages for bytes from it.
import { SerialClosed, type BoardSerial } from "./repl/serial-port";

const HEADER_INTS = 8;
const WRITE_INDEX = 0; // total bytes ever written by the host
const READ_INDEX = 1; // total bytes ever read by the board
const CLOSED = 2; // 1 once the host closed the link
const INTERRUPTS = 3; // number of Ctrl-C bytes written by the host (the board compares with what it has seen)
const RELOADS = 4; // number of auto-reload requests (a project file was saved while the board runs)
export const SERIAL_RING_BYTES = 64 * 1024;

export interface SharedSerialBuffers {
  header: SharedArrayBuffer;
  ring: SharedArrayBuffer;
}

export function createSharedSerialBuffers(): SharedSerialBuffers {
  return {
    header: new SharedArrayBuffer(HEADER_INTS * 4),
    ring: new SharedArrayBuffer(SERIAL_RING_BYTES),
  };
}

/** The host's end: writes bytes for the board without ever blocking (queues when the ring is full). */
export class SerialHostEnd {
  private readonly header: Int32Array;
  private readonly ring: Uint8Array;
  private backlog: Uint8Array[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(buffers: SharedSerialBuffers) {
    this.header = new Int32Array(buffers.header);
    this.ring = new Uint8Array(buffers.ring);
  }

  write(data: Uint8Array): void {
    for (const b of data) if (b === 0x03) Atomics.add(this.header, INTERRUPTS, 1);
    this.backlog.push(data);
    this.pump();
  }

  /** CircuitPython's auto-reload: a project file was saved (the new files go through the project mailbox first). */
  requestReload(): void {
    Atomics.add(this.header, RELOADS, 1);
    Atomics.notify(this.header, WRITE_INDEX);
  }

  close(): void {
    Atomics.store(this.header, CLOSED, 1);
    Atomics.notify(this.header, WRITE_INDEX);
  }

  private pump(): void {
    while (this.backlog.length) {
      const chunk = this.backlog[0];
      const written = Atomics.load(this.header, WRITE_INDEX);
      const free = this.ring.length - (written - Atomics.load(this.header, READ_INDEX));
      const n = Math.min(free, chunk.length);
      for (let i = 0; i < n; i++) this.ring[(written + i) % this.ring.length] = chunk[i];
      Atomics.store(this.header, WRITE_INDEX, written + n);
      Atomics.notify(this.header, WRITE_INDEX);
      if (n < chunk.length) {
        this.backlog[0] = chunk.subarray(n);
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = undefined;
          this.pump();
        }, 5);
        return;
      }
      this.backlog.shift();
    }
  }
}

/** The board's end: blocking reads, interrupt detection, and output handed to `send` in batches. */
export class SerialBoardEnd implements BoardSerial {
  private readonly header: Int32Array;
  private readonly ring: Uint8Array;
  private interruptsSeen = 0;
  private reloadsSeen = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private lastFlush = 0;
  private readonly encoder = new TextEncoder();

  constructor(buffers: SharedSerialBuffers, private readonly send: (chunk: Uint8Array) => void) {
    this.header = new Int32Array(buffers.header);
    this.ring = new Uint8Array(buffers.ring);
  }

  readByte(): number {
    this.flush();
    for (;;) {
      const read = Atomics.load(this.header, READ_INDEX);
      if (Atomics.load(this.header, WRITE_INDEX) !== read) {
        const b = this.ring[read % this.ring.length];
        Atomics.store(this.header, READ_INDEX, read + 1);
        if (b === 0x03) this.interruptsSeen++;
        return b;
      }
      if (Atomics.load(this.header, CLOSED)) throw new SerialClosed();
      Atomics.wait(this.header, WRITE_INDEX, read, 1000);
    }
  }

  /** Waits up to `ms` for input (used by sleeps so Ctrl-C ends them early); returns true when bytes are waiting. */
  waitForInput(ms: number): boolean {
    const read = Atomics.load(this.header, READ_INDEX);
    if (Atomics.load(this.header, WRITE_INDEX) !== read) return true;
    this.flush();
    Atomics.wait(this.header, WRITE_INDEX, read, ms);
    return Atomics.load(this.header, WRITE_INDEX) !== read;
  }

  /**
   * True when the host sent Ctrl-C that the board has not consumed; the bytes up to and including it are dropped,
   * as the firmware's USB handler takes the interrupt character out of the stream.
   */
  takeInterrupt(): boolean {
    if (Atomics.load(this.header, INTERRUPTS) === this.interruptsSeen) return false;
    for (;;) {
      const read = Atomics.load(this.header, READ_INDEX);
      if (Atomics.load(this.header, WRITE_INDEX) === read) break;
      const b = this.ring[read % this.ring.length];
      Atomics.store(this.header, READ_INDEX, read + 1);
      if (b === 0x03) {
        this.interruptsSeen++;
        break;
      }
    }
    return true;
  }

  /** True once per auto-reload request from the host. */
  takeReloadRequest(): boolean {
    const requested = Atomics.load(this.header, RELOADS);
    if (requested === this.reloadsSeen) return false;
    this.reloadsSeen = requested;
    return true;
  }

  get closed(): boolean {
    return Atomics.load(this.header, CLOSED) === 1;
  }

  write(data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? this.encoder.encode(data) : data;
    if (bytes.length === 0) return;
    this.pending.push(bytes.slice());
    this.pendingBytes += bytes.length;
    // Batch output so a print loop sends a few messages per frame, not one per line.
    const now = performance.now();
    if (this.pendingBytes > 16384 || now - this.lastFlush > 16) this.flush();
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const out = new Uint8Array(this.pendingBytes);
    let offset = 0;
    for (const p of this.pending) {
      out.set(p, offset);
      offset += p.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    this.lastFlush = performance.now();
    this.send(out);
  }
}
