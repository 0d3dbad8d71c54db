// A potentiometer between 3V3 and GND, its wiper on an ADC pin.
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";
import { VREF, adcChannel } from "./adc-pin";

export const POTENTIOMETER_CONTROLS: readonly Control[] = [
  { name: "position", label: "Position", type: "number", min: 0, max: 1, step: 0.001, default: 0.5 },
];

export class PotentiometerPart extends BasePart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, POTENTIOMETER_CONTROLS, notify);
    this.onRemove(ctx.adc.addSource(adcChannel(this.pin("wiper"), cfg.kind), () => this.num("position") * VREF));
  }

  state(): Record<string, unknown> {
    return { position: this.num("position"), volts: this.num("position") * VREF };
  }
}
