// Which ADC channel a part's pin feeds: GP26..GP29 are channels 0..3; other pins have no ADC.

const ADC_BASE_PIN = 26;
export const VREF = 3.3;

export function adcChannel(pin: number, kind: string): number {
  const channel = pin - ADC_BASE_PIN;
  if (channel < 0 || channel > 3) throw new Error(`${kind}: GP${pin} has no ADC (use GP26, GP27 or GP28)`);
  return channel;
}
