// The props every part view takes: the part's wiring, its latest state from the board worker, and ways to set its
// controls and type into it.
import type { TypeResult } from "../../../board/part-controls";

export interface PartViewProps {
  id: string;
  kind: string;
  config: { kind: string; id?: string; pins?: Record<string, number>; address?: number; options?: Record<string, number | boolean | string> };
  /** The latest part.state() from the worker (undefined before the first). */
  state: Record<string, unknown> | undefined;
  onControl(name: string, value: number | boolean): void;
  /** Types text into the running part (a serial terminal); "off" when there is no running board to take it. */
  onType?(text: string): TypeResult;
  /** The part's accessible name, e.g. "Servo on GP16". */
  label: string;
}

/** A number from the state, or `fallback` when it is missing or not a finite number. */
export function stateNumber(state: Record<string, unknown> | undefined, key: string, fallback = 0): number {
  const value = state?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A boolean from the state (only `true` counts). */
export function stateFlag(state: Record<string, unknown> | undefined, key: string): boolean {
  return state?.[key] === true;
}

/** An option from the part's wiring as a number, or `fallback`. */
export function optionNumber(config: PartViewProps["config"], key: string, fallback: number): number {
  const value = config.options?.[key];
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}
