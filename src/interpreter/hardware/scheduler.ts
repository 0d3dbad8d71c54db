// Callbacks raised by hardware events (pin edges, timer alarms, keypad scans) wait here until the interpreter's
// poll runs them between statements, as MicroPython's mp_sched_schedule does for soft IRQs.
import type { PyValue } from "../runtime/object";
import { callObject } from "../runtime/protocol";
import { isException } from "../runtime/errors";
import { formatTraceback } from "../runtime/traceback";

interface Scheduled {
  callback: PyValue;
  arg: PyValue;
}

/** MicroPython's rp2 port keeps 8 scheduled callbacks; more are dropped until the queue drains. */
export const SCHEDULER_DEPTH = 8;

export class IrqScheduler {
  private queue: Scheduled[] = [];
  private running = false;
  /** Set while interrupts are disabled (machine.disable_irq, microcontroller.disable_interrupts). */
  paused = false;

  constructor(private readonly reportError: (text: string) => void) {}

  get pending(): number {
    return this.queue.length;
  }

  /** How many callbacks were ever scheduled: a sleep that waits for an interrupt watches it change. */
  scheduledCount = 0;

  /** Queues `callback(arg)`; false when the queue is full (the event is lost, as on the board). */
  schedule(callback: PyValue, arg: PyValue): boolean {
    this.scheduledCount++;
    if (this.queue.length >= SCHEDULER_DEPTH) return false;
    this.queue.push({ callback, arg });
    return true;
  }

  /**
   * Runs every queued callback. An exception in one is printed with its traceback and the program goes on,
   * as MicroPython does for scheduled callbacks. Nested polls while a callback runs do nothing.
   */
  runPending(): void {
    if (this.running || this.paused) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const { callback, arg } = this.queue.shift()!;
        try {
          callObject(callback, [arg]);
        } catch (e) {
          if (!isException(e)) throw e;
          this.reportError(formatTraceback(e));
        }
      }
    } finally {
      this.running = false;
    }
  }

  clear(): void {
    this.queue = [];
  }
}
