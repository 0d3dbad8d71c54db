// MicroPython's rp2 PWM arithmetic (ports/rp2/machine_pwm.c): DIV/TOP from a frequency and duty <-> CC, in
// the firmware's integer types so that read-backs such as freq(12345) -> 12344 come out the same.
import { divTrunc, divU32, divU64, lowU32, mulU32, u32, u64 } from "../c-arith";

/** TOP is kept at or below 65534 so that CC = TOP + 1 (100 % duty) still fits in 16 bits. */
export const TOP_MAX = 65534;

/** get_slice_hz: floor((16 * sysHz + offset) / div16), in 64 bits when 32 would overflow. */
export function sliceHz(sysHz: number, offset: number, div16: number): number {
  if (sysHz + Math.floor(offset / 16) > 268_000_000) {
    return lowU32(divU64(16n * u64(sysHz) + u64(offset), u64(div16)));
  }
  return divU32(u32(16 * sysHz + offset), div16);
}

export function sliceHzRound(sysHz: number, div16: number): number {
  return sliceHz(sysHz, Math.floor(u32(div16) / 2), div16);
}

export function sliceHzCeil(sysHz: number, div16: number): number {
  return sliceHz(sysHz, u32(div16 - 1), div16);
}

export type FreqSettings = { div16: number; top: number } | { error: string };

/** mp_machine_pwm_freq_set: the largest TOP (best resolution) with the smallest divider. `freq` is an mp_int_t. */
export function freqSettings(sysHz: number, freq: number): FreqSettings {
  const ratio = divU32(u32(sysHz + divTrunc(freq, 2)), u32(freq));
  let div16: number;
  let top: number;
  if (ratio < TOP_MAX) {
    div16 = 16;
    top = u32(ratio - 1);
  } else {
    div16 = sliceHzCeil(sysHz, u32(Math.imul(TOP_MAX, freq)));
    top = u32(sliceHzRound(sysHz, mulU32(div16, u32(freq))) - 1);
  }
  if (div16 < 16) return { error: "freq too large" };
  if (div16 >= 256 * 16) return { error: "freq too small" };
  return { div16, top: top & 0xffff };
}

/** mp_machine_pwm_freq_get from the DIV and TOP registers. */
export function freqFromRegisters(sysHz: number, div16: number, top: number): number {
  return sliceHzRound(sysHz, mulU32(div16, top + 1));
}

/** duty_u16 -> CC (rounded); values above 65535 are limited, negative ones wrap as the firmware's do. */
export function compareForU16(dutyU16: number, top: number): number {
  const duty = Math.min(dutyU16, 65535);
  return divU32(u32(mulU32(u32(duty), top + 1) + 32767), 65535) & 0xffff;
}

/** CC -> duty_u16 (rounded). */
export function u16ForCompare(cc: number, top: number): number {
  return divU32(u32(cc * 65535 + Math.floor((top + 1) / 2)), top + 1);
}

/** duty_ns -> CC, limited to TOP + 1 (100 %). */
export function compareForNs(sysHz: number, div16: number, top: number, dutyNs: number): number {
  const hz = sliceHzRound(sysHz, div16);
  let cc = lowU32(divU64(u64(dutyNs) * u64(hz) + 500_000_000n, 1_000_000_000n));
  if (cc > top + 1) cc = top + 1;
  return cc & 0xffff;
}

/** CC -> duty_ns (rounded). */
export function nsForCompare(sysHz: number, div16: number, cc: number): number {
  const hz = sliceHzRound(sysHz, div16);
  return Number(divU64(u64(cc) * 1_000_000_000n + u64(Math.floor(hz / 2)), u64(hz)));
}
