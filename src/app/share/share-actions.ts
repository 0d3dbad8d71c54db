// The Share dialog's actions: build the open project's link (stored edits first), leave lib/ out or not, copy it.
import type { ShareableProject } from "../../storage";
import { flushAll } from "../editor/saver";
import { db } from "../services";
import { getState } from "../state";
import { libContents, shareLinkInfo } from "./share-model";
import { getShare, setShare } from "./share-state";

/** The project as the dialog opened it; bytes stay out of the store, which holds only the link and its facts. */
let snapshot: ShareableProject | undefined;

/** The app's own address without any fragment: the link opens this same app. */
export function appBaseUrl(): string {
  return location.href.split("#")[0]!;
}

export async function openShareDialog(): Promise<void> {
  const open = getState().project;
  if (!open) return;
  // The link carries what is stored, so store the open editors' text first.
  const saved = await flushAll();
  const project = await readShareable(open.id);
  if (!project || getState().project?.id !== open.id) return;
  snapshot = project;
  setShare({
    outgoing: {
      projectName: project.name,
      leaveOutLib: false,
      libNames: libContents(project),
      info: shareLinkInfo(appBaseUrl(), project, false),
      unsaved: !saved,
    },
  });
}

/** The whole stored project: every file's bytes (text and binary), folders, flavour, wiring and name. */
export async function readShareable(id: string): Promise<ShareableProject | undefined> {
  const meta = await db().getProject(id);
  if (!meta) return undefined;
  const entries: ShareableProject["entries"] = [];
  for (const entry of await db().listEntries(id)) {
    if (entry.kind === "dir") entries.push({ path: entry.path, kind: "dir" });
    else entries.push({ path: entry.path, kind: "file", data: (await db().readFile(id, entry.path)) ?? new Uint8Array(0) });
  }
  return { name: meta.name, flavor: meta.flavor, ...(meta.wiring !== undefined ? { wiring: meta.wiring } : {}), entries };
}

export function setLeaveOutLib(leaveOutLib: boolean): void {
  const outgoing = getShare().outgoing;
  if (!outgoing || !snapshot) return;
  setShare({ outgoing: { ...outgoing, leaveOutLib, info: shareLinkInfo(appBaseUrl(), snapshot, leaveOutLib) } });
}

export function closeShareDialog(): void {
  snapshot = undefined;
  setShare({ outgoing: undefined });
}

/** Puts the link on the clipboard; false when the browser refuses (the dialog then asks for Ctrl+C). */
export async function copyShareLink(): Promise<boolean> {
  const link = getShare().outgoing?.info.link;
  if (!link) return false;
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}
