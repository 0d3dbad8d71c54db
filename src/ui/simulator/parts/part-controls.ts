// The user controls of each part kind (sensor readings, switch positions), read from the parts' own kind list so
// the views label their sliders with the same names, ranges and units the models use, new kinds included.
import type { Control } from "../../../simulator/parts/part";
import { PART_KINDS } from "../../../simulator/parts/kinds";

export type { Control };

/** The controls of a kind (none for kinds without any, or kinds this build does not know). */
export function controlsOf(kind: string): readonly Control[] {
  return PART_KINDS.get(kind)?.controls ?? [];
}

/** The number controls of a kind: what a sensor view offers as sliders. */
export function numberControlsOf(kind: string): readonly Control[] {
  return controlsOf(kind).filter((c) => c.type === "number");
}
