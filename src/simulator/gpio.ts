// The RP2040's 30 GPIOs as the pads see them: function select, SIO output/enable, pulls, and external drive from parts.

/** IO_BANK0 function numbers (RP2040 datasheet 2.19.2). */
export const GpioFunction = {
  SPI: 1,
  UART: 2,
  I2C: 3,
  PWM: 4,
  SIO: 5,
  PIO0: 6,
  PIO1: 7,
  CLOCK: 8,
  USB: 9,
  NULL: 31,
} as const;

export const GPIO_COUNT = 30;
export type Level = 0 | 1;
export type LevelListener = (level: Level, pin: number) => void;

/** A wired part's hold on a pad (see GpioBank.addDriver). */
export interface PadDriver {
  set(level: Level | null): void;
  remove(): void;
}

/** An output of another peripheral (PWM, PIO, UART...) that drives a pad when the pad selects its function. */
export type PeripheralOutput = (pin: number) => { level: Level; enabled: boolean };

interface PadState {
  funcsel: number;
  pullUp: boolean;
  pullDown: boolean;
  sioOut: Level;
  sioOe: boolean;
  /** The page's input on the pad (a pressed button to GND); null when it does not drive it. */
  external: Level | null;
  /** Parts' drivers on the pad (a sensor's output, an open-drain data line), each a level or null (released). */
  partDrivers: Set<{ level: Level | null }>;
  /** Resistors wired to the pad (a breakout's I2C pull-ups): weaker than any driver, stronger than the pad's own pulls. */
  externalPulls: Level[];
  /** The level the pad had when last computed, so listeners fire only on edges. */
  lastLevel: Level;
}

export class GpioBank {
  private pads: PadState[] = [];
  private listeners: Set<LevelListener>[] = [];
  private peripheralOutputs = new Map<number, PeripheralOutput>();

  constructor() {
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      // Reset state: function NULL, pull-down enabled (datasheet PADS_BANK0 reset value).
      this.pads.push({ funcsel: GpioFunction.NULL, pullUp: false, pullDown: true, sioOut: 0, sioOe: false, external: null, partDrivers: new Set(), externalPulls: [], lastLevel: 0 });
      this.listeners.push(new Set());
    }
  }

  setFunction(pin: number, funcsel: number): void {
    this.update(pin, (p) => (p.funcsel = funcsel));
  }
  getFunction(pin: number): number {
    return this.pad(pin).funcsel;
  }

  setPulls(pin: number, up: boolean, down: boolean): void {
    this.update(pin, (p) => {
      p.pullUp = up;
      p.pullDown = down;
    });
  }
  getPulls(pin: number): { up: boolean; down: boolean } {
    const p = this.pad(pin);
    return { up: p.pullUp, down: p.pullDown };
  }

  setOutputEnable(pin: number, enabled: boolean): void {
    this.update(pin, (p) => (p.sioOe = enabled));
  }
  isOutputEnabled(pin: number): boolean {
    return this.pad(pin).sioOe;
  }

  /**
   * Whether the function the pad selects drives it as an output (SIO's output enable, or the peripheral's: a PIO
   * state machine's pindirs, a UART's TX...), as the pad's OE line shows on the chip.
   */
  isPadOutputEnabled(pin: number): boolean {
    const p = this.pad(pin);
    if (p.funcsel === GpioFunction.SIO) return p.sioOe;
    return this.peripheralOutputs.get(p.funcsel)?.(pin).enabled ?? false;
  }

  setOutput(pin: number, level: Level): void {
    this.update(pin, (p) => (p.sioOut = level));
  }
  getOutput(pin: number): Level {
    return this.pad(pin).sioOut;
  }

  /** A wired part drives the pad (or stops driving it with null). */
  drive(pin: number, level: Level | null): void {
    this.update(pin, (p) => (p.external = level));
  }

  /**
   * A driver for a wired part's output on the pad; `set(null)` releases the line. Drivers combine as open-drain
   * lines do: any one driving low wins, so a sensor and a button on one pin never fight.
   */
  addDriver(pin: number): PadDriver {
    const p = this.pad(pin);
    const driver = { level: null as Level | null };
    p.partDrivers.add(driver);
    return {
      set: (level) => this.update(pin, () => (driver.level = level)),
      remove: () => this.update(pin, () => p.partDrivers.delete(driver)),
    };
  }

  /** A resistor from the pad to 3V3 (1) or GND (0), e.g. an I2C breakout's pull-up; returns its removal. */
  addExternalPull(pin: number, level: Level): () => void {
    this.update(pin, (p) => p.externalPulls.push(level));
    return () => this.update(pin, (p) => {
      const i = p.externalPulls.indexOf(level);
      if (i >= 0) p.externalPulls.splice(i, 1);
    });
  }

  /** Lets a peripheral (PWM, PIO, ...) drive pads that select `funcsel`. */
  attachPeripheral(funcsel: number, output: PeripheralOutput): void {
    this.peripheralOutputs.set(funcsel, output);
  }

  /** The level on the pad as an input would read it. */
  read(pin: number): Level {
    const p = this.pad(pin);
    const driven = this.drivenLevel(pin, p);
    if (driven !== null) return driven;
    const external = this.externalLevel(p);
    if (external !== null) return external;
    if (p.externalPulls.length > 0) return p.externalPulls.includes(0) ? 0 : 1;
    if (p.pullUp) return 1;
    if (p.pullDown) return 0;
    return p.lastLevel; // floating: keeps its last level, as a pad's capacitance does
  }

  /** Subscribes to edges on a pin; returns the unsubscribe function. */
  onChange(pin: number, listener: LevelListener): () => void {
    this.listeners[pin].add(listener);
    return () => this.listeners[pin].delete(listener);
  }

  /** Recomputes a pin's level after a peripheral changed its output (e.g. PWM duty or PIO side-set). */
  refresh(pin: number): void {
    this.update(pin, () => undefined);
  }

  /** What the page and the parts drive: low when any drives low (wired-AND), high when one drives high. */
  private externalLevel(p: PadState): Level | null {
    let level: Level | null = p.external;
    if (level === 0) return 0;
    for (const d of p.partDrivers) {
      if (d.level === 0) return 0;
      if (d.level === 1) level = 1;
    }
    return level;
  }

  private drivenLevel(pin: number, p: PadState): Level | null {
    if (p.funcsel === GpioFunction.SIO) return p.sioOe ? p.sioOut : null;
    const output = this.peripheralOutputs.get(p.funcsel)?.(pin);
    return output && output.enabled ? output.level : null;
  }

  private pad(pin: number): PadState {
    if (!Number.isInteger(pin) || pin < 0 || pin >= GPIO_COUNT) throw new RangeError(`no GPIO ${pin}`);
    return this.pads[pin];
  }

  private update(pin: number, change: (p: PadState) => void): void {
    const p = this.pad(pin);
    change(p);
    const level = this.read(pin);
    if (level !== p.lastLevel) {
      p.lastLevel = level;
      for (const listener of this.listeners[pin]) listener(level, pin);
    }
  }
}
