// How board time ends and restarts in `pyco run` (what running code costs is in work-cost.ts): --duration's
// deadline (sleeps end at it, a program waiting for input that never comes waits until it, and a MicroPython
// board whose main.py ended keeps running its timers and PIO until it).
import type { Host } from "../interpreter/runtime/host";
import { InterpreterAbort } from "../interpreter/runtime/traceback";
import { pollHardware } from "../interpreter/hardware/index";
import type { SimulatedBoard } from "../simulator/board";

/** How far an idle board's clock moves between its looks at timers and IRQs (as the firmware's idle loop). */
const IDLE_STEP_US = 10_000;

/** Stops the program once the board's clock passes the deadline (Python cannot catch it). */
export class TimeLimitReached extends InterpreterAbort {
  constructor(seconds: number) {
    super(`board time limit (${seconds} s) reached`);
  }
}

/** The board asked for a reset (machine.reset, a watchdog timeout...): the program stops where it is. */
export class BoardReset extends InterpreterAbort {}

/** The host with a pending reset (a watchdog that timed out on the clock) stopping the program at its next wait or poll. */
export function withResets(host: Host, board: SimulatedBoard): Host {
  const check = () => {
    const pending = board.chip.system.pendingReset;
    if (pending !== null) throw new BoardReset(`board reset (${pending})`);
  };
  return {
    ...host,
    sleepUs: (us) => {
      host.sleepUs(us);
      check();
    },
    onPoll: () => {
      host.onPoll?.();
      check();
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
    ticksUs: () => {
      // A loop watching the clock stops there too (it may never sleep or poll before the deadline passes).
      const now = host.ticksUs();
      if (now >= limitUs) throw new TimeLimitReached(seconds);
      return now;
    },
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
 * going: lets board time pass to the deadline, delivering their callbacks. Returns at the deadline, or when the
 * board must reset (its watchdog ran out).
 */
export function idleUntilLimit(host: Host, board: SimulatedBoard): void {
  try {
    while (board.chip.system.pendingReset === null) {
      host.sleepUs(IDLE_STEP_US);
      pollHardware();
    }
  } catch (e) {
    if (!(e instanceof TimeLimitReached)) throw e;
  }
}
