// How board time passes in `pyco run`: what running code costs in virtual time with --fast, and --duration's
// deadline (sleeps end at it, a program waiting for input that never comes waits until it, and a MicroPython
// board whose main.py ended keeps running its timers and PIO until it).
import type { Host } from "../interpreter/runtime/host";
import type { PicoHardware } from "../interpreter/hardware/pico-hardware";
import { InterpreterAbort } from "../interpreter/runtime/traceback";
import { POLL_INTERVAL } from "../interpreter/runtime/state";
import { pollHardware } from "../interpreter/hardware/index";
import type { SimulatedBoard } from "../simulator/board";

/**
 * Board µs a poll interval of running code costs with --fast (POLL_INTERVAL loop iterations and calls): a Pico
 * takes a few µs for each (MicroPython at 125 MHz), so busy loops that watch a pin see time pass at about a board's
 * pace rather than 100× faster.
 */
export const FAST_US_PER_POLL = 2 * POLL_INTERVAL;

/** Reading the clock costs this much board time, so a loop waiting for ticks_us() to reach a value ends there. */
export const CLOCK_READ_US = 2;

/** How far an idle board's clock moves between its looks at timers and IRQs (as the firmware's idle loop). */
const IDLE_STEP_US = 10_000;

/** Stops the program once the board's clock passes the deadline (Python cannot catch it). */
export class TimeLimitReached extends InterpreterAbort {
  constructor(seconds: number) {
    super(`board time limit (${seconds} s) reached`);
  }
}

/**
 * The host with running code costing board time (--fast; the board itself is made with usPerPoll 0): each poll
 * moves the clock by FAST_US_PER_POLL unless the program slept since the last one (a sleep polls between its slices,
 * and those polls are not work), and each clock read by CLOCK_READ_US.
 */
export function withWorkCost(host: Host, board: SimulatedBoard): Host {
  let slept = false;
  return {
    ...host,
    ticksUs: () => {
      host.sleepUs(CLOCK_READ_US);
      return board.ticksUs();
    },
    sleepUs: (us) => {
      host.sleepUs(us);
      slept = true;
    },
    onPoll: () => {
      if (!slept) host.sleepUs(FAST_US_PER_POLL);
      slept = false;
      host.onPoll?.();
    },
  };
}

/**
 * Board µs a call into the firmware's pin, ADC and PWM code takes on a Pico (a DigitalInOut.value or Pin.value()
 * read or write, an ADC conversion, a duty-cycle change): a loop that polls a pin or a knob then runs at about a
 * board's pace. Bus transfers already take their time on the wire.
 */
export const HARDWARE_ACCESS_US = { pin: 2, adc: 5, pwm: 3 };

/** The board's hardware with each pin, ADC and PWM access costing HARDWARE_ACCESS_US (--fast). */
export function withHardwareCost(hw: PicoHardware, board: SimulatedBoard): PicoHardware {
  const cost = <A extends unknown[], R>(us: number, f: (...args: A) => R) => (...args: A): R => {
    board.sleepUs(us);
    return f(...args);
  };
  const { gpio, adc, pwm } = hw;
  return {
    ...hw,
    gpio: { ...gpio, read: cost(HARDWARE_ACCESS_US.pin, gpio.read), setOutput: cost(HARDWARE_ACCESS_US.pin, gpio.setOutput) },
    adc: { ...adc, read12: cost(HARDWARE_ACCESS_US.adc, adc.read12) },
    pwm: { ...pwm, setCompare: cost(HARDWARE_ACCESS_US.pwm, pwm.setCompare) },
  };
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
