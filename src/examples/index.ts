// The example projects bundled into the app (so the gallery works offline): the catalog, each example's files, and
// its parts as its own wiring.json says (the one source of truth for what an example wires to the board).
import { parseWiring } from "../simulator/parts/wiring-file";
import { EXAMPLE_ENTRIES, exampleId, type ExampleEntry, type ExampleInfo } from "./catalog";

export * from "./catalog";

// Every file under projects/<flavor>/<slug>/, as text: examples hold only source files.
const SOURCES = import.meta.glob<string>("./projects/**/*", { query: "?raw", import: "default", eager: true });

export const WIRING_FILE = "wiring.json";

/** A file (with its text) or a folder (path ending in "/"), as restoreProject takes them. */
export interface ExampleFile {
  path: string;
  data?: string;
}

/** The example's files and folders; every example has a lib/ folder, as a board's drive does. */
export function exampleFiles(example: Pick<ExampleInfo, "flavor" | "slug">): ExampleFile[] {
  const prefix = `./projects/${exampleId(example)}/`;
  const files = Object.entries(SOURCES)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, text]) => ({ path: key.slice(prefix.length), data: text }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return [{ path: "lib/" }, ...files];
}

/** The example's wiring.json as the board reads it: its parts, and any problems (an example must have none). */
export function exampleWiring(example: Pick<ExampleInfo, "flavor" | "slug">): ReturnType<typeof parseWiring> {
  const text = SOURCES[`./projects/${exampleId(example)}/${WIRING_FILE}`];
  if (text === undefined) return { parts: [], auto: false, errors: [`${exampleId(example)} has no ${WIRING_FILE}`] };
  return parseWiring(text);
}

function withParts(entry: ExampleEntry): ExampleInfo {
  return { ...entry, parts: exampleWiring(entry).parts };
}

export const EXAMPLES: readonly ExampleInfo[] = EXAMPLE_ENTRIES.map(withParts);

export function findExample(id: string): ExampleInfo | undefined {
  return EXAMPLES.find((e) => exampleId(e) === id);
}
