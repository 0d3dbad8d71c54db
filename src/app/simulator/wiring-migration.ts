// From the first wiring format (project metadata, version 1: led/button/pot by pin) to wiring.json, decided once
// when a project opens: a project with metadata wiring and no wiring.json gets the file, and the metadata is cleared.
import { restoreWiring } from "./wiring-v1";
import { partLabels, readWiringText, withIds, wiringText, WIRING_PATH, type PartConfig } from "./wiring";

const ROLES = { led: ["led", "anode"], button: ["button", "signal"], pot: ["potentiometer", "wiper"] } as const;

/** The version-1 parts as wiring.json parts (anything damaged in the metadata is dropped, as before). */
export function migrateV1(stored: unknown): PartConfig[] {
  return withIds(
    restoreWiring(stored).parts.map((p) => {
      const [kind, role] = ROLES[p.kind];
      return { kind, pins: { [role]: p.pin } };
    }),
  );
}

export interface WiringOnOpen {
  /** wiring.json's text to use now (null: the project has none, the code's default wiring shows). */
  text: string | null;
  /** The text was made from the metadata: write it as wiring.json. */
  write: boolean;
  /** The metadata still holds wiring: clear it (wiring.json is the one place parts live). */
  clearMeta: boolean;
}

export function wiringOnOpen(fileText: string | null, metaWiring: unknown): WiringOnOpen {
  const clearMeta = metaWiring !== undefined && metaWiring !== null;
  if (fileText !== null) return { text: fileText, write: false, clearMeta };
  const migrated = migrateV1(metaWiring);
  if (migrated.length === 0) return { text: null, write: false, clearMeta };
  return { text: wiringText(migrated), write: true, clearMeta };
}

/** The parts a project brings (its wiring.json, else its version-1 metadata), as labels for a preview. */
export function wiredPartLabels(entries: readonly { path: string; kind: string; data?: Uint8Array }[], metaWiring: unknown): string[] {
  const file = entries.find((e) => e.kind === "file" && e.path === WIRING_PATH);
  if (file) return partLabels(withIds(readWiringText(new TextDecoder().decode(file.data ?? new Uint8Array(0))).parts));
  return partLabels(migrateV1(metaWiring));
}
