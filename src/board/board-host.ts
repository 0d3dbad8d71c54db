// The Host a board's interpreter runs on: the serial link for the console, the board's drive, clock and hardware.
import type { Host } from "../interpreter/runtime/host";
import type { MemoryDrive } from "./memory-drive";
import type { SimulatedBoard } from "../simulator/board";
import type { BoardSerial } from "./repl/serial-port";

/** The serial link as the board host needs it: blocking reads, waits that wake on input, interrupt detection. */
export interface InterruptibleSerial extends BoardSerial {
  /** Waits up to `ms` for input; returns true when bytes are waiting. */
  waitForInput(ms: number): boolean;
  /** True once per Ctrl-C the host sent that nobody consumed (the byte is taken out of the stream). */
  takeInterrupt(): boolean;
}

export interface BoardHostOptions {
  serial: InterruptibleSerial;
  drive: MemoryDrive;
  board: SimulatedBoard;
  /** "realtime": sleeps take real time (scaled by `speed`); "fast": sleeps only move the virtual clock. */
  timing: "realtime" | "fast";
  speed?: () => number;
}

/** Console output is "cooked" as the firmware does: every \n goes out as \r\n. */
export function cook(text: string): string {
  return text.replace(/\n/g, "\r\n");
}

export class BoardHost implements Host {
  private pendingInterrupt = false;
  readonly fs: MemoryDrive;
  readonly hardware: SimulatedBoard["hardware"];

  constructor(private readonly options: BoardHostOptions) {
    this.fs = options.drive;
    this.hardware = options.board.hardware;
  }

  writeStdout(text: string): void {
    this.options.serial.write(cook(text));
  }

  writeStderr(text: string): void {
    // A board has one console: stderr goes the same way as stdout.
    this.options.serial.write(cook(text));
  }

  /** input(): reads a line from the terminal, echoing it as the firmware's readline does. */
  readStdin(): string | null {
    const serial = this.options.serial;
    let line = "";
    for (;;) {
      const b = serial.readByte();
      if (b === 0x03) {
        this.pendingInterrupt = true;
        return null;
      }
      if (b === 0x04 && line === "") return null;
      if (b === 0x0d || b === 0x0a) {
        serial.write("\r\n");
        return line + "\n";
      }
      if ((b === 0x08 || b === 0x7f) && line.length > 0) {
        line = line.slice(0, -1);
        serial.write("\b \b");
      } else if (b >= 0x20) {
        line += String.fromCharCode(b);
        serial.write(new Uint8Array([b]));
      }
    }
  }

  ticksUs(): number {
    return this.options.board.ticksUs();
  }

  sleepUs(us: number): void {
    if (us <= 0) return;
    if (this.options.timing === "fast") {
      this.options.board.sleepUs(us);
      return;
    }
    // Real time: wait on the serial link so Ctrl-C ends the sleep at once; the board's clock follows the wall clock.
    const speed = Math.max(0.01, this.options.speed?.() ?? 1);
    const deadline = performance.now() + us / 1000 / speed;
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0 || this.pendingInterrupt) break;
      if (this.options.serial.waitForInput(Math.min(left, 50))) {
        if (this.options.serial.takeInterrupt()) {
          this.pendingInterrupt = true;
          break;
        }
        // Other input waits for the program to read it; keep sleeping without spinning.
        const rest = deadline - performance.now();
        if (rest > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(rest, 5));
      }
    }
    this.options.board.poll();
  }

  epochMs(): number {
    return Date.now();
  }

  checkInterrupt(): boolean {
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      return true;
    }
    return this.options.serial.takeInterrupt();
  }

  onPoll(): void {
    this.options.board.poll();
  }
}
