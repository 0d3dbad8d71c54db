// wiring.json, the parts a project wires to its board (read by the CLI and the board worker): parsed and checked
// here, one message per problem; a bad entry is dropped, never trusted. Format: see parts/README.md.
import type { ControlValue, PartConfig } from "./part";

export interface ParsedWiring {
  parts: PartConfig[];
  /** Also wire the default parts the code obviously uses (those of kinds not listed here). */
  auto: boolean;
  errors: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A pin as a GPIO number: 4, "GP4", "GPIO4", "A0" (= GP26). */
export function parsePin(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v !== "string") return null;
  const gp = /^(?:GP|GPIO)?(\d+)$/i.exec(v.trim());
  if (gp) return Number(gp[1]);
  const a = /^A([0-3])$/i.exec(v.trim());
  return a ? 26 + Number(a[1]) : null;
}

/** An address as a number: 60 or "0x3C". */
function parseAddress(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^(0x[0-9a-f]+|\d+)$/i.test(v.trim())) return Number(v.trim());
  return null;
}

function parseEntry(raw: unknown, index: number, errors: string[]): PartConfig | null {
  const where = `wiring.json: part ${index + 1}`;
  if (!isRecord(raw) || typeof raw.kind !== "string") {
    errors.push(`${where}: needs a "kind"`);
    return null;
  }
  const part: PartConfig = { kind: raw.kind };
  if (typeof raw.id === "string" && raw.id !== "") part.id = raw.id;
  if (raw.pins !== undefined) {
    if (!isRecord(raw.pins)) return errors.push(`${where}: "pins" must be an object`), null;
    part.pins = {};
    for (const [role, v] of Object.entries(raw.pins)) {
      const pin = parsePin(v);
      if (pin === null) return errors.push(`${where}: pin '${role}' is not a GPIO (${JSON.stringify(v)})`), null;
      part.pins[role] = pin;
    }
  }
  if (raw.address !== undefined) {
    const a = parseAddress(raw.address);
    if (a === null) return errors.push(`${where}: bad address ${JSON.stringify(raw.address)}`), null;
    part.address = a;
  }
  if (isRecord(raw.options)) {
    const options: Record<string, ControlValue> = {};
    for (const [k, v] of Object.entries(raw.options)) {
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") options[k] = v;
    }
    part.options = options;
  }
  return part;
}

export function parseWiring(text: string): ParsedWiring {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { parts: [], auto: false, errors: [`wiring.json: ${(e as Error).message}`] };
  }
  const list = Array.isArray(json) ? json : isRecord(json) ? json.parts : undefined;
  if (!Array.isArray(list)) return { parts: [], auto: false, errors: ['wiring.json: expected {"parts": [...]}'] };
  const errors: string[] = [];
  const parts = list.map((raw, i) => parseEntry(raw, i, errors)).filter((p): p is PartConfig => p !== null);
  return { parts, auto: isRecord(json) && json.auto === true, errors };
}
