// The Host a board's interpreter runs on: the serial link for the console, the board's drive, clock and hardware.
import type { Host } from "../interpreter/runtime/host";
import type { MemoryDrive } from "./memory-drive";
import type { SimulatedBoard } from "../simulator/board";
import type { BoardSerial } from "./repl/serial-port";
import { InterpreterAbort } from "../interpreter/index";
import { AutoReloadSignal } from "./session";

/** The serial link as the board host needs it: blocking reads, waits that wake on input, interrupt detection. */
export interface InterruptibleSerial extends BoardSerial {
  /** Waits up to `ms` for input; returns true when bytes are waiting. */
  waitForInput(ms: number): boolean;
  /** True once per Ctrl-C the host sent that nobody consumed (the byte is taken out of the stream). */
  takeInterrupt(): boolean;
  /** Sends buffered output now (before the board blocks for long). */
  flush?(): void;
}

/** The page's controls over a running board (the pin bridge implements it): speed, pause, and a hook for pins. */
export interface BoardPacing {
  /** Speed factor for realtime sleeps; Infinity skips sleeps ahead (the "fast" setting). */
  speed(): number;
  /** True while the user paused the board: the host then blocks in its polls and sleeps. */
  paused(): boolean;
  /** Waits up to `ms` for the pause to end. */
  waitForResume(ms: number): void;
  /** Runs at each poll and before each wait (`waitMs`: how long the board is about to wait). */
  sync(waitMs?: number): void;
}

export interface BoardHostOptions {
  serial: InterruptibleSerial;
  drive: MemoryDrive;
  board: SimulatedBoard;
  /** "realtime": sleeps take real time (scaled by `speed`); "fast": sleeps only move the virtual clock. */
  timing: "realtime" | "fast";
  speed?: () => number;
  pacing?: BoardPacing;
  /** CircuitPython: true once per saved project file while code runs (the program stops and the board reloads). */
  takeAutoReload?: () => boolean;
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
    const pacing = this.options.pacing;
    if (this.options.timing === "fast" || pacing?.speed() === Infinity) {
      pacing?.sync();
      this.options.board.sleepUs(us);
      this.holdWhilePaused();
      return;
    }
    pacing ? this.pacedSleep(us, pacing) : this.realtimeSleep(us);
    this.options.board.poll();
  }

  /** Real time: wait on the serial link so Ctrl-C ends the sleep at once; the board's clock follows the wall clock. */
  private realtimeSleep(us: number): void {
    const speed = Math.max(0.01, this.options.speed?.() ?? 1);
    const deadline = performance.now() + us / 1000 / speed;
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0 || this.pendingInterrupt) break;
      this.waitOnSerial(left);
    }
  }

  /**
   * Paced: the board's clock is the page's scaled clock (it stands still while paused), so the sleep lasts until
   * that clock reaches its end; the speed may change or a pause come in the middle of it.
   */
  private pacedSleep(us: number, pacing: BoardPacing): void {
    const board = this.options.board;
    const end = board.ticksUs() + us;
    pacing.sync(us / 1000 / Math.max(0.01, pacing.speed()));
    for (;;) {
      const left = (end - board.ticksUs()) / 1000 / Math.max(0.01, pacing.speed());
      if (left <= 0 || this.pendingInterrupt) break;
      if (pacing.paused()) this.holdWhilePaused();
      else this.waitOnSerial(left);
    }
  }

  /** Waits up to `ms` (at most 50) for input; a Ctrl-C becomes the pending interrupt. */
  private waitOnSerial(ms: number): void {
    if (!this.options.serial.waitForInput(Math.min(ms, 50))) return;
    if (this.options.serial.takeInterrupt()) {
      this.pendingInterrupt = true;
      return;
    }
    // Other input waits for the program to read it; keep sleeping without spinning.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 5));
  }

  /** Blocks while the user paused the board; Ctrl-C still gets through (it ends the pause for the program). */
  private holdWhilePaused(): void {
    const pacing = this.options.pacing;
    if (!pacing?.paused()) return;
    pacing.sync(Infinity);
    this.options.serial.flush?.();
    while (pacing.paused() && !this.pendingInterrupt) {
      if (this.options.serial.takeInterrupt()) this.pendingInterrupt = true;
      else pacing.waitForResume(50);
    }
  }

  epochMs(): number {
    return Date.now();
  }

  checkInterrupt(): boolean {
    // Neither can be caught by Python: they stop the program wherever it is, as on the chip.
    if (this.options.takeAutoReload?.()) throw new AutoReloadSignal();
    if (this.options.board.chip.system.pendingReset === "watchdog") throw new InterpreterAbort("watchdog reset");
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      return true;
    }
    return this.options.serial.takeInterrupt();
  }

  onPoll(): void {
    this.options.board.poll();
    const pacing = this.options.pacing;
    if (!pacing) return;
    pacing.sync();
    this.holdWhilePaused();
  }
}
