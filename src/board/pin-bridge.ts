// The pin bridge between the page and the board worker: part inputs, speed and pause go in through shared memory (the
// worker cannot read messages while Python runs); compact pin snapshots come back as messages, throttled to ~30 Hz.
import { GpioFunction, GPIO_COUNT, type Level } from "../simulator/gpio";
import { pwmSliceOf } from "../simulator/pwm";
import type { SimulatedBoard } from "../simulator/board";
import type { BoardPacing } from "./board-host";

// Control region, in Int32 slots.
const SEQ = 0; // bumped by the page after every input change, so the board re-reads inputs only when needed
const PAUSED = 1; // 1 while paused; notified on change so a paused board wakes at once
const SPEED = 2; // speed × 1000; 0 means "fast" (sleeps skip ahead)
const BOOTSEL = 3; // 1 while the BOOTSEL button is held
const DRIVE = 4; // GPIO_COUNT slots: 0 not driven, 1 driven low, 2 driven high
const ADC = DRIVE + GPIO_COUNT; // 4 slots (GP26..GP29): µV, or -1 when nothing is wired
const SLOTS = ADC + 4;
export const ADC_PINS = [26, 27, 28, 29] as const;

export interface PinBridgeBuffers {
  control: SharedArrayBuffer;
}

export type Speed = number | "fast";

/** The board's pins as the page sees them; `flags` and `duty` hold one entry per GPIO. */
export interface PinSnapshot {
  /** The board's clock when the snapshot was taken (µs since power-on). */
  nowUs: number;
  flags: Uint8Array;
  /** PWM duty 0..1 for pins in the PWM function; 0 otherwise. */
  duty: Float32Array;
}

const LEVEL = 1;
const OUTPUT = 2;
const PULL_UP = 4;
const PULL_DOWN = 8;
const FN_SHIFT = 4; // three bits: 0 unused, 1 GPIO (SIO), 2 PWM, 3 another peripheral, 4 PIO
const FN_MASK = 7;

export type PinFunction = "unused" | "gpio" | "pwm" | "other" | "pio";
const FUNCTIONS: PinFunction[] = ["unused", "gpio", "pwm", "other", "pio"];
const FN_CODE: Record<PinFunction, number> = { unused: 0, gpio: 1, pwm: 2, other: 3, pio: 4 };

export interface PinState {
  fn: PinFunction;
  output: boolean;
  level: Level;
  pull: "up" | "down" | "none";
  duty: number;
}

/** Decodes one pin of a snapshot. */
export function pinState(snapshot: PinSnapshot, pin: number): PinState {
  const f = snapshot.flags[pin];
  const pull = f & PULL_UP ? "up" : f & PULL_DOWN ? "down" : "none";
  return { fn: FUNCTIONS[(f >> FN_SHIFT) & FN_MASK] ?? "other", output: (f & OUTPUT) !== 0, level: f & LEVEL ? 1 : 0, pull, duty: snapshot.duty[pin] };
}

/** How bright an LED on the pin glows, 0..1: the PWM duty, or the logic level of an output (SIO, PIO...). */
export function pinBrightness(state: PinState): number {
  if (state.fn === "pwm") return state.duty;
  return state.output && state.level === 1 ? 1 : 0;
}

export function createPinBridgeBuffers(): PinBridgeBuffers {
  return { control: new SharedArrayBuffer(SLOTS * 4) };
}

/**
 * The page's end. It keeps the wanted inputs itself, so a power-cycled board (new worker, new buffers) starts with
 * the buttons still held and the potentiometers where they were.
 */
export class PinBridgeHost {
  private control: Int32Array | null = null;
  private readonly drives = new Int32Array(GPIO_COUNT);
  private readonly microvolts = new Int32Array(ADC_PINS.length).fill(-1);
  private speed: Speed = 1;
  private paused = false;
  private bootsel = false;

  /** Connects a new board's buffers and writes every current input into them. */
  attach(buffers: PinBridgeBuffers): void {
    this.control = new Int32Array(buffers.control);
    this.control.set(this.drives, DRIVE);
    this.control.set(this.microvolts, ADC);
    Atomics.store(this.control, SPEED, speedSlot(this.speed));
    Atomics.store(this.control, BOOTSEL, this.bootsel ? 1 : 0);
    this.setPaused(this.paused);
    this.bump();
  }

  /** A part drives the pin (a pressed button pulls it to GND) or stops driving it (null). */
  setDrive(pin: number, level: Level | null): void {
    this.drives[pin] = level === null ? 0 : level + 1;
    if (this.control) Atomics.store(this.control, DRIVE + pin, this.drives[pin]);
    this.bump();
  }

  /** The voltage on an ADC pin (GP26..GP29); undefined when nothing is wired to it. */
  setVoltage(pin: number, volts: number | undefined): void {
    const channel = ADC_PINS.indexOf(pin as (typeof ADC_PINS)[number]);
    if (channel < 0) throw new RangeError(`GP${pin} has no ADC channel`);
    this.microvolts[channel] = volts === undefined ? -1 : Math.round(volts * 1e6);
    if (this.control) Atomics.store(this.control, ADC + channel, this.microvolts[channel]);
    this.bump();
  }

  setBootsel(pressed: boolean): void {
    this.bootsel = pressed;
    if (this.control) Atomics.store(this.control, BOOTSEL, pressed ? 1 : 0);
    this.bump();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.control) Atomics.store(this.control, SPEED, speedSlot(speed));
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!this.control) return;
    Atomics.store(this.control, PAUSED, paused ? 1 : 0);
    Atomics.notify(this.control, PAUSED);
  }

  private bump(): void {
    if (this.control) Atomics.add(this.control, SEQ, 1);
  }
}

