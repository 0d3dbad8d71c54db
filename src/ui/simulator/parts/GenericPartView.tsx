// Any part without a view of its own (an I2C memory, pull-ups, a jumper wire, a kind newer than this build): its
// pins and address, and the values of its state, so nothing the part reports is hidden.
import { type PartViewProps } from "./types";

/** State values as short text: numbers rounded, lists and objects summarised rather than dumped. */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? "item" : "items"}`;
  if (value === null || value === undefined) return "—";
  return "…";
}

export function GenericPartView({ state, config, label }: PartViewProps) {
  const pins = Object.entries(config.pins ?? {}).map(([role, pin]) => `${role} GP${pin}`);
  if (config.address !== undefined) pins.push(`address 0x${config.address.toString(16).toUpperCase().padStart(2, "0")}`);
  const entries = Object.entries(state ?? {});
  return (
    <div className="part-view part-generic" aria-label={label} role="group">
      {pins.length > 0 ? <div className="part-caption">{pins.join(" · ")}</div> : null}
      {entries.length > 0 ? (
        <dl className="part-state-list">
          {entries.slice(0, 12).map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{describeValue(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
