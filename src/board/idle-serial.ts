// The serial link as an interactive board uses it: while the board waits for a key (the REPL, input()), it keeps
// its clock, hardware callbacks and pins going, as the firmware's event-poll hook does between received bytes.
import type { InterruptibleSerial } from "./board-host";
import type { SerialBoardEnd } from "./shared-serial";

/** How often an idle board looks after its hardware (timers that blink an LED from the REPL, button IRQs). */
export const IDLE_TICK_MS = 10;

export class IdleSerial implements InterruptibleSerial {
  constructor(private readonly inner: SerialBoardEnd, private readonly onIdle: (waitMs: number) => void) {}

  readByte(): number {
    while (!this.inner.closed && !this.inner.waitForInput(0)) {
      this.onIdle(IDLE_TICK_MS);
      this.inner.waitForInput(IDLE_TICK_MS);
    }
    return this.inner.readByte();
  }

  write(data: string | Uint8Array): void {
    this.inner.write(data);
  }

  waitForInput(ms: number): boolean {
    return this.inner.waitForInput(ms);
  }

  takeInterrupt(): boolean {
    return this.inner.takeInterrupt();
  }

  flush(): void {
    this.inner.flush();
  }
}
