// A capacitive touch pad with the 1 MΩ pull-down resistor touchio needs: after the pin charges the pad and lets go,
// the line stays high while the pad's charge drains through the resistor (RC), much longer when a finger adds its
// capacitance.
import type { Alarm } from "../clock";
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export const TOUCH_CONTROLS: readonly Control[] = [
  { name: "touched", label: "Touched", type: "boolean", default: false },
];

/** How long the pad takes to charge before touchio lets go of it (CircuitPython drives it high for 10 µs). */
const CHARGE_US = 10;
/** Discharge to the input threshold through 1 MΩ: ~10 pF bare, ~100 pF with a finger. */
export const DECAY_US = { untouched: 7, touched: 60 } as const;

export class TouchPadPart extends BasePart {
  private readonly charge: PadDriver;
  private alarm: Alarm | null = null;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, TOUCH_CONTROLS, notify);
    const pin = this.pin("pad");
    this.onRemove(ctx.gpio.addExternalPull(pin, 0));
    this.charge = ctx.gpio.addDriver(pin);
    this.onRemove(() => {
      this.alarm?.cancel();
      this.charge.remove();
    });
    this.onRemove(ctx.gpio.onChange(pin, (level) => level === 1 && this.charged()));
  }

  touch(touched: boolean): void {
    this.set("touched", touched);
  }

  state(): Record<string, unknown> {
    return { touched: this.values.touched === true };
  }

  /** The pin drove the pad high: the pad keeps the line high until its charge has drained after release. */
  private charged(): void {
    if (this.alarm !== null) return;
    this.charge.set(1);
    const decay = this.values.touched === true ? DECAY_US.touched : DECAY_US.untouched;
    this.alarm = this.ctx.clock.after(CHARGE_US + decay, () => {
      this.alarm = null;
      this.charge.set(null);
    });
  }
}
