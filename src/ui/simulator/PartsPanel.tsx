// The parts panel: where the parts come from (wiring.json, or the code when there is none), problems in
// wiring.json, the palette, and one row per part with its live view (from src/ui/simulator/parts), its pins,
// address and length to change, and Remove. The board view draws the same parts beside their pins.
import { useState } from "react";
import { PART_KINDS } from "../../simulator/parts/kinds";
import { setPartControl, typeIntoPart } from "../../app/simulator/part-actions";
import { useShownParts, type ShownPart } from "../../app/simulator/shown-parts";
import { useSimulator } from "../../app/simulator/simulator-state";
import { movePart, removePart, replaceBrokenWiring, setPartAddress, setPartOption, unwirePartPin } from "../../app/simulator/wiring-actions";
import { gp, pinChoices } from "../../app/simulator/wiring";
import { AddPartForm, hexAddress, roleName } from "./AddPartForm";
import { PartView } from "./parts";
import { BoardSelect } from "./BoardSelect";

export function PartsPanel() {
  const wiring = useSimulator((s) => s.wiring);
  const parts = useShownParts();
  const editable = wiring.source !== "loading" && wiring.errors.length === 0;
  return (
    <section className="sim-parts" aria-label="Parts">
      <BoardSelect />
      <WiringSource />
      <AddPartForm disabled={!editable} />
      {parts.length === 0 ? (
        <p className="sim-parts-empty">No parts yet. A button pulls its pin to GND when pressed, so read it with a pull-up.</p>
      ) : (
        <ul className="sim-part-list" aria-label="Wired parts">
          {parts.map((part) => (
            <PartRow key={part.id} part={part} editable={editable && part.origin !== "detected" && (part.origin === "file" || wiring.source === "code")} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the parts come from, and what is wrong with wiring.json (the file is kept until the user decides). */
function WiringSource() {
  const wiring = useSimulator((s) => s.wiring);
  if (wiring.source === "loading") return <p className="sim-parts-note">Reading the wiring…</p>;
  if (wiring.errors.length > 0) {
    return (
      <div className="sim-wiring-errors" role="alert">
        <p>wiring.json has problems, so the parts panel leaves it alone. Fix it in the editor, or replace it with the parts below that can be wired:</p>
        <ul>
          {wiring.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
        <button type="button" onClick={() => void replaceBrokenWiring()}>
          Replace wiring.json with the parts that can be wired
        </button>
      </div>
    );
  }
  if (wiring.source === "code") {
    const where = wiring.board === undefined ? "No wiring.json yet" : "wiring.json names only the board";
    return <p className="sim-parts-note">{`${where}: the parts below come from the code. Changing them writes wiring.json.`}</p>;
  }
  return null;
}

const ORIGIN_NOTES: Record<ShownPart["origin"], string | null> = { file: null, code: "from the code", detected: "found on its pin" };

function PartRow({ part, editable }: { part: ShownPart; editable: boolean }) {
  const note = ORIGIN_NOTES[part.origin];
  // Before the board reports (it is off), a part shows the values the user set, which it will start with.
  const controls = useSimulator((s) => s.controls[part.id]);
  const state = part.state ?? (controls ? { ...controls } : undefined);
  return (
    <li className={`sim-part-row sim-part-row-${part.kind}`} data-part={part.id} data-origin={part.origin}>
      <div className="sim-part-head">
        <span className="sim-part-title">
          {part.label}
          {note ? <span className="sim-part-origin">{` (${note})`}</span> : null}
        </span>
        <PinSelects part={part} editable={editable} />
        {part.config.address !== undefined && PART_KINDS.get(part.kind)?.i2cAddresses ? <AddressSelect part={part} editable={editable} /> : null}
        {part.kind.startsWith("neopixel-") && part.origin !== "detected" ? <PixelCount part={part} editable={editable} /> : null}
        {part.origin !== "detected" ? (
          <button type="button" className="sim-part-remove" aria-label={`Remove ${part.label}`} title={`Remove ${part.label}`} disabled={!editable} onClick={() => void removePart(part.id)}>
            ×
          </button>
        ) : null}
      </div>
      <PartView id={part.id} kind={part.kind} config={part.config} state={state} label={part.label} onControl={(name, value) => setPartControl(part.id, name, value)} onType={(text) => typeIntoPart(part.id, text)} />
    </li>
  );
}

function PinSelects({ part, editable }: { part: ShownPart; editable: boolean }) {
  const kind = PART_KINDS.get(part.kind);
  const roles = kind?.pins ?? [];
  const optional = kind?.optionalPins ?? [];
  const wired = Object.keys(part.config.pins ?? {});
  const shown = [...roles, ...optional, ...wired.filter((r) => !roles.includes(r) && !optional.includes(r))];
  const choose = (role: string, value: string) => void (value === "" ? unwirePartPin(part.id, role) : movePart(part.id, role, Number(value)));
  return (
    <>
      {shown.map((role) => {
        const pin = part.config.pins?.[role];
        const name = shown.length === 1 ? `Pin for ${part.label}` : `${roleName(role)} pin for ${part.label}`;
        const choices = pinChoices(part.kind, role);
        return (
          <span className="sim-part-pin" key={role}>
            {shown.length > 1 ? <span className="sim-part-role" aria-hidden="true">{roleName(role)}</span> : null}
            <select value={pin ?? ""} disabled={!editable} aria-label={name} onChange={(e) => choose(role, e.target.value)}>
              {optional.includes(role) ? <option value="">not wired</option> : null}
              {(pin === undefined || choices.includes(pin) ? choices : [pin, ...choices]).map((p) => (
                <option key={p} value={p}>
                  {gp(p)}
                </option>
              ))}
            </select>
          </span>
        );
      })}
    </>
  );
}

function AddressSelect({ part, editable }: { part: ShownPart; editable: boolean }) {
  const choices = PART_KINDS.get(part.kind)?.i2cAddresses ?? [];
  return (
    <select value={part.config.address} disabled={!editable} aria-label={`I2C address for ${part.label}`} onChange={(e) => void setPartAddress(part.id, Number(e.target.value))}>
      {choices.map((a) => (
        <option key={a} value={a}>
          {hexAddress(a)}
        </option>
      ))}
    </select>
  );
}

/** A strip's length: written when the user leaves the box or presses Enter (each change restarts a running board). */
function PixelCount({ part, editable }: { part: ShownPart; editable: boolean }) {
  const count = Number(part.config.options?.count ?? (part.kind === "neopixel-ring" ? 12 : 8));
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = Number(draft);
    setDraft(null);
    if (Number.isInteger(n) && n >= 1 && n <= 1024 && n !== count) void setPartOption(part.id, "count", n);
  };
  return (
    <input
      type="number"
      className="sim-part-count"
      min={1}
      max={1024}
      step={1}
      disabled={!editable}
      aria-label={`Pixels in ${part.label}`}
      value={draft ?? String(count)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
    />
  );
}
