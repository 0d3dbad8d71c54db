// A sensor or knob whose readings the user sets (BME280, MCP9808, DHT, DS18B20, HC-SR04, photoresistor,
// potentiometer...): one labelled slider and number box per control, with its unit, and what the part reports back.
import { useState } from "react";
import { formatControlValue, parseControlInput, roundToStep, sliderPosition, sliderValue, isLogScale, LOG_STEPS } from "./control-scale";
import { controlsOf, type Control } from "./part-controls";
import type { PartViewProps } from "./types";

export function SensorView({ kind, state, label, onControl }: PartViewProps) {
  const controls = controlsOf(kind);
  return (
    <div className={`part-view part-sensor part-${kind}`}>
      {controls.map((control) =>
        control.type === "number" ? (
          <NumberControl key={control.name} control={control} value={controlValue(control, state)} partLabel={label} onControl={onControl} />
        ) : (
          <BooleanControl key={control.name} control={control} value={state?.[control.name] === true} partLabel={label} onControl={onControl} />
        ),
      )}
      <Reports state={state} />
    </div>
  );
}

/** The value the part reports for a control, or the control's default before the first state. */
export function controlValue(control: Control, state: Record<string, unknown> | undefined): number {
  const value = state?.[control.name];
  return typeof value === "number" && Number.isFinite(value) ? value : Number(control.default) || 0;
}

interface NumberControlProps {
  control: Control;
  value: number;
  partLabel: string;
  onControl: PartViewProps["onControl"];
}

function NumberControl({ control, value, partLabel, onControl }: NumberControlProps) {
  // What the user is typing (null: show the part's value); a bad entry stays in the box with its message.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = `${control.label} of ${partLabel}`;
  const unit = control.unit ?? "";
  const shown = formatControlValue(control, value);
  const hasRange = control.min !== undefined && control.max !== undefined;
  const log = isLogScale(control);
  const errorId = `${partLabel}-${control.name}-error`.replace(/[^A-Za-z0-9_-]/g, "-");

  const typed = (text: string) => {
    setDraft(text);
    const parsed = parseControlInput(control, text);
    if ("error" in parsed) return setError(parsed.error);
    setError(null);
    onControl(control.name, parsed.value);
  };
  return (
    <div className="part-control" data-control={control.name}>
      <span className="part-control-label" aria-hidden="true">
        {control.label}
      </span>
      {hasRange ? (
        <input
          type="range"
          aria-label={name}
          min={log ? 0 : control.min}
          max={log ? LOG_STEPS : control.max}
          step={log ? 1 : control.step ?? "any"}
          value={sliderPosition(control, value)}
          aria-valuetext={`${shown}${unit ? ` ${unit}` : ""}`}
          onChange={(e) => {
            setDraft(null);
            setError(null);
            onControl(control.name, log ? sliderValue(control, Number(e.target.value)) : roundToStep(control, Number(e.target.value)));
          }}
        />
      ) : null}
      <input
        type="number"
        className="part-control-number"
        aria-label={name}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        min={control.min}
        max={control.max}
        step={control.step ?? "any"}
        value={draft ?? shown}
        onChange={(e) => typed(e.target.value)}
        onBlur={() => error === null && setDraft(null)}
      />
      <span className="part-control-unit">{unit}</span>
      {error !== null ? (
        <span className="part-control-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function BooleanControl({ control, value, partLabel, onControl }: { control: Control; value: boolean; partLabel: string; onControl: PartViewProps["onControl"] }) {
  return (
    <label className="part-control part-control-boolean">
      <input type="checkbox" checked={value} aria-label={`${control.label} of ${partLabel}`} onChange={(e) => onControl(control.name, e.target.checked)} />
      <span aria-hidden="true">{control.label}</span>
    </label>
  );
}

/** What the part measured or was asked for: the voltage at the ADC pin, how often the program read it. */
function Reports({ state }: { state: Record<string, unknown> | undefined }) {
  const items: string[] = [];
  if (typeof state?.volts === "number") items.push(`${state.volts.toFixed(2)} V at the pin`);
  if (typeof state?.readings === "number") items.push(`read ${state.readings} ${state.readings === 1 ? "time" : "times"}`);
  if (typeof state?.pings === "number") items.push(`${state.pings} ${state.pings === 1 ? "ping" : "pings"}`);
  if (items.length === 0) return null;
  return <div className="part-caption">{items.join(" · ")}</div>;
}
