// The RP2040 watchdog: once enabled, resets the chip unless fed within its timeout (datasheet 4.7).
import type { Alarm, VirtualClock } from "./clock";

/** The LOAD register is 24 bits of microseconds; the SDK doubles the load for erratum RP2040-E1. */
export const WATCHDOG_MAX_TIMEOUT_MS = Math.floor(0xffffff / 2 / 1000);

export class Watchdog {
  private timeoutUs = 0;
  private alarm: Alarm | null = null;

  constructor(
    private readonly clock: VirtualClock,
    /** Called when the timeout expires (the chip resets). */
    private readonly onExpire: () => void,
  ) {}

  get enabled(): boolean {
    return this.alarm !== null;
  }

  enable(timeoutMs: number): void {
    this.timeoutUs = Math.max(1, timeoutMs) * 1000;
    this.feed();
  }

  /** Reloads the counter (`WDT.feed()`); does nothing while disabled. */
  feed(): void {
    if (this.timeoutUs === 0) return;
    this.alarm?.cancel();
    this.alarm = this.clock.after(this.timeoutUs, () => this.expire());
  }

  /** Stops the watchdog (a reset clears CTRL.ENABLE). */
  disable(): void {
    this.alarm?.cancel();
    this.alarm = null;
    this.timeoutUs = 0;
  }

  private expire(): void {
    this.alarm = null;
    this.timeoutUs = 0;
    this.onExpire();
  }
}
