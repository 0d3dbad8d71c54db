// Adding a part: one-click LED, button and potentiometer, and a form offering every kind of part with its pins
// (only the GPIOs it may use: ADC pins for analogue inputs) and its I2C address, prefilled with free, usual choices.
import { useMemo, useState, type FormEvent } from "react";
import { PART_KINDS } from "../../simulator/parts/kinds";
import { addPart } from "../../app/simulator/wiring-actions";
import { useSimulator } from "../../app/simulator/simulator-state";
import { gp, MAX_PARTS, newPart, paletteKinds, pinChoices } from "../../app/simulator/wiring";

const QUICK: { kind: string; name: string }[] = [
  { kind: "led", name: "LED" },
  { kind: "button", name: "Button" },
  { kind: "potentiometer", name: "Potentiometer" },
];

export const hexAddress = (a: number) => `0x${a.toString(16).toUpperCase().padStart(2, "0")}`;
export const roleName = (role: string) => (role.length <= 4 ? role.toUpperCase() : role[0].toUpperCase() + role.slice(1));

export function AddPartForm({ disabled }: { disabled: boolean }) {
  const parts = useSimulator((s) => s.wiring.parts);
  const full = parts.length >= MAX_PARTS;
  const [kind, setKind] = useState("bme280");
  const [pins, setPins] = useState<Record<string, number>>({});
  const [optional, setOptional] = useState<Record<string, number>>({});
  const [address, setAddress] = useState<number | undefined>(undefined);
  const spec = PART_KINDS.get(kind)!;
  // The usual free pins for the kind; what the user picked wins.
  const suggested = useMemo(() => newPart(kind, parts), [kind, parts]);
  const chosenPins = { ...suggested.pins, ...pins };
  const chosenAddress = address ?? suggested.address;
  const choose = (next: string) => {
    setKind(next);
    setPins({});
    setOptional({});
    setAddress(undefined);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void addPart(kind, { ...chosenPins, ...optional }, chosenAddress);
    setPins({});
    setOptional({});
    setAddress(undefined);
  };
  const chooseOptional = (role: string, value: string) => {
    const next = { ...optional };
    if (value === "") delete next[role];
    else next[role] = Number(value);
    setOptional(next);
  };
  const off = disabled || full;
  return (
    <div className="sim-add">
      <div className="sim-palette" role="toolbar" aria-label="Add a part">
        <span className="sim-palette-title">Add</span>
        {QUICK.map((q) => (
          <button key={q.kind} type="button" disabled={off} onClick={() => void addPart(q.kind)}>
            + {q.name}
          </button>
        ))}
      </div>
      <details className="sim-add-more">
        <summary>Other parts…</summary>
        <form className="sim-add-form" aria-label="Add part" onSubmit={submit}>
          <label>
            <span>Part</span>
            <select value={kind} onChange={(e) => choose(e.target.value)} aria-label="Part kind" disabled={off}>
              {paletteKinds().map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.title}
                </option>
              ))}
            </select>
          </label>
          {spec.pins.map((role) => (
            <label key={role}>
              <span>{roleName(role)}</span>
              <select
                value={chosenPins[role]}
                aria-label={`${roleName(role)} pin of the new part`}
                disabled={off}
                onChange={(e) => setPins({ ...pins, [role]: Number(e.target.value) })}
              >
                <PinOptions pins={pinChoices(kind, role)} />
              </select>
            </label>
          ))}
            {(spec.optionalPins ?? []).map((role) => (
            <label key={role}>
              <span>{`${roleName(role)} (optional)`}</span>
              <select value={optional[role] ?? ""} aria-label={`${roleName(role)} pin of the new part (optional)`} disabled={off} onChange={(e) => chooseOptional(role, e.target.value)}>
                <option value="">not wired</option>
                <PinOptions pins={pinChoices(kind, role)} />
              </select>
            </label>
          ))}
          {spec.i2cAddresses ? (
            <label>
              <span>Address</span>
              <select value={chosenAddress} aria-label="I2C address of the new part" disabled={off} onChange={(e) => setAddress(Number(e.target.value))}>
                {spec.i2cAddresses.map((a) => (
                  <option key={a} value={a}>
                    {hexAddress(a)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" disabled={off}>
            Add part
          </button>
        </form>
      </details>
      {full ? <p className="sim-parts-empty">{`A board takes at most ${MAX_PARTS} parts here; remove one to add another.`}</p> : null}
    </div>
  );
}

/** The GPIOs a pin role may use, as options ("GP4"). */
function PinOptions({ pins }: { pins: number[] }) {
  return (
    <>
      {pins.map((pin) => (
        <option key={pin} value={pin}>
          {gp(pin)}
        </option>
      ))}
    </>
  );
}
