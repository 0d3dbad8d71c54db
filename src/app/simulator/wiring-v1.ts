// The first wiring format (project metadata `wiring`, version 1: LEDs, buttons and potentiometers by pin), kept to
// read projects and share links made before wiring.json, which migrate to it (wiring-migration.ts).

export type PartKind = "led" | "button" | "pot";

export interface Part {
  id: string;
  kind: PartKind;
  /** The GPIO the part is wired to (its other leg goes to GND, or 3V3/GND for a potentiometer's ends). */
  pin: number;
}

export interface Wiring {
  version: 1;
  parts: Part[];
}

export const EMPTY_WIRING: Wiring = { version: 1, parts: [] };
export const MAX_PARTS = 16;

/** GPIOs on the Pico's header (GP23–GP25 and GP29 are used on the board itself). */
export const HEADER_GPIOS = [...Array.from({ length: 23 }, (_, i) => i), 26, 27, 28];
/** GPIOs with an ADC channel on the header. */
export const ADC_GPIOS = [26, 27, 28];

export const PART_NAMES: Record<PartKind, string> = { led: "LED", button: "Button", pot: "Potentiometer" };

/** The pins a kind of part may use. */
export function pinsFor(kind: PartKind): number[] {
  return kind === "pot" ? ADC_GPIOS : HEADER_GPIOS;
}

/** "Button on GP14": the part's accessible name, unique as long as one part of a kind sits on a pin. */
export function partLabel(part: Part): string {
  return `${PART_NAMES[part.kind]} on GP${part.pin}`;
}

/** Where a new part goes: the usual pin for its kind if free, else the first pin no part of that kind uses. */
export function defaultPin(kind: PartKind, parts: Part[]): number {
  const preferred: Record<PartKind, number[]> = { led: [15, 16, 17, 18], button: [14, 13, 12, 11], pot: ADC_GPIOS };
  const used = new Set(parts.map((p) => p.pin));
  const choice = [...preferred[kind], ...pinsFor(kind)].find((pin) => !used.has(pin));
  return choice ?? pinsFor(kind)[0];
}

export function addPart(wiring: Wiring, kind: PartKind, id: string): Wiring {
  if (wiring.parts.length >= MAX_PARTS) return wiring;
  return { ...wiring, parts: [...wiring.parts, { id, kind, pin: defaultPin(kind, wiring.parts) }] };
}

export function movePart(wiring: Wiring, id: string, pin: number): Wiring {
  return { ...wiring, parts: wiring.parts.map((p) => (p.id === id && pinsFor(p.kind).includes(pin) ? { ...p, pin } : p)) };
}

export function removePart(wiring: Wiring, id: string): Wiring {
  return { ...wiring, parts: wiring.parts.filter((p) => p.id !== id) };
}

/** Accepts only what this version understands; anything damaged or unknown is dropped, never trusted. */
export function restoreWiring(stored: unknown): Wiring {
  if (!isRecord(stored) || stored.version !== 1 || !Array.isArray(stored.parts)) return EMPTY_WIRING;
  const parts: Part[] = [];
  const ids = new Set<string>();
  for (const raw of stored.parts.slice(0, MAX_PARTS)) {
    if (!isRecord(raw)) continue;
    const { id, kind, pin } = raw;
    if (typeof id !== "string" || id.length === 0 || id.length > 40 || ids.has(id)) continue;
    if (kind !== "led" && kind !== "button" && kind !== "pot") continue;
    if (typeof pin !== "number" || !pinsFor(kind).includes(pin)) continue;
    ids.add(id);
    parts.push({ id, kind, pin });
  }
  return { version: 1, parts };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
