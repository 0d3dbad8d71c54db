// How board time passes in `pyco run`: what running code costs in virtual time with --fast, and --duration's
// deadline (sleeps end at it, a program waiting for input that never comes waits until it, and a MicroPython
// board whose main.py ended keeps running its timers and PIO until it).
import type { Host } from "../interpreter/runtime/host";
import { InterpreterAbort } from "../interpreter/runtime/traceback";
import { POLL_INTERVAL } from "../interpreter/runtime/state";
import { pollHardware } from "../interpreter/hardware/index";
import type { SimulatedBoard } from "../simulator/board";

/**
 * Virtual µs a poll interval of running code costs with --fast. A Pico runs about one Python loop iteration or
 * call per µs-ish (MicroPython at 125 MHz), so busy loops that watch a pin or the clock see time pass at a
 * board's pace rather than 100× faster.
 */
export const FAST_US_PER_POLL = POLL_INTERVAL;

/** Reading the clock costs this much board time, so a loop waiting for ticks_us() to reach a value ends there. */
export const CLOCK_READ_US = 1;

/** How far an idle board's clock moves between its looks at timers and IRQs (as the firmware's idle loop). */
const IDLE_STEP_US = 10_000;

/** Stops the program once the board's clock passes the deadline (Python cannot catch it). */
export class TimeLimitReached extends InterpreterAbort {
  constructor(seconds: number) {
    super(`board time limit (${seconds} s) reached`);
  }
}

/** The host with clock reads that cost time (--fast: busy-wait loops end when the clock gets there). */
export function withClockReadCost(host: Host, board: SimulatedBoard): Host {
  return {
    ...host,
    ticksUs: () => {
      board.sleepUs(CLOCK_READ_US);
      return board.ticksUs();
    },
  };
}

/** The host with the deadline enforced: at any sleep, poll or wait for input once board time reaches `seconds`. */
export function withTimeLimit(host: Host, board: SimulatedBoard, seconds: number): Host {
  const limitUs = seconds * 1_000_000;
  const check = () => {
    if (board.ticksUs() >= limitUs) throw new TimeLimitReached(seconds);
  };
  const untilLimit = () => Math.max(0, limitUs - board.ticksUs());
  return {
    ...host,
    sleepUs: (us) => {
      // A sleep that would cross the limit ends at the limit.
      host.sleepUs(Math.min(us, untilLimit()));
      check();
    },
    onPoll: () => {
      host.onPoll?.();
      check();
    },
    readStdin: () => {
      const text = host.readStdin();
      if (text !== null) return text;
      // Nobody types on a board's serial port: it waits for input until the deadline.
      host.sleepUs(untilLimit());
      throw new TimeLimitReached(seconds);
    },
  };
}

/**
 * A MicroPython board after main.py returns sits at the REPL while its timers, pin IRQs and state machines keep
 * going: lets board time pass to the deadline, delivering their callbacks. Returns at the deadline.
 */
export function idleUntilLimit(host: Host): void {
  try {
    for (;;) {
      host.sleepUs(IDLE_STEP_US);
      pollHardware();
    }
  } catch (e) {
    if (!(e instanceof TimeLimitReached)) throw e;
  }
}
