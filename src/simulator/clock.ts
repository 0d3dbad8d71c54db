// The simulated board's virtual clock: microsecond time with alarms, advanced explicitly so tests are deterministic.

export interface Alarm {
  readonly atUs: number;
  cancel(): void;
}

interface PendingAlarm {
  atUs: number;
  seq: number;
  callback: () => void;
  cancelled: boolean;
}

export class VirtualClock {
  private now = 0;
  private seq = 0;
  private pending: PendingAlarm[] = [];

  get nowUs(): number {
    return this.now;
  }

  /** Runs `callback` when the clock reaches `atUs` (alarms at the same time run in the order they were set). */
  at(atUs: number, callback: () => void): Alarm {
    const alarm: PendingAlarm = { atUs: Math.max(atUs, this.now), seq: this.seq++, callback, cancelled: false };
    this.insert(alarm);
    return { atUs: alarm.atUs, cancel: () => void (alarm.cancelled = true) };
  }

  after(delayUs: number, callback: () => void): Alarm {
    return this.at(this.now + delayUs, callback);
  }

  /** When the next alarm is due, or undefined when none is pending. */
  nextAlarmUs(): number | undefined {
    this.dropCancelled();
    return this.pending[0]?.atUs;
  }

  /** Moves time forward to `targetUs`, firing every alarm due on the way at its own time. */
  advanceTo(targetUs: number): void {
    for (;;) {
      this.dropCancelled();
      const next = this.pending[0];
      if (!next || next.atUs > targetUs) break;
      this.pending.shift();
      this.now = next.atUs;
      next.callback();
    }
    if (targetUs > this.now) this.now = targetUs;
  }

  advanceBy(deltaUs: number): void {
    this.advanceTo(this.now + deltaUs);
  }

  private insert(alarm: PendingAlarm): void {
    // Binary search keeps the queue ordered by time, then by insertion.
    let lo = 0;
    let hi = this.pending.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pending[mid];
      if (p.atUs < alarm.atUs || (p.atUs === alarm.atUs && p.seq < alarm.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.pending.splice(lo, 0, alarm);
  }

  private dropCancelled(): void {
    while (this.pending.length && this.pending[0].cancelled) this.pending.shift();
  }
}
