// The part control queue: the page's inputs to wired parts (a button held, a pot turned, a sensor's temperature)
// travel to the board through shared memory, because the worker reads no messages while Python runs. The page
// writes (part index, control index, value) records into a ring; the board drains them at each sync and calls
// `part.set`. Typed text travels the same ring, a UTF-8 byte a record (control index TYPED_BYTE), never coalesced.
// One writer (the page), one reader (the board).
import type { PartRegistry } from "../simulator/parts/registry";
import { PART_KINDS } from "../simulator/parts/kinds";
import type { ControlValue } from "../simulator/parts/part";

/** Records the ring holds; a page sending faster than the board drains keeps only the latest value per control. */
export const CONTROL_QUEUE_CAPACITY = 256;
/** The control index of a record carrying one typed byte (UTF-8), applied as `part.set("type", byte)`. */
export const TYPED_BYTE = -1;
/** Typed bytes that may wait on the page for room in the ring; text beyond that is refused whole, never cut. */
export const TYPED_BACKLOG_LIMIT = 4096;
const WRITE = 0; // Int32 slot: records written so far
const READ = 1; // Int32 slot: records read so far
const HEADER_BYTES = 8;
const INDEX_BYTES = CONTROL_QUEUE_CAPACITY * 2 * 4;
const BYTES = HEADER_BYTES + INDEX_BYTES + CONTROL_QUEUE_CAPACITY * 8;

/** What became of typed text: on its way to the part, refused because the board is off, or because it is not reading. */
export type TypeResult = "sent" | "off" | "full";

export function createControlQueueBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(BYTES);
}

interface Views {
  header: Int32Array;
  indexes: Int32Array;
  values: Float64Array;
}

function views(buffer: SharedArrayBuffer): Views {
  return {
    header: new Int32Array(buffer, 0, 2),
    indexes: new Int32Array(buffer, HEADER_BYTES, CONTROL_QUEUE_CAPACITY * 2),
    values: new Float64Array(buffer, HEADER_BYTES + INDEX_BYTES, CONTROL_QUEUE_CAPACITY),
  };
}

/** The page's end: `send` writes a record, or keeps it until there is room (the latest value per control wins). */
export class ControlQueueWriter {
  private readonly v: Views;
  private readonly waiting = new Map<string, [number, number, number]>();
  /** Typed bytes in `waiting`, and a counter that gives each its own key (typed bytes are never coalesced). */
  private typedWaiting = 0;
  private typedSeq = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(buffer: SharedArrayBuffer, private readonly retryMs = 20) {
    this.v = views(buffer);
  }

  send(part: number, control: number, value: number | boolean): void {
    const record: [number, number, number] = [part, control, typeof value === "boolean" ? (value ? 1 : 0) : value];
    // A control already waiting keeps its place in line with the newer value.
    const key = `${part}:${control}`;
    if (this.waiting.size > 0 || !this.write(record)) {
      this.waiting.set(key, record);
      this.scheduleRetry();
    }
  }

  /**
   * Queues typed bytes for part `part`, in order after everything sent before. False, queuing nothing, when they
   * do not fit in the ring and the page's backlog (the board has not been reading): the caller says so.
   */
  type(part: number, bytes: Uint8Array): boolean {
    if (this.typedWaiting + bytes.length > TYPED_BACKLOG_LIMIT + (this.waiting.size === 0 ? this.room() : 0)) return false;
    for (const byte of bytes) {
      const record: [number, number, number] = [part, TYPED_BYTE, byte];
      if (this.waiting.size === 0 && this.write(record)) continue;
      this.waiting.set(`typed:${this.typedSeq++}`, record);
      this.typedWaiting++;
    }
    if (this.waiting.size > 0) this.scheduleRetry();
    return true;
  }

  /** Records not yet in the ring (the board is busy or paused). */
  get backlog(): number {
    return this.waiting.size;
  }

  /** Stops retrying (the board was powered off). */
  close(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.waiting.clear();
    this.typedWaiting = 0;
  }

  /** Free records in the ring now. */
  private room(): number {
    const { header } = this.v;
    return CONTROL_QUEUE_CAPACITY - (Atomics.load(header, WRITE) - Atomics.load(header, READ));
  }

  private write([part, control, value]: [number, number, number]): boolean {
    const { header, indexes, values } = this.v;
    const written = Atomics.load(header, WRITE);
    if (written - Atomics.load(header, READ) >= CONTROL_QUEUE_CAPACITY) return false;
    const slot = written % CONTROL_QUEUE_CAPACITY;
    indexes[slot * 2] = part;
    indexes[slot * 2 + 1] = control;
    values[slot] = value;
    Atomics.store(header, WRITE, written + 1); // publishes the record
    return true;
  }

  private scheduleRetry(): void {
    if (this.retry !== undefined) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      for (const [key, record] of this.waiting) {
        if (!this.write(record)) break;
        this.waiting.delete(key);
        if (record[1] === TYPED_BYTE) this.typedWaiting--;
      }
      if (this.waiting.size > 0) this.scheduleRetry();
    }, this.retryMs);
  }
}

/** The board's end: hands every waiting record to `apply`, oldest first; returns how many there were. */
export class ControlQueueReader {
  private readonly v: Views;

  constructor(buffer: SharedArrayBuffer) {
    this.v = views(buffer);
  }

  drain(apply: (part: number, control: number, value: number) => void): number {
    const { header, indexes, values } = this.v;
    const written = Atomics.load(header, WRITE);
    let read = Atomics.load(header, READ);
    if (read === written) return 0;
    const count = written - read;
    for (; read < written; read++) {
      const slot = read % CONTROL_QUEUE_CAPACITY;
      apply(indexes[slot * 2], indexes[slot * 2 + 1], values[slot]);
    }
    Atomics.store(header, READ, read);
    return count;
  }
}

/**
 * Sets control `control` (its index in the kind's `controls`) of the registry's `part`-th part, or types a byte into
 * it (TYPED_BYTE: parts that take no text ignore it); bad indexes are ignored.
 */
export function applyControl(registry: PartRegistry, part: number, control: number, value: number): void {
  const target = registry.list()[part];
  if (control === TYPED_BYTE) return void target?.set("type", value & 0xff);
  const spec = target && PART_KINDS.get(target.kind)?.controls[control];
  if (!target || !spec) return;
  target.set(spec.name, spec.type === "boolean" ? value !== 0 : value);
}

/** A control by name, as the page addresses it: its index in the kind's controls, or -1. */
export function controlIndex(kind: string, name: string): number {
  return PART_KINDS.get(kind)?.controls.findIndex((c) => c.name === name) ?? -1;
}

/** Control values given at power-on (the page's held buttons, set temperatures), by part id. */
export interface InitialControl {
  id: string;
  name: string;
  value: ControlValue;
}

export function applyInitialControls(registry: PartRegistry, controls: readonly InitialControl[]): void {
  for (const c of controls) registry.get(c.id)?.set(c.name, c.value);
}
