// What running code costs in board time with `pyco run --fast`: each loop iteration or call (the interpreter's
// poll ticks), each clock read, and each pin, ADC and PWM access, charged as it happens so that a loop watching
// the clock ends when the clock gets there and trace timestamps advance smoothly; any other hardware access first
// charges the ticks before it, so it happens when the program reached it.
import type { Host } from "../interpreter/runtime/host";
import type { PicoHardware } from "../interpreter/hardware/pico-hardware";
import { POLL_INTERVAL, runtimeState } from "../interpreter/runtime/state";
import type { SimulatedBoard } from "../simulator/board";

/**
 * Board µs one tick (a loop iteration or a call) costs: a `for` loop turn is ~5 µs and a call ~15 µs on
 * MicroPython at 125 MHz, so busy loops see time pass at about a board's pace rather than 100× faster.
 */
export const US_PER_TICK = 4;

/** Reading the clock costs this much board time, so a loop waiting for ticks_us() to reach a value ends there. */
export const CLOCK_READ_US = 3;

/**
 * Board µs a call into the firmware's pin, ADC and PWM code takes on a Pico (a DigitalInOut.value or Pin.value()
 * read or write, an ADC conversion, a duty-cycle change). Bus transfers already take their time on the wire.
 */
export const HARDWARE_ACCESS_US = { pin: 2, adc: 5, pwm: 3 };

/**
 * Counts the interpreter's ticks from its poll budget (read-only: `budget` counts down from POLL_INTERVAL and is
 * reset at each poll) and turns the ones not yet charged into board time.
 */
class WorkClock {
  /** Ticks of the current poll interval already charged. */
  private charged = 0;
  /** Whether the program slept since the last poll: then a poll may come from the sleep, not a spent budget. */
  slept = false;

  constructor(private readonly advance: (us: number) => void) {}

  /** Charges the ticks run since the last charge. */
  catchUp(): void {
    const done = POLL_INTERVAL - runtimeState.budget;
    if (done > this.charged) this.advance((done - this.charged) * US_PER_TICK);
    this.charged = Math.max(0, done);
  }

  /** At a poll: a spent budget (just reset to POLL_INTERVAL) charges what is left of its interval. */
  poll(): void {
    if (runtimeState.budget === POLL_INTERVAL && !this.slept) {
      this.advance((POLL_INTERVAL + 1 - this.charged) * US_PER_TICK);
      this.charged = 0;
    } else this.catchUp();
    this.slept = false;
  }

  /** A cost on top of the ticks (a clock read, a hardware access), after charging the ticks before it. */
  charge(us: number): void {
    this.catchUp();
    this.advance(us);
  }
}

/**
 * The host (and its hardware) with running code costing board time; the board itself is made with usPerPoll 0.
 * Sleeps charge the ticks before them, then sleep.
 */
export function withWorkCost(host: Host, board: SimulatedBoard): Host {
  // The attached host's sleep: alarms fire on the way, and a watchdog that runs out is noticed.
  const work = new WorkClock((us) => host.sleepUs(us));
  return {
    ...host,
    hardware: withHardwareCost(board.hardware, work),
    ticksUs: () => {
      work.charge(CLOCK_READ_US);
      return board.ticksUs();
    },
    sleepUs: (us) => {
      work.catchUp();
      host.sleepUs(us);
      work.slept = true;
    },
    onPoll: () => {
      work.poll();
      host.onPoll?.();
    },
  };
}

/**
 * Every function of a hardware port, first charging the ticks run before it: what it does (a word into a PIO FIFO,
 * an I2C transfer, a NeoPixel bit-stream) happens at the board time the program got there, not before the work
 * that led to it.
 */
function catchingUp<T extends object>(port: T, work: WorkClock): T {
  const out: Record<string, unknown> = { ...(port as Record<string, unknown>) };
  for (const [name, value] of Object.entries(port as Record<string, unknown>)) {
    if (typeof value !== "function") continue;
    const f = value as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      work.catchUp();
      return f.apply(port, args);
    };
  }
  return out as T;
}

/**
 * The board's hardware with each pin, ADC and PWM access costing HARDWARE_ACCESS_US, and every other access (PIO,
 * buses, NeoPixels, pad setup) stamped after the ticks before it.
 */
function withHardwareCost(hw: PicoHardware, work: WorkClock): PicoHardware {
  const cost = <A extends unknown[], R>(us: number, f: (...args: A) => R) => (...args: A): R => {
    work.charge(us);
    return f(...args);
  };
  const gpio = catchingUp(hw.gpio, work);
  const adc = catchingUp(hw.adc, work);
  const pwm = catchingUp(hw.pwm, work);
  return {
    ...hw,
    gpio: { ...gpio, read: cost(HARDWARE_ACCESS_US.pin, hw.gpio.read), setOutput: cost(HARDWARE_ACCESS_US.pin, hw.gpio.setOutput) },
    adc: { ...adc, read12: cost(HARDWARE_ACCESS_US.adc, hw.adc.read12) },
    pwm: { ...pwm, setCompare: cost(HARDWARE_ACCESS_US.pwm, hw.pwm.setCompare) },
    pio: hw.pio.map((block) => catchingUp(block, work)),
    neopixel: catchingUp(hw.neopixel, work),
    i2c: catchingUp(hw.i2c, work),
    spi: catchingUp(hw.spi, work),
    uart: catchingUp(hw.uart, work),
    usb: catchingUp(hw.usb, work),
  };
}