/** The pad's function select as the page groups it. */
function pinFunction(funcsel: number): PinFunction {
  switch (funcsel) {
    case GpioFunction.NULL:
      return "unused";
    case GpioFunction.SIO:
      return "gpio";
    case GpioFunction.PWM:
      return "pwm";
    case GpioFunction.PIO0:
    case GpioFunction.PIO1:
      return "pio";
    default:
      return "other";
  }
}

function speedSlot(speed: Speed): number {
  return speed === "fast" ? 0 : Math.max(1, Math.round(speed * 1000));
}

export interface PinBridgeBoardOptions {
  /** Receives snapshots (the worker posts them to the page). */
  publish(snapshot: PinSnapshot): void;
  /** The wall clock in ms (tests pass a fake one). */
  now?: () => number;
  /** Least time between two snapshots while the program runs (ms). */
  intervalMs?: number;
}

/**
 * The board's end: applies inputs at each poll, publishes snapshots when the pins change, and is the board's
 * pacing (speed, pause, and the scaled clock a realtime board follows).
 */
export class PinBridgeBoard implements BoardPacing {
  private readonly control: Int32Array;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private board: SimulatedBoard | null = null;
  private seenSeq = -1;
  private readonly applied = new Int32Array(GPIO_COUNT);
  private virtualMs = 0;
  private lastWallMs: number;
  private lastCheckMs = -Infinity;
  private lastPostMs = -Infinity;
  private published: PinSnapshot | null = null;
  private readonly scratchFlags = new Uint8Array(GPIO_COUNT);
  private readonly scratchDuty = new Float32Array(GPIO_COUNT);

  constructor(buffers: PinBridgeBuffers, private readonly options: PinBridgeBoardOptions) {
    this.control = new Int32Array(buffers.control);
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 33;
    this.lastWallMs = this.now();
  }

  /** Binds the board whose pins this bridge drives and reports; inputs held at power-on apply at once. */
  attach(board: SimulatedBoard): void {
    this.board = board;
    this.applyInputs();
  }

  /** Elapsed board time in ms: the wall clock scaled by the speed, standing still while paused. */
  elapsedMs(): number {
    const wall = this.now();
    const factor = this.paused() ? 0 : this.speedFactor();
    this.virtualMs += (wall - this.lastWallMs) * factor;
    this.lastWallMs = wall;
    return this.virtualMs;
  }

  speed(): number {
    return Atomics.load(this.control, SPEED) === 0 ? Infinity : this.speedFactor();
  }

  paused(): boolean {
    return Atomics.load(this.control, PAUSED) === 1;
  }

  waitForResume(ms: number): void {
    this.elapsedMs();
    Atomics.wait(this.control, PAUSED, 1, ms);
    // The wait was paused time, even if the flag has just cleared: the clock does not count it.
    this.lastWallMs = this.now();
  }

  /**
   * Inputs in, snapshot out. `waitMs` is how long the board is about to wait (a sleep, an idle REPL): a change
   * made just before a visible wait is published at once, so a 0.5 s blink shows every state.
   */
  sync(waitMs = 0): void {
    this.applyInputs();
    const board = this.board;
    if (!board) return;
    const wall = this.now();
    const visible = waitMs >= 15;
    if (!visible && wall - this.lastCheckMs < 8) return;
    this.lastCheckMs = wall;
    this.capture(board);
    if (!this.differs()) return;
    if (!visible && wall - this.lastPostMs < this.intervalMs) return;
    this.lastPostMs = wall;
    this.published = { nowUs: board.chip.clock.nowUs, flags: this.scratchFlags.slice(), duty: this.scratchDuty.slice() };
    this.options.publish(this.published);
  }

  private speedFactor(): number {
    const slot = Atomics.load(this.control, SPEED);
    return slot === 0 ? 1 : slot / 1000;
  }

  private applyInputs(): void {
    const seq = Atomics.load(this.control, SEQ);
    if (seq === this.seenSeq || !this.board) return;
    this.seenSeq = seq;
    const chip = this.board.chip;
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      const drive = Atomics.load(this.control, DRIVE + pin);
      if (drive === this.applied[pin]) continue;
      this.applied[pin] = drive;
      chip.gpio.drive(pin, drive === 0 ? null : ((drive - 1) as Level));
    }
    for (let channel = 0; channel < ADC_PINS.length; channel++) {
      const uv = Atomics.load(this.control, ADC + channel);
      chip.adc.setVoltage(channel, uv < 0 ? undefined : uv / 1e6);
    }
    chip.system.bootselPressed = Atomics.load(this.control, BOOTSEL) === 1;
  }

  private capture(board: SimulatedBoard): void {
    const { gpio, pwm } = board.chip;
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      const fn = pinFunction(gpio.getFunction(pin));
      const pulls = gpio.getPulls(pin);
      // The pad's real output enable: SIO's, or the peripheral's (a PIO state machine's pindirs).
      const output = fn === "pwm" || (fn !== "unused" && gpio.isPadOutputEnabled(pin));
      let duty = 0;
      if (fn === "pwm") {
        const { slice, channel } = pwmSliceOf(pin);
        duty = pwm.dutyFraction(slice, channel);
      }
      this.scratchFlags[pin] =
        (gpio.read(pin) ? LEVEL : 0) | (output ? OUTPUT : 0) | (pulls.up ? PULL_UP : 0) | (pulls.down ? PULL_DOWN : 0) | (FN_CODE[fn] << FN_SHIFT);
      this.scratchDuty[pin] = duty;
    }
  }

  private differs(): boolean {
    const last = this.published;
    if (!last) return true;
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      if (last.flags[pin] !== this.scratchFlags[pin] || last.duty[pin] !== this.scratchDuty[pin]) return true;
    }
    return false;
  }
}
