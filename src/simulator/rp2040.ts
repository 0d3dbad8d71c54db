// The simulated RP2040 chip: clock, GPIO, PWM and ADC wired together (one object per board session).
import { VirtualClock } from "./clock";
import { GpioBank } from "./gpio";
import { PwmBlock } from "./pwm";
import { Adc } from "./adc";

export const DEFAULT_SYS_CLOCK_HZ = 125_000_000;
export const LED_PIN = 25;

export class Rp2040 {
  readonly clock = new VirtualClock();
  readonly gpio = new GpioBank();
  sysClockHz = DEFAULT_SYS_CLOCK_HZ;
  readonly pwm = new PwmBlock(this.gpio, () => this.sysClockHz);
  readonly adc = new Adc();
}
