// A slide switch (SPDT): its common leg on the GPIO and its ends on 3V3 and GND, so the pin reads the position.
import type { Control, PartContext, ResolvedConfig } from "./part";
import { SwitchPart } from "./switch-part";

export const SLIDE_SWITCH_CONTROLS: readonly Control[] = [
  { name: "on", label: "On (to 3V3)", type: "boolean", default: false },
];

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
