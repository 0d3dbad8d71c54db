// A photoresistor (light sensor) in a divider with a 10 kΩ resistor to GND on an ADC pin: brighter light, lower
// resistance, higher voltage.
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";
import { VREF, adcChannel } from "./adc-pin";

export const PHOTORESISTOR_CONTROLS: readonly Control[] = [
  { name: "lux", label: "Light", type: "number", min: 0, max: 100_000, step: 1, unit: "lx", default: 300 },
];

/** A GL5528-like cell: about 10 kΩ at 10 lx, γ = 0.7; 1 MΩ in the dark. */
export function photoresistorOhms(lux: number): number {
  if (lux <= 0) return 1_000_000;
  return Math.min(1_000_000, 10_000 * (lux / 10) ** -0.7);
}

export class PhotoresistorPart extends BasePart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, PHOTORESISTOR_CONTROLS, notify);
    const fixed = Number(cfg.options.resistor ?? 10_000);
    this.onRemove(ctx.adc.addSource(adcChannel(this.pin("signal"), cfg.kind), () => this.volts(fixed)));
  }

  volts(fixedOhms = 10_000): number {
    return (VREF * fixedOhms) / (fixedOhms + photoresistorOhms(this.num("lux")));
  }

  state(): Record<string, unknown> {
    return { lux: this.num("lux"), volts: this.volts() };
  }
}
