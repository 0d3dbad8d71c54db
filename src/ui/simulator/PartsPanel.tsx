// The parts palette and the list of wired parts: add an LED, a push button or a potentiometer, choose its pin, and
// work it from the keyboard (the board view draws the same parts for the pointer).
import type { KeyboardEvent } from "react";
import { pinBrightness, pinState } from "../../board/pin-bridge";
import { addPart, movePart, pressButton, removePart, turnKnob } from "../../app/simulator/part-actions";
import { useSimulator } from "../../app/simulator/simulator-state";
import { MAX_PARTS, PART_NAMES, partLabel, pinsFor, type Part, type PartKind } from "../../app/simulator/wiring";

const KINDS: PartKind[] = ["led", "button", "pot"];

export function PartsPanel() {
  const parts = useSimulator((s) => s.wiring.parts);
  const full = parts.length >= MAX_PARTS;
  return (
    <section className="sim-parts" aria-label="Parts">
      <div className="sim-palette" role="toolbar" aria-label="Add a part">
        <span className="sim-palette-title">Add</span>
        {KINDS.map((kind) => (
          <button key={kind} type="button" disabled={full} onClick={() => addPart(kind)}>
            + {PART_NAMES[kind]}
          </button>
        ))}
      </div>
      {parts.length === 0 ? (
        <p className="sim-parts-empty">No parts yet. A button pulls its pin to GND when pressed, so read it with a pull-up.</p>
      ) : (
        <ul className="sim-part-list">
          {parts.map((part) => (
            <PartRow key={part.id} part={part} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PartRow({ part }: { part: Part }) {
  const label = partLabel(part);
  return (
    <li className={`sim-part-row sim-part-row-${part.kind}`}>
      <PartControl part={part} label={label} />
      <span className="sim-part-pin">
        <select value={part.pin} onChange={(e) => movePart(part.id, Number(e.target.value))} aria-label={`Pin for ${label}`}>
          {pinsFor(part.kind).map((pin) => (
            <option key={pin} value={pin}>{`GP${pin}`}</option>
          ))}
        </select>
      </span>
      <button type="button" className="sim-part-remove" aria-label={`Remove ${label}`} title={`Remove ${label}`} onClick={() => removePart(part.id)}>
        ×
      </button>
    </li>
  );
}

function PartControl({ part, label }: { part: Part; label: string }) {
  if (part.kind === "button") return <PushButton part={part} label={label} />;
  if (part.kind === "pot") return <Knob part={part} label={label} />;
  return <LedStatus part={part} label={label} />;
}

/** Held while the pointer is down or Space/Enter is held, as a real push button. */
function PushButton({ part, label }: { part: Part; label: string }) {
  const pressed = useSimulator((s) => Boolean(s.pressed[part.id]));
  const key = (e: KeyboardEvent<HTMLButtonElement>, down: boolean) => {
    if (e.key !== " " && e.key !== "Enter") return;
    e.preventDefault();
    if (!e.repeat) pressButton(part.id, down);
  };
  return (
    <button
      type="button"
      className="sim-push"
      aria-label={label}
      aria-pressed={pressed}
      onPointerDown={(e) => (e.currentTarget.setPointerCapture(e.pointerId), pressButton(part.id, true))}
      onPointerUp={() => pressButton(part.id, false)}
      onPointerCancel={() => pressButton(part.id, false)}
      onKeyDown={(e) => key(e, true)}
      onKeyUp={(e) => key(e, false)}
      onBlur={() => pressButton(part.id, false)}
    >
      {label}
    </button>
  );
}

function Knob({ part, label }: { part: Part; label: string }) {
  const position = useSimulator((s) => s.knobs[part.id] ?? 0.5);
  const volts = (position * 3.3).toFixed(2);
  return (
    <label className="sim-knob">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={1000}
        value={Math.round(position * 1000)}
        aria-label={label}
        aria-valuetext={`${volts} V`}
        onChange={(e) => turnKnob(part.id, Number(e.target.value) / 1000)}
      />
      <output>{volts} V</output>
    </label>
  );
}

function LedStatus({ part, label }: { part: Part; label: string }) {
  const brightness = useSimulator((s) => (s.pins ? pinBrightness(pinState(s.pins, part.pin)) : 0));
  const text = brightness <= 0.02 ? "off" : brightness >= 0.98 ? "on" : `${Math.round(brightness * 100)}%`;
  return (
    <span className="sim-led-status" data-lit={brightness > 0.02 ? "true" : "false"}>
      <span className="sim-led-dot" style={{ opacity: 0.25 + 0.75 * brightness }} aria-hidden="true" />
      {label}: {text}
    </span>
  );
}
