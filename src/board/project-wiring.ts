// Wires a project's parts to a simulated board at power-on: the project's wiring.json when it has one, else the
// default wiring found in its code (see simulator/parts/default-wiring.ts), read with the target board's pin names
// (project-board.ts). Used by the CLI and the board worker.
import type { PartRegistry } from "../simulator/parts/registry";
import type { HostFileSystem } from "../interpreter/runtime/host";
import type { PartConfig } from "../simulator/parts/part";
import { parseWiring } from "../simulator/parts/wiring-file";
import { defaultWiring, type Flavor } from "../simulator/parts/default-wiring";
import { codeWithGpioNames, namesOnlyBoard, projectBoard } from "./project-board";

/** How the board reads the project: a file's text by drive path, and the .py files at the top of the drive. */
export interface ProjectFiles {
  readText(path: string): string | null;
  topLevelPython(): string[];
}

export const WIRING_FILE = "/wiring.json";

/**
 * The parts to wire, and the problems found in wiring.json (reported, not fatal). `board` is the board id the
 * project runs on when the caller overrides wiring.json's (`--board`).
 */
export function projectParts(files: ProjectFiles, flavor: Flavor, board?: string): { parts: PartConfig[]; errors: string[] } {
  const text = files.readText(WIRING_FILE);
  const target = projectBoard(text, board);
  const code = () => files.topLevelPython().map((p) => codeWithGpioNames(files.readText(p) ?? "", target.board));
  if (text === null || namesOnlyBoard(text)) return { parts: defaultWiring(code(), flavor), errors: target.errors };
  const parsed = parseWiring(text);
  const errors = [...target.errors, ...parsed.errors];
  if (!parsed.auto) return { parts: parsed.parts, errors };
  const listed = new Set(parsed.parts.map((p) => p.kind));
  const extra = defaultWiring(code(), flavor).filter((p) => !listed.has(p.kind));
  return { parts: [...parsed.parts, ...extra], errors };
}

/** Wires the project's parts; returns the messages about anything that could not be wired. */
export function wireProject(registry: PartRegistry, files: ProjectFiles, flavor: Flavor, board?: string): string[] {
  const { parts, errors } = projectParts(files, flavor, board);
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

/** The board id the project targets (the override, else wiring.json's, else the Pico's). */
export function projectBoardId(files: ProjectFiles, board?: string): string {
  return projectBoard(files.readText(WIRING_FILE), board).board.id;
}
