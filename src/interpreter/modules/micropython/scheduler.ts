// micropython.schedule(): a small queue of callbacks the interpreter's poll runs between bytecodes, one at a
// time (callbacks scheduled from inside a callback wait until it returns), as on MicroPython.
import type { PyValue } from "../../runtime/object";
import { raiseRuntimeError } from "../../runtime/errors";
import { callObject } from "../../runtime/protocol";

/** MICROPY_SCHEDULER_DEPTH on the RP2040 port. */
const DEPTH = 8;

const queue: [PyValue, PyValue][] = [];
let running = false;

export function scheduleCallback(fn: PyValue, arg: PyValue): void {
  if (queue.length >= DEPTH) raiseRuntimeError("schedule queue full");
  queue.push([fn, arg]);
}

export function hasScheduledCallbacks(): boolean {
  return queue.length > 0 && !running;
}

/** Runs pending callbacks; called from the interpreter's poll. An exception propagates to the interrupted code. */
export function runScheduledCallbacks(): void {
  if (running || queue.length === 0) return;
  running = true;
  try {
    while (queue.length > 0) {
      const [fn, arg] = queue.shift()!;
      callObject(fn, [arg]);
    }
  } finally {
    running = false;
  }
}

/** Drops pending callbacks (a new run). */
export function resetScheduler(): void {
  queue.length = 0;
  running = false;
}
