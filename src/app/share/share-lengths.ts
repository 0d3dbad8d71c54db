// Figures for the record: how long the share link of each example project is (whole, and with lib/ left out), and
// that of a 10 KB source project, against the length above which the Share dialog warns. Printed by
// `npm run share:lengths` (scripts/share-lengths.ts).
import { CHAT_SAFE_LINK_LENGTH, restoreProject, type RestoredProject } from "../../storage";
import { EXAMPLES, exampleFiles, exampleId } from "../../examples";
import { exampleProject } from "../examples/example-project";
import { QR_MAX_LENGTH, shareLinkInfo } from "./share-model";

export const SOURCE_PROJECT_BYTES = 10 * 1024;

export interface LinkLengthRow {
  project: string;
  /** Bytes of file data in the project. */
  bytes: number;
  length: number;
  /** The length with everything inside lib/ left out, when the project has something there. */
  withoutLib?: number;
}

/**
 * A MicroPython project whose main.py is 10 KB of ordinary Python: the CircuitPython asyncio example's own package
 * (code with comments and docstrings), cut at a line end to exactly 10,240 bytes or just under.
 */
export function sourceProject(bytes = SOURCE_PROJECT_BYTES): RestoredProject {
  const text = exampleFiles({ flavor: "circuitpython", slug: "asyncio-tasks" })
    .filter((f) => f.path.startsWith("lib/asyncio/") && f.data !== undefined)
    .map((f) => f.data!)
    .join("\n");
  const cut = text.slice(0, text.lastIndexOf("\n", bytes) + 1);
  const project = restoreProject({ name: "10 KB of Python", flavor: "micropython", files: [{ path: "main.py", data: cut }] }, { source: "example" });
  if (!project.ok) throw new Error(project.error.message);
  return project.value;
}

function row(name: string, project: RestoredProject, baseUrl: string): LinkLengthRow {
  const bytes = project.entries.reduce((n, e) => n + (e.data?.length ?? 0), 0);
  const whole = shareLinkInfo(baseUrl, project, false);
  const hasLib = project.entries.some((e) => e.path.toLowerCase().startsWith("lib/"));
  return { project: name, bytes, length: whole.length, ...(hasLib ? { withoutLib: shareLinkInfo(baseUrl, project, true).length } : {}) };
}

/** One row per example, then the 10 KB source project. */
export function linkLengthRows(baseUrl: string): LinkLengthRow[] {
  const rows = EXAMPLES.map((example) => {
    const project = exampleProject(example);
    if (!project.ok) throw new Error(`${exampleId(example)}: ${project.error.message}`);
    return row(exampleId(example), project.value, baseUrl);
  });
  return [...rows, row("10 KB source project (main.py)", sourceProject(), baseUrl)];
}

/** The table as text, with the limits it is read against. */
export function linkLengthReport(baseUrl: string): string {
  const rows = linkLengthRows(baseUrl);
  const width = Math.max(...rows.map((r) => r.project.length));
  const lines = rows.map((r) => {
    const warn = r.length > CHAT_SAFE_LINK_LENGTH ? "  (dialog warns)" : "";
    const lib = r.withoutLib !== undefined && r.withoutLib !== r.length ? `, ${r.withoutLib} without lib/` : "";
    return `${r.project.padEnd(width)}  ${String(r.bytes).padStart(6)} bytes  ${String(r.length).padStart(6)} characters${lib}${warn}`;
  });
  return [
    `Share link lengths, base URL ${baseUrl} (${baseUrl.length} characters)`,
    `The dialog warns above ${CHAT_SAFE_LINK_LENGTH} characters (chat tools may cut the link) and draws a QR code up to ${QR_MAX_LENGTH}.`,
    "",
    ...lines,
  ].join("\n");
}
