// machine.time_pulse_us: how long a pin stays at a level, timed from the pad's edges on the board's clock.
import type { PyValue } from "../../runtime/object";
import { truthy } from "../../runtime/protocol";
import { moduleHost } from "../../modules/host-ref";
import type { Level } from "../pico-hardware";
import { mpInt } from "../mp-args";
import { machineHw } from "./context";
import { pinNumberArg } from "./pin";

/** Time moves in small steps so the call returns soon after the edge it waits for, as the busy loop does. */
const STEP_US = 10;

/**
 * Waits until the pin reads `level`: the time it did, or null after `timeoutUs`. Edges are stamped as the
 * simulator reports them, so the result does not depend on the step size.
 */
function waitForLevel(pin: number, level: Level, startUs: number, timeoutUs: number): number | null {
  const host = moduleHost();
  const hw = machineHw();
  const gpio = hw.gpio;
  if (gpio.read(pin) === level) return host.ticksUs();
  let reachedAt: number | null = null;
  const off = gpio.onEdge(pin, (l) => {
    // Stamped on the board's clock: the edge fires while that clock advances (reading the Host's clock here
    // would make a realtime board catch up with the wall clock from inside its own alarm).
    if (l === level && reachedAt === null) reachedAt = hw.timer.nowUs();
  });
  try {
    while (reachedAt === null) {
      const left = startUs + timeoutUs - host.ticksUs();
      if (left <= 0) return null;
      host.sleepUs(Math.min(left, STEP_US));
    }
    return reachedAt;
  } finally {
    off();
  }
}

export function timePulseUs(pinArg: PyValue, levelArg: PyValue, timeoutArg?: PyValue): number {
  const pin = pinNumberArg(pinArg);
  const level: Level = truthy(levelArg) ? 1 : 0;
  const timeoutUs = timeoutArg === undefined ? 1_000_000 : mpInt(timeoutArg);
  return pulseLength(pin, level, timeoutUs);
}

/** machine_time_pulse_us: the length of the next pulse at `level` (µs); -2 if it never starts, -1 if it never ends. */
export function pulseLength(pin: number, level: Level, timeoutUs: number): number {
  const start = waitForLevel(pin, level, moduleHost().ticksUs(), timeoutUs);
  if (start === null) return -2;
  const end = waitForLevel(pin, level === 1 ? 0 : 1, start, timeoutUs);
  if (end === null) return -1;
  return end - start;
}
