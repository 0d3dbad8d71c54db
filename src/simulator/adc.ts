// The RP2040's ADC: 12-bit conversions of GP26–GP29 and the internal temperature sensor (channel 4).

export const ADC_CHANNELS = 5;
export const ADC_VREF = 3.3;
export const TEMPERATURE_CHANNEL = 4;

/** Datasheet 4.9.5: V = 0.706 V at 27 °C, slope −1.721 mV/°C. */
export function temperatureToVolts(celsius: number): number {
  return 0.706 - (celsius - 27) * 0.001721;
}

export class Adc {
  /** Voltages on GP26..GP29 set by wired parts (a potentiometer); undefined reads as a floating input near 0 V. */
  private volts: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  /** Parts wired to GP26..GP29 (a photoresistor divider): used when the page sets no voltage there. */
  private sources: ((() => number) | undefined)[] = [undefined, undefined, undefined, undefined];
  /** The chip's temperature in °C (a board on a desk). */
  temperatureC = 24.5;

  /** A part's output on an ADC channel's pin, read at each conversion; returns its removal. */
  addSource(channel: number, volts: () => number): () => void {
    this.sources[channel] = volts;
    return () => {
      if (this.sources[channel] === volts) this.sources[channel] = undefined;
    };
  }

  /** Sets the voltage on an ADC channel's pin (channel 0..3 = GP26..GP29). */
  setVoltage(channel: number, volts: number | undefined): void {
    this.volts[channel] = volts === undefined ? undefined : Math.max(0, Math.min(ADC_VREF, volts));
  }

  voltage(channel: number): number {
    if (channel === TEMPERATURE_CHANNEL) return temperatureToVolts(this.temperatureC);
    const part = this.sources[channel];
    const v = this.volts[channel] ?? (part === undefined ? undefined : Math.max(0, Math.min(ADC_VREF, part())));
    return v ?? 0.012;
  }

  /** One 12-bit conversion (0..4095). */
  read12(channel: number): number {
    if (!Number.isInteger(channel) || channel < 0 || channel >= ADC_CHANNELS) throw new RangeError(`no ADC channel ${channel}`);
    return Math.max(0, Math.min(4095, Math.round((this.voltage(channel) / ADC_VREF) * 4095)));
  }
}
