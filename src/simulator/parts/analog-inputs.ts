// Parts that put a voltage on an ADC pin (GP26..GP28): a photoresistor in a divider with a 10 kΩ resistor to GND
// (brighter light, higher voltage), and a potentiometer between 3V3 and GND.
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

const VREF = 3.3;
const ADC_BASE_PIN = 26;

export const PHOTORESISTOR_CONTROLS: readonly Control[] = [
  { name: "lux", label: "Light", type: "number", min: 0, max: 100_000, step: 1, unit: "lx", default: 300 },
];
export const POTENTIOMETER_CONTROLS: readonly Control[] = [
  { name: "position", label: "Position", type: "number", min: 0, max: 1, step: 0.001, default: 0.5 },
];

/** A GL5528-like cell: about 10 kΩ at 10 lx, γ = 0.7; 1 MΩ in the dark. */
export function photoresistorOhms(lux: number): number {
  if (lux <= 0) return 1_000_000;
  return Math.min(1_000_000, 10_000 * (lux / 10) ** -0.7);
}

function adcChannel(pin: number, kind: string): number {
  const channel = pin - ADC_BASE_PIN;
  if (channel < 0 || channel > 3) throw new Error(`${kind}: GP${pin} has no ADC (use GP26, GP27 or GP28)`);
  return channel;
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

export class PotentiometerPart extends BasePart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, POTENTIOMETER_CONTROLS, notify);
    this.onRemove(ctx.adc.addSource(adcChannel(this.pin("wiper"), cfg.kind), () => this.num("position") * VREF));
  }

  state(): Record<string, unknown> {
    return { position: this.num("position"), volts: this.num("position") * VREF };
  }
}
