// Buffers bytes from a board and lets protocol code await patterns in them, with time-outs that say what was awaited.
import { DeviceError } from "./device-error";

interface Waiter {
  check(): boolean;
  reject(e: Error): void;
}

export class ByteQueue {
  private buffer: number[] = [];
  private waiters = new Set<Waiter>();
  private closedError: Error | null = null;

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.buffer.push(b);
    for (const w of [...this.waiters]) if (w.check()) this.waiters.delete(w);
  }

  /** Fails every pending and future wait (the board went away). */
  close(error: Error): void {
    this.closedError = error;
    for (const w of this.waiters) w.reject(error);
    this.waiters.clear();
  }

  reopen(): void {
    this.closedError = null;
  }

  /** Drops everything received so far. */
  clear(): void {
    this.buffer = [];
  }

  get length(): number {
    return this.buffer.length;
  }

  /** Takes and returns everything buffered now. */
  takeAll(): Uint8Array {
    const out = Uint8Array.from(this.buffer);
    this.buffer = [];
    return out;
  }

  /** Waits for `pattern`; resolves with the bytes before it (the pattern is consumed too). */
  readUntil(pattern: Uint8Array | string, timeoutMs: number, what: string, onProgress?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
    const pat = typeof pattern === "string" ? latin1(pattern) : pattern;
    let streamed = 0;
    return this.wait(timeoutMs, what, () => {
      const at = indexOf(this.buffer, pat);
      if (onProgress) {
        // Stream what cannot be part of the pattern yet, so long outputs show as they arrive.
        const safe = at >= 0 ? at : Math.max(streamed, this.buffer.length - pat.length + 1);
        if (safe > streamed) {
          onProgress(Uint8Array.from(this.buffer.slice(streamed, safe)));
          streamed = safe;
        }
      }
      if (at < 0) return undefined;
      const before = Uint8Array.from(this.buffer.slice(0, at));
      this.buffer.splice(0, at + pat.length);
      return before;
    });
  }

  /** Waits for exactly `n` bytes. */
  readExactly(n: number, timeoutMs: number, what: string): Promise<Uint8Array> {
    return this.wait(timeoutMs, what, () => (this.buffer.length >= n ? Uint8Array.from(this.buffer.splice(0, n)) : undefined));
  }

  /** Takes one byte if one is waiting, without waiting. */
  tryReadByte(): number | undefined {
    return this.buffer.shift();
  }

  /** The next byte without taking it. */
  peekByte(): number | undefined {
    return this.buffer[0];
  }

  private wait<T>(timeoutMs: number, what: string, attempt: () => T | undefined): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waiter: Waiter = {
        check: () => {
          const r = attempt();
          if (r === undefined) return false;
          if (timer) clearTimeout(timer);
          resolve(r);
          return true;
        },
        reject: (e) => {
          if (timer) clearTimeout(timer);
          reject(e);
        },
      };
      if (waiter.check()) return;
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new DeviceError("timeout", `The board did not answer in time (waited ${timeoutMs} ms for ${what}).`));
        }, timeoutMs);
      }
      this.waiters.add(waiter);
    });
  }
}

export function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

function indexOf(haystack: number[], needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
