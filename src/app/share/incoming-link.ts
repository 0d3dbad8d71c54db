// Shared links coming in (`#p=...` at load or on hashchange): validate and preview, then open as a NEW project or
// cancel. Nothing is stored before "Open"; the fragment leaves the address bar either way.
import { decodeShareFragment, isTextPath, type SharedProject } from "../../storage";
import { notify, showError } from "../actions/notices";
import { refreshProjects } from "../actions/project-state";
import { openProject } from "../actions/projects";
import { wiredPartLabels } from "../simulator/wiring-migration";
import { db } from "../services";
import { getShare, setShare, type IncomingShare } from "./share-state";

const LINK_PREFIX = "#p=";
/** The validated project awaiting the user's choice (bytes stay out of the store). */
let pending: SharedProject | undefined;

/** Checks the address now and whenever its fragment changes; returns the function that stops watching. */
export function watchSharedLinks(): () => void {
  const check = () => checkForSharedLink(location.hash);
  check();
  addEventListener("hashchange", check);
  return () => removeEventListener("hashchange", check);
}

/** Reads a fragment: a project link shows its preview (or why it was refused); anything else is left alone. */
export function checkForSharedLink(hash: string): void {
  if (!hash.startsWith(LINK_PREFIX)) return;
  const decoded = decodeShareFragment(hash);
  if (!decoded.ok) {
    pending = undefined;
    setShare({ incoming: { kind: "refused", message: decoded.error.message } });
    return;
  }
  pending = decoded.value;
  setShare({ incoming: previewOf(decoded.value) });
}

export function previewOf(project: SharedProject): IncomingShare {
  return {
    kind: "preview",
    name: project.name,
    flavor: project.flavor,
    files: project.entries.map((e) => ({ path: e.path, kind: e.kind, size: e.data?.length ?? 0 })),
    // Wiring from a link is untrusted: it is shown (and later loaded) only as the simulator validates it.
    parts: wiredPartLabels(project.entries, project.wiring),
    leftOut: project.leftOut,
    opening: false,
  };
}

/** A file of the previewed project, for the read-only look: text when it is text, else just its size. */
export function incomingFile(path: string): { kind: "text"; text: string } | { kind: "binary"; size: number } | undefined {
  const entry = pending?.entries.find((e) => e.path === path && e.kind === "file");
  if (!entry?.data) return undefined;
  if (isTextPath(path)) {
    try {
      return { kind: "text", text: new TextDecoder("utf-8", { fatal: true }).decode(entry.data) };
    } catch {
      // Not UTF-8 after all: shown as binary.
    }
  }
  return { kind: "binary", size: entry.data.length };
}

/** "Open as a new project": stored beside the others (never over one), then opened. */
export async function openIncoming(): Promise<void> {
  const incoming = getShare().incoming;
  const project = pending;
  if (!project || incoming?.kind !== "preview" || incoming.opening) return;
  setShare({ incoming: { ...incoming, opening: true } });
  const created = await db().createFromRestored(project);
  if (!created.ok) {
    setShare({ incoming: { ...incoming, opening: false } });
    showError(`Couldn't open the shared project: ${created.error.message}`);
    return;
  }
  finish();
  await refreshProjects();
  const switched = await openProject(created.value.id);
  notify("success", switched ? `Opened "${created.value.name}" from the link as a new project.` : `Saved "${created.value.name}" from the link; it is in your project list.`);
}

/** Cancel (or dismiss a refused link): nothing stored changes. */
export function cancelIncoming(): void {
  finish();
}

function finish(): void {
  pending = undefined;
  setShare({ incoming: undefined });
  clearFragment();
}

/** Removes the project from the address bar, so a reload or a bookmark doesn't offer it again. */
export function clearFragment(): void {
  if (!location.hash) return;
  history.replaceState(history.state, "", location.pathname + location.search);
}
