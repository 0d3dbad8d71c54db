// The per-kind part views (src/ui/simulator/parts, written alongside), found at build time so the panel also builds
// without them; until they are there, each part shows as plain text (`kind: JSON state`) with a box per control.
import type { ComponentType, ReactElement } from "react";
import { PART_KINDS } from "../../simulator/parts/kinds";

export interface PartViewProps {
  id: string;
  kind: string;
  config: { kind: string; id?: string; pins?: Record<string, number>; address?: number; options?: Record<string, number | boolean | string> };
  state: Record<string, unknown> | undefined;
  onControl(name: string, value: number | boolean): void;
  label: string;
}

interface PartViewsModule {
  PartView: ComponentType<PartViewProps>;
  UsbActivityView: ComponentType<{ usb: unknown }>;
}

const found = import.meta.glob<PartViewsModule>("./parts/index.ts", { eager: true });
const views: PartViewsModule | undefined = found["./parts/index.ts"];

export function PartView(props: PartViewProps): ReactElement {
  return views ? <views.PartView {...props} /> : <PlainPartView {...props} />;
}

export function UsbActivityView({ usb }: { usb: unknown }): ReactElement {
  return views ? <views.UsbActivityView usb={usb} /> : <pre className="sim-usb-plain" aria-label="USB activity">{JSON.stringify(usb, null, 1)}</pre>;
}

function PlainPartView({ kind, state, label, onControl }: PartViewProps) {
  const controls = PART_KINDS.get(kind)?.controls ?? [];
  return (
    <div className="sim-part-plain" role="group" aria-label={label}>
      <code>{`${kind}: ${JSON.stringify(state ?? null)}`}</code>
      {controls.map((c) =>
        c.type === "boolean" ? (
          <label key={c.name}>
            <input type="checkbox" checked={state?.[c.name] === true} onChange={(e) => onControl(c.name, e.target.checked)} aria-label={`${c.label} of ${label}`} />
            {c.label}
          </label>
        ) : (
          <input
            key={c.name}
            type="number"
            aria-label={`${c.label} of ${label}`}
            min={c.min}
            max={c.max}
            step={c.step ?? "any"}
            defaultValue={typeof state?.[c.name] === "number" ? (state[c.name] as number) : Number(c.default)}
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onControl(c.name, e.target.valueAsNumber)}
          />
        ),
      )}
    </div>
  );
}
