// What every simulated part shares: its plain JSON config (as a project saves it), the board resources it may use,
// the values a user can change, and a base class that undoes its wiring when the part is removed.
import type { VirtualClock } from "../clock";
import type { GpioBank } from "../gpio";
import type { Adc } from "../adc";
import type { PwmBlock } from "../pwm";
import type { I2cWiring } from "../buses/i2c-bus";
import type { SpiWiring } from "../buses/spi-bus";
import type { SerialWires } from "../buses/serial-wires";
import type { NeopixelBank } from "./neopixels";

export type ControlValue = number | boolean | string;

/** A part as saved in a project or wiring.json: plain JSON. */
export interface PartConfig {
  kind: string;
  id?: string;
  /** GPIO numbers by the part's pin roles: {"data": 15}, {"sda": 4, "scl": 5}, {"trigger": 2, "echo": 3}. */
  pins?: Record<string, number>;
  /** 7-bit I2C address, for I2C parts (default: the part's usual address). */
  address?: number;
  /** Kind-specific settings and the values the user set (temperature, distance...). */
  options?: Record<string, ControlValue>;
}

/** A config after the registry filled in the id, the pins object and the default address. */
export interface ResolvedConfig extends PartConfig {
  id: string;
  pins: Record<string, number>;
  options: Record<string, ControlValue>;
}

/** A value the user can change while the program runs (a sensor's reading, a switch's position). */
export interface Control {
  name: string;
  label: string;
  type: "number" | "boolean";
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  default: ControlValue;
}

/** The board's resources a part may use; parts never see the whole chip. */
export interface PartContext {
  gpio: GpioBank;
  clock: VirtualClock;
  adc: Adc;
  pwm: PwmBlock;
  i2c: I2cWiring;
  spi: SpiWiring;
  serial: SerialWires;
  /** clk_sys in Hz (PWM frequencies depend on it). */
  sysClockHz(): number;
  /** The WS2812 decoders on every pad (NeoPixel strip parts read theirs). */
  readonly neopixels?: NeopixelBank;
}

export interface Part {
  readonly id: string;
  readonly kind: string;
  /** The config to save: the wiring plus the current control values. */
  config(): PartConfig;
  /** A JSON snapshot for the board view (readings, what a display shows, an LED's colour...). */
  state(): Record<string, unknown>;
  /** Changes a control (see the kind's `controls`); unknown names and wrong types are ignored. */
  set(name: string, value: ControlValue): void;
  /** Undoes the wiring: releases pins, leaves buses. */
  remove(): void;
}

/** Base class: keeps the config and control values, collects the unwiring steps, and reports changes. */
export abstract class BasePart implements Part {
  private readonly cleanups: (() => void)[] = [];
  protected readonly values: Record<string, ControlValue>;

  constructor(
    protected readonly ctx: PartContext,
    protected readonly cfg: ResolvedConfig,
    private readonly controls: readonly Control[],
    private readonly notify: () => void,
  ) {
    this.values = {};
    for (const c of controls) this.values[c.name] = coerce(c, cfg.options[c.name]) ?? c.default;
  }

  get id(): string {
    return this.cfg.id;
  }

  get kind(): string {
    return this.cfg.kind;
  }

  config(): PartConfig {
    const out: PartConfig = { kind: this.cfg.kind, id: this.cfg.id, pins: { ...this.cfg.pins } };
    if (this.cfg.address !== undefined) out.address = this.cfg.address;
    const options = { ...this.cfg.options, ...this.values };
    if (Object.keys(options).length > 0) out.options = options;
    return out;
  }

  abstract state(): Record<string, unknown>;

  set(name: string, value: ControlValue): void {
    const control = this.controls.find((c) => c.name === name);
    if (control === undefined) return;
    const v = coerce(control, value);
    if (v === undefined) return;
    this.values[name] = v;
    this.controlChanged(name);
    this.changed();
  }

  remove(): void {
    for (const undo of this.cleanups.splice(0).reverse()) undo();
  }

  /** Subclasses react to a new control value here (a switch drives its pin at once). */
  protected controlChanged(_name: string): void {}

  protected num(name: string): number {
    return Number(this.values[name]);
  }

  protected pin(role: string): number {
    const pin = this.cfg.pins[role];
    if (pin === undefined) throw new Error(`${this.cfg.kind} ${this.cfg.id}: no '${role}' pin`);
    return pin;
  }

  /** Registers an unwiring step run by remove(). */
  protected onRemove(undo: () => void): void {
    this.cleanups.push(undo);
  }

  /** The board view should redraw this part. */
  protected changed(): void {
    this.notify();
  }
}

function coerce(control: Control, value: unknown): ControlValue | undefined {
  if (control.type === "boolean") return typeof value === "boolean" ? value : undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const lo = control.min ?? -Infinity;
  const hi = control.max ?? Infinity;
  return Math.min(hi, Math.max(lo, value));
}
