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
/** The most parts version 1 kept. */
const MAX_PARTS = 16;

/** GPIOs on the Pico's header (GP23–GP25 and GP29 are used on the board itself). */
const HEADER_GPIOS = [...Array.from({ length: 23 }, (_, i) => i), 26, 27, 28];
/** GPIOs with an ADC channel on the header. */
const ADC_GPIOS = [26, 27, 28];

/** The pins a kind of part may use. */
function pinsFor(kind: PartKind): number[] {
  return kind === "pot" ? ADC_GPIOS : HEADER_GPIOS;
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
