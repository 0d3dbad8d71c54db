// Board-level facts and requests outside the peripherals: flash unique id, BOOTSEL button, resets and their cause.

export type ResetKind = "hard" | "soft" | "bootloader";
export type ResetCause = "power-on" | "watchdog";
export type ResetListener = (kind: ResetKind | "watchdog") => void;

/** A fixed id so programs that print it behave the same on every run (a real Pico's differs per flash chip). */
const DEFAULT_UNIQUE_ID = Uint8Array.of(0xe6, 0x61, 0x41, 0x04, 0x03, 0x2f, 0x5c, 0x2a);

export class BoardSystem {
  uniqueId = DEFAULT_UNIQUE_ID;
  bootselPressed = false;
  resetCause: ResetCause = "power-on";
  /** The last reset asked for and not yet carried out by the board session. */
  pendingReset: ResetKind | "watchdog" | null = null;
  private listeners = new Set<ResetListener>();

  requestReset(kind: ResetKind | "watchdog"): void {
    this.pendingReset = kind;
    for (const l of this.listeners) l(kind);
  }

  /** Subscribes to reset requests (the board session reboots the interpreter); returns the unsubscribe function. */
  onReset(listener: ResetListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
