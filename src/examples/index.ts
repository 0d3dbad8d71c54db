// The example projects bundled into the app (so the gallery works offline): the catalog and each example's files.
import { EXAMPLES, exampleId, type ExampleInfo } from "./catalog";

export * from "./catalog";

// Every file under projects/<flavor>/<slug>/, as text: examples hold only source files.
const SOURCES = import.meta.glob<string>("./projects/**/*", { query: "?raw", import: "default", eager: true });

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

export function findExample(id: string): ExampleInfo | undefined {
  return EXAMPLES.find((e) => exampleId(e) === id);
}
