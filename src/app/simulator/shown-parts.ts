// The parts the panel shows: the project's wiring (wiring.json, or the code's default wiring), each with the live
// state the running board last reported, then parts only the board knows of (defaults added by `"auto": true`,
// NeoPixel strips found on pads), with labels unique within the list.
import { useMemo } from "react";
import { useSimulator, type LivePart, type WiringView } from "./simulator-state";
import { PART_KINDS } from "../../simulator/parts/kinds";
import { partLabels, type PartConfig } from "./wiring";

export interface ShownPart {
  id: string;
  kind: string;
  config: PartConfig;
  state: Record<string, unknown> | undefined;
  label: string;
  /** `file`: listed in wiring.json; `code`: wired from the code; `detected`: a strip found on a pad. */
  origin: "file" | "code" | "detected";
  /** The first GPIO of the part (where the board view draws it). */
  pin: number | undefined;
}

export function shownParts(wiring: WiringView, live: readonly LivePart[]): ShownPart[] {
  const byId = new Map(live.map((p) => [p.id, p]));
  const listed = new Set(wiring.parts.map((p) => p.id));
  const rows: Omit<ShownPart, "label">[] = wiring.parts.map((config) => ({
    id: config.id!, kind: config.kind, config, state: byId.get(config.id!)?.state,
    origin: wiring.source === "file" ? "file" : "code", pin: firstPin(config),
  }));
  for (const p of live) {
    if (listed.has(p.id)) continue;
    rows.push({ id: p.id, kind: p.kind, config: p.config, state: p.state, origin: p.detected ? "detected" : "code", pin: firstPin(p.config) });
  }
  const labels = partLabels(rows.map((r) => r.config));
  return rows.map((r, i) => ({ ...r, label: labels[i] }));
}

/** The GPIO of the kind's first pin role (the signal, the data line, SDA...), else the first one wired. */
function firstPin(config: PartConfig): number | undefined {
  const role = PART_KINDS.get(config.kind)?.pins[0];
  return (role === undefined ? undefined : config.pins?.[role]) ?? Object.values(config.pins ?? {})[0];
}

/** The shown parts, recomputed when the wiring or a live state changes. */
export function useShownParts(): ShownPart[] {
  const wiring = useSimulator((s) => s.wiring);
  const live = useSimulator((s) => s.live);
  return useMemo(() => shownParts(wiring, live), [wiring, live]);
}
