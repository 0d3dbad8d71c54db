// Switch parts: a slide switch (SPDT, its common leg on the GPIO and its ends on 3V3 and GND, so the pin reads the
// position) and a push button to GND (the pin needs a pull-up to read high while it is up).
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export const SLIDE_SWITCH_CONTROLS: readonly Control[] = [
  { name: "on", label: "On (to 3V3)", type: "boolean", default: false },
];
export const BUTTON_CONTROLS: readonly Control[] = [
  { name: "pressed", label: "Pressed", type: "boolean", default: false },
];

/** Base for switches: one driver on the pin, set from the control. */
abstract class SwitchPart extends BasePart {
  protected readonly driver: PadDriver;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, controls: readonly Control[], role: string) {
    super(ctx, cfg, controls, notify);
    this.driver = ctx.gpio.addDriver(this.pin(role));
    this.onRemove(() => this.driver.remove());
    this.apply();
  }

  protected override controlChanged(): void {
    this.apply();
  }

  protected abstract apply(): void;
}

export class SlideSwitchPart extends SwitchPart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, notify, SLIDE_SWITCH_CONTROLS, "common");
  }

  slide(on: boolean): void {
    this.set("on", on);
  }

  state(): Record<string, unknown> {
    return { on: this.values.on === true };
  }

  protected apply(): void {
    this.driver.set(this.values.on === true ? 1 : 0);
  }
}

export class ButtonPart extends SwitchPart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, notify, BUTTON_CONTROLS, "signal");
  }

  press(down: boolean): void {
    this.set("pressed", down);
  }

  state(): Record<string, unknown> {
    return { pressed: this.values.pressed === true };
  }

  protected apply(): void {
    this.driver.set(this.values.pressed === true ? 0 : null);
  }
}
