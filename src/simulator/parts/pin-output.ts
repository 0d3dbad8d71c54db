// What a part on an output pin sees: the PWM duty and frequency when the pin is in the PWM function, else the
// logic level; and a subscription to changes of either, for parts that redraw when the signal changes.
import { GpioFunction } from "../gpio";
import { pwmSliceOf } from "../pwm";
import type { PartContext } from "./part";

export interface PinSignal {
  /** Share of the time the pin is high, 0..1. */
  duty: number;
  /** The PWM frequency in Hz; 0 for a steady level. */
  frequency: number;
}

export function pinSignal(ctx: PartContext, pin: number): PinSignal {
  if (ctx.gpio.getFunction(pin) === GpioFunction.PWM) {
    const { slice, channel } = pwmSliceOf(pin);
    const s = ctx.pwm.slices[slice];
    if (!s.enabled) return { duty: ctx.pwm.dutyFraction(slice, channel), frequency: 0 };
    return { duty: ctx.pwm.dutyFraction(slice, channel), frequency: ctx.pwm.frequencyHz(slice) };
  }
  return { duty: ctx.gpio.read(pin), frequency: 0 };
}

/** Calls `listener` when the pin's level or its PWM slice changes; returns the unsubscribe function. */
export function watchPin(ctx: PartContext, pin: number, listener: () => void): () => void {
  const { slice } = pwmSliceOf(pin);
  const offPwm = ctx.pwm.onChange((s) => {
    if (s === slice && ctx.gpio.getFunction(pin) === GpioFunction.PWM) listener();
  });
  const offPin = ctx.gpio.onChange(pin, () => listener());
  return () => {
    offPwm();
    offPin();
  };
}
