// A push button to GND: pressed, it pulls the pin low; released, the pin reads its pull-up (or floats).
import type { Control, PartContext, ResolvedConfig } from "./part";
import { SwitchPart } from "./switch-part";

export const BUTTON_CONTROLS: readonly Control[] = [
  { name: "pressed", label: "Pressed", type: "boolean", default: false },
];

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
