// A simulated Pico for a Host: the chip, its PicoHardware view, and the Host clock running on the chip's
// virtual clock (sleeps fast-forward it; in "realtime" mode it also follows the wall clock between sleeps).
import type { Host } from "../interpreter/runtime/host";
import type { PicoHardware } from "../interpreter/hardware/pico-hardware";
import { Rp2040 } from "./rp2040";
import { picoHardwareFor } from "./pico-hardware";
import type { ResetKind } from "./system";

export interface BoardClockOptions {
  /**
   * "virtual": time moves only on sleeps and by `usPerPoll` at each interpreter poll (deterministic, for tests
   * and the CLI). "realtime": time also follows the wall clock, for the interactive simulator.
   */
  mode: "virtual" | "realtime";
  /** How far a poll moves virtual time, so busy loops that watch ticks_ms() make progress. */
  usPerPoll?: number;
  /** "realtime": the wall clock to follow, in ms (default performance.now(); the IDE passes a clock scaled by its speed setting). */
  wallClockMs?: () => number;
}

export class SimulatedBoard {
  readonly chip = new Rp2040();
  readonly hardware: PicoHardware = picoHardwareFor(this.chip);
  private readonly mode: BoardClockOptions["mode"];
  private readonly usPerPoll: number;
  private readonly wallClockMs: () => number;
  private readonly wallStart: number;
  /** Microseconds skipped by sleeps (realtime mode: added to the wall clock). */
  private skippedUs = 0;

  constructor(options: BoardClockOptions = { mode: "virtual" }) {
    this.mode = options.mode;
    this.usPerPoll = options.usPerPoll ?? 0;
    this.wallClockMs = options.wallClockMs ?? (() => performance.now());
    this.wallStart = this.wallClockMs();
  }

  /** The clock the program sees (µs since the board started). */
  ticksUs(): number {
    if (this.mode === "realtime") this.followWallClock();
    return this.chip.clock.nowUs;
  }

  /** A blocking sleep: the chip's time jumps ahead, firing every alarm due on the way at its own time. */
  sleepUs(us: number): void {
    if (us <= 0) return;
    this.ticksUs();
    this.skippedUs += us;
    this.chip.clock.advanceBy(us);
  }

  /** Called at each interpreter poll: lets time pass for code that never sleeps. */
  poll(): void {
    if (this.mode === "realtime") this.followWallClock();
    else if (this.usPerPoll > 0) this.chip.clock.advanceBy(this.usPerPoll);
  }

  /** A reset the program asked for (machine.reset, a watchdog timeout) and that the session must carry out. */
  takeResetRequest(): ResetKind | "watchdog" | null {
    const r = this.chip.system.pendingReset;
    this.chip.system.pendingReset = null;
    return r;
  }

  private followWallClock(): void {
    const target = Math.floor((this.wallClockMs() - this.wallStart) * 1000) + this.skippedUs;
    if (target > this.chip.clock.nowUs) this.chip.clock.advanceTo(target);
  }
}

export interface AttachOptions {
  /** Runs after the board's own poll (the composition passes the interpreter's hardware callback delivery here). */
  onPoll?: () => void;
  /**
   * Called when the board must reset (a watchdog timeout while the program runs): typically throws the
   * interpreter's abort so the program stops where it is, as the chip would.
   */
  onReset?: (kind: ResetKind | "watchdog") => void;
}

/** A Host running on `board`: its hardware, and its clock on the board's clock. */
export function attachBoard(host: Host, board: SimulatedBoard, options: AttachOptions = {}): Host {
  const checkReset = () => {
    const pending = board.chip.system.pendingReset;
    if (pending !== null && options.onReset) options.onReset(pending);
  };
  // Delegates method by method: the Host may be a class instance whose methods live on its prototype.
  return {
    writeStdout: (text) => host.writeStdout(text),
    writeStderr: (text) => host.writeStderr(text),
    readStdin: () => host.readStdin(),
    epochMs: () => host.epochMs(),
    checkInterrupt: () => host.checkInterrupt(),
    get fs() {
      return host.fs;
    },
    hardware: board.hardware,
    ticksUs: () => board.ticksUs(),
    sleepUs: (us) => {
      board.sleepUs(us);
      checkReset();
    },
    onPoll: () => {
      host.onPoll?.();
      board.poll();
      checkReset();
      options.onPoll?.();
    },
  };
}
