// Which PWM slices and channels CircuitPython objects hold (pwmio.PWMOut, countio.Counter), and each
// slice's target frequency, so two users of one slice agree or get the firmware's errors.
import type { HardwareSession } from "../session";

export interface PwmSliceUse {
  /** Bit (slice * 2 + channel) set while that channel is in use. */
  channelUse: number;
  /** The frequency each slice was set up for (0: free). */
  targetFrequency: number[];
  /** Bit per slice whose owner may change the frequency. */
  variableFrequency: number;
}

export function pwmSliceUse(session: HardwareSession): PwmSliceUse {
  return session.state("circuitpython.pwm-slices", () => ({
    channelUse: 0,
    targetFrequency: new Array(8).fill(0),
    variableFrequency: 0,
  }));
}

const mask = (slice: number, channel: number) => 1 << (slice * 2 + channel);

/** Takes both channels of a slice (countio); false when either is taken. */
export function claimSliceChannels(use: PwmSliceUse, slice: number): boolean {
  if ((use.channelUse & (mask(slice, 0) | mask(slice, 1))) !== 0) return false;
  use.channelUse |= mask(slice, 0) | mask(slice, 1);
  return true;
}

export function releaseSliceChannels(use: PwmSliceUse, slice: number): void {
  use.channelUse &= ~(mask(slice, 0) | mask(slice, 1));
}

export type AllocateResult = "ok" | "in use" | "variable frequency unavailable" | "frequency mismatch";

/** pwmout_allocate: a channel, shareable with the slice's other user only at the same fixed frequency. */
export function allocateChannel(use: PwmSliceUse, slice: number, channel: number, variable: boolean, frequency: number): AllocateResult {
  if ((use.channelUse & mask(slice, channel)) !== 0) return "in use";
  if (use.targetFrequency[slice] > 0) {
    if (variable) return "variable frequency unavailable";
    if ((use.variableFrequency & (1 << slice)) !== 0) return "in use";
    if (use.targetFrequency[slice] !== frequency) return "frequency mismatch";
  }
  use.channelUse |= mask(slice, channel);
  if (variable) use.variableFrequency |= 1 << slice;
  return "ok";
}

/** pwmout_free: the channel back; the slice stops when neither channel is used. Returns true when it stopped. */
export function freeChannel(use: PwmSliceUse, slice: number, channel: number): boolean {
  use.channelUse &= ~mask(slice, channel);
  if ((use.channelUse & (mask(slice, 0) | mask(slice, 1))) !== 0) return false;
  use.targetFrequency[slice] = 0;
  use.variableFrequency &= ~(1 << slice);
  return true;
}
