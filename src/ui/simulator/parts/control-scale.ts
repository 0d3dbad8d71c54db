// How a control's slider maps to its value: linear, or logarithmic for ranges spanning many decades (light from
// 0 to 100 000 lx), so that the dim end is not squeezed into the first pixel. Also the number input's check.
import type { Control } from "./part-controls";

/** Slider steps for a logarithmic control. */
export const LOG_STEPS = 1000;

export function isLogScale(control: Control): boolean {
  const { min, max } = control;
  return min !== undefined && max !== undefined && min >= 0 && max / Math.max(1, min) >= 10_000;
}

/** The slider position for a value (the value itself on a linear slider). */
export function sliderPosition(control: Control, value: number): number {
  if (!isLogScale(control)) return value;
  const min = control.min ?? 0;
  const span = Math.log1p((control.max ?? 1) - min);
  return Math.round((Math.log1p(Math.max(0, value - min)) / span) * LOG_STEPS);
}

/** The value at a slider position, rounded to the control's step. */
export function sliderValue(control: Control, position: number): number {
  if (!isLogScale(control)) return position;
  const min = control.min ?? 0;
  const span = Math.log1p((control.max ?? 1) - min);
  return roundToStep(control, min + Math.expm1((position / LOG_STEPS) * span));
}

export function roundToStep(control: Control, value: number): number {
  const step = control.step ?? 0;
  if (!(step > 0)) return value;
  const base = control.min ?? 0;
  const rounded = base + Math.round((value - base) / step) * step;
  // Keep the step's decimals (0.1 steps give 21.5, not 21.499999999999996).
  const decimals = (String(step).split(".")[1] ?? "").length;
  return Number(rounded.toFixed(decimals));
}

/** A typed value: the number, or why it cannot be used (in the words the input shows). */
export function parseControlInput(control: Control, text: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value)) return { error: `Enter a number${rangeText(control)}` };
  if ((control.min !== undefined && value < control.min) || (control.max !== undefined && value > control.max)) {
    return { error: `Enter a number${rangeText(control)}` };
  }
  return { value };
}

function rangeText(control: Control): string {
  const unit = control.unit ? ` ${control.unit}` : "";
  if (control.min !== undefined && control.max !== undefined) return ` from ${control.min} to ${control.max}${unit}`;
  if (control.min !== undefined) return ` of at least ${control.min}${unit}`;
  if (control.max !== undefined) return ` of at most ${control.max}${unit}`;
  return "";
}

/** A value as the view shows it: no more decimals than the step has. */
export function formatControlValue(control: Control, value: number): string {
  const decimals = Math.min(4, (String(control.step ?? 1).split(".")[1] ?? "").length);
  return value.toFixed(decimals);
}
