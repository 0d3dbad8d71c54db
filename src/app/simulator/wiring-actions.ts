// Wiring actions: read the open project's wiring.json (migrating version-1 metadata wiring once), show the code's
// default parts when there is none, and write the file back when parts are added, moved or removed — restarting a
// running board, as Wokwi does. A wiring.json with problems is reported and never rewritten without being asked.
import { projectParts } from "../../board/project-wiring";
import { namesOnlyBoard, wiringBoard } from "../../board/project-board";
import { getSimulator, setSimulator, type WiringView } from "./simulator-state";
import { simulatorProject, type SimulatorProject } from "./simulator-services";
import { resetBoard } from "./simulator-actions";
import { wiringOnOpen } from "./wiring-migration";
import * as model from "./wiring";

/** Reads the project's wiring when it opens: migrates metadata wiring to wiring.json, clears the metadata. */
export async function loadProjectWiring(project: SimulatorProject | null): Promise<void> {
  if (!project) return void setSimulator({ wiring: { source: "file", parts: [], extra: {}, errors: [] } });
  setSimulator({ wiring: { source: "loading", parts: [], extra: {}, errors: [] } });
  let read: { wiring: string | null; sources: string[] };
  try {
    read = await project.readWiringSources();
  } catch (e) {
    // Reported, and the panel leaves the wiring alone rather than write over a file it could not read.
    const message = `wiring.json could not be read: ${e instanceof Error ? e.message : String(e)}`;
    if (simulatorProject()?.id === project.id) setSimulator({ wiring: { source: "file", parts: [], extra: {}, errors: [message] } });
    return;
  }
  const { wiring: fileText, sources } = read;
  const plan = wiringOnOpen(fileText, project.metaWiring);
  try {
    if (plan.write && plan.text !== null) await project.writeWiringFile(plan.text);
    if (plan.clearMeta) await project.clearMetaWiring();
  } catch {
    // Reported by the adapter; the parts still show from the metadata this time.
  }
  if (simulatorProject()?.id !== project.id) return;
  setSimulator({ wiring: view(project, plan.text, sources) });
}

/** Reads the wiring again (the user saved wiring.json or the code in the editor). */
export async function reloadWiring(): Promise<void> {
  const project = simulatorProject();
  if (!project) return;
  const read = await project.readWiringSources().catch(() => null);
  if (!read) return; // keep what is shown; the next save tries again
  const { wiring: text, sources } = read;
  if (simulatorProject()?.id !== project.id) return;
  setSimulator({ wiring: view(project, text, sources) });
}

function view(project: SimulatorProject, text: string | null, sources: string[]): WiringView {
  // The board it targets: wiring.json's "board" (a wrong one is reported with the file's problems).
  const target = text === null ? { board: null, error: null } : wiringBoard(text);
  const board = target.board ?? undefined;
  const boardErrors = target.error === null ? [] : [target.error];
  if (text === null || namesOnlyBoard(text)) {
    // The board's own default wiring, from the same top-level .py files it will read, with the board's pin names
    // (a file naming only the board keeps it when the first edit writes the parts).
    const paths = sources.map((_, i) => `/${i}.py`);
    const files = { readText: (path: string) => sources[paths.indexOf(path)] ?? null, topLevelPython: () => paths };
    const extra = text === null ? {} : model.readWiringText(text).extra;
    return { source: "code", parts: model.withIds(projectParts(files, project.flavor, board).parts), extra, errors: boardErrors, board };
  }
  const read = model.readWiringText(text);
  return { source: "file", parts: model.withIds(read.parts), extra: read.extra, errors: [...boardErrors, ...read.errors], board };
}

/** Adds a part of `kind` (on the pins and address given, else on free usual ones); returns its id. */
export async function addPart(kind: string, pins?: Record<string, number>, address?: number): Promise<string | undefined> {
  const parts = getSimulator().wiring.parts;
  if (parts.length >= model.MAX_PARTS) return undefined;
  const part = model.newPart(kind, parts);
  // Only pins the kind has, on GPIOs it may use (optional ones included).
  for (const [role, pin] of Object.entries(pins ?? {})) {
    const moved = model.movePart([{ ...part, id: "new" }], "new", role, pin)[0];
    part.pins = moved.pins;
  }
  if (address !== undefined) part.address = address;
  const next = model.addPart(parts, part);
  return (await changeWiring(next)) ? next.at(-1)?.id : undefined;
}

export function movePart(id: string, role: string, pin: number): Promise<boolean> {
  return changeWiring(model.movePart(getSimulator().wiring.parts, id, role, pin));
}

export function unwirePartPin(id: string, role: string): Promise<boolean> {
  return changeWiring(model.unwirePin(getSimulator().wiring.parts, id, role));
}

export function setPartAddress(id: string, address: number): Promise<boolean> {
  return changeWiring(model.setAddress(getSimulator().wiring.parts, id, address));
}

export function setPartOption(id: string, name: string, value: number | boolean | string): Promise<boolean> {
  return changeWiring(model.setOption(getSimulator().wiring.parts, id, name, value));
}

export function removePart(id: string): Promise<boolean> {
  const { controls } = getSimulator();
  if (controls[id]) {
    const rest = { ...controls };
    delete rest[id];
    setSimulator({ controls: rest });
  }
  return changeWiring(model.removePart(getSimulator().wiring.parts, id));
}

/** Replaces a wiring.json that has problems with the parts shown that the board can wire (only when the user asks). */
export function replaceBrokenWiring(): Promise<boolean> {
  const usable = getSimulator().wiring.parts.filter((p) => model.checkParts([p]).length === 0);
  return changeWiring(usable, { force: true });
}

/**
 * Writes the new parts as wiring.json (the first edit of a project wired from its code writes what was shown,
 * with the edit). A running board restarts with them.
 */
async function changeWiring(next: model.PartConfig[], opts: { force?: boolean } = {}): Promise<boolean> {
  const project = simulatorProject();
  const current = getSimulator().wiring;
  if (!project || current.source === "loading" || (current.errors.length > 0 && !opts.force)) return false;
  const parts = model.withIds(next);
  const extra = current.extra;
  const text = model.wiringText(parts, extra);
  try {
    await project.writeWiringFile(text);
  } catch {
    return false; // the adapter reported why; the panel keeps showing the file as it is
  }
  if (simulatorProject()?.id !== project.id) return false;
  setSimulator({ wiring: { source: "file", parts, extra, errors: [], board: current.board } });
  if (getSimulator().power === "running") {
    setSimulator({ notice: "The wiring changed, so the board restarted with the new parts." });
    await resetBoard();
  }
  return true;
}
