// Wires a project's parts to a simulated board at power-on: the project's wiring.json when it has one, else the
// default wiring found in its code (see simulator/parts/default-wiring.ts). Used by the CLI and the board worker.
import type { PartRegistry } from "../simulator/parts/registry";
import type { HostFileSystem } from "../interpreter/runtime/host";
import type { PartConfig } from "../simulator/parts/part";
import { parseWiring } from "../simulator/parts/wiring-file";
import { defaultWiring, type Flavor } from "../simulator/parts/default-wiring";

/** How the board reads the project: a file's text by drive path, and the .py files at the top of the drive. */
export interface ProjectFiles {
  readText(path: string): string | null;
  topLevelPython(): string[];
}

export const WIRING_FILE = "/wiring.json";

/** The parts to wire, and the problems found in wiring.json (reported, not fatal). */
export function projectParts(files: ProjectFiles, flavor: Flavor): { parts: PartConfig[]; errors: string[] } {
  const text = files.readText(WIRING_FILE);
  const code = () => files.topLevelPython().map((p) => files.readText(p) ?? "");
  if (text === null) return { parts: defaultWiring(code(), flavor), errors: [] };
  const parsed = parseWiring(text);
  if (!parsed.auto) return { parts: parsed.parts, errors: parsed.errors };
  const listed = new Set(parsed.parts.map((p) => p.kind));
  const extra = defaultWiring(code(), flavor).filter((p) => !listed.has(p.kind));
  return { parts: [...parsed.parts, ...extra], errors: parsed.errors };
}

/** Wires the project's parts; returns the messages about anything that could not be wired. */
export function wireProject(registry: PartRegistry, files: ProjectFiles, flavor: Flavor): string[] {
  const { parts, errors } = projectParts(files, flavor);
  registry.wireAll(parts, (message) => errors.push(`wiring: ${message}`));
  return errors;
}

/** A board's drive as ProjectFiles (the browser's board reads the project from its drive). */
export function driveProjectFiles(fs: HostFileSystem): ProjectFiles {
  return {
    readText: (path) => (fs.stat(path)?.kind === "file" ? new TextDecoder().decode(fs.readFile(path)) : null),
    topLevelPython: () => fs.listDir("/").filter((n) => n.endsWith(".py")).map((n) => "/" + n),
  };
}
