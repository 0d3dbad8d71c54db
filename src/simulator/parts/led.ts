// A plain LED from a GPIO to GND (through its resistor): lit while the pin drives high, as bright as the PWM duty
// when the pin is in the PWM function.
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { pinSignal, watchPin } from "./pin-output";

export class LedPart extends BasePart {
  private brightness = 0;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    this.onRemove(watchPin(ctx, this.pin("anode"), () => this.update()));
    this.update();
  }

  state(): Record<string, unknown> {
    return { on: this.brightness > 0.02, brightness: this.brightness };
  }

  private update(): void {
    // Rounded to 1/1000 so a PWM slice reprogrammed to the same duty is not a change.
    const next = Math.round(pinSignal(this.ctx, this.pin("anode")).duty * 1000) / 1000;
    if (next === this.brightness) return;
    this.brightness = next;
    this.changed();
  }
}
