// Which other browser tabs have our project open. The tab that opens a project second gets a banner with a
// choice; the tab that had it first only gets a quiet badge, since its user did nothing surprising.
import { tabs } from "../services";
import { getState, setState } from "../state";

// A conflict reported this soon after we announced a project means we are the newcomer.
const NEWCOMER_WINDOW_MS = 2000;
let announcedAt = 0;

export function announceEditing(projectId: string | undefined): void {
  announcedAt = Date.now();
  tabs().setEditing(projectId);
  updateBadge();
}

/** TabCoordinator.onConflict. */
export function onOtherTabEditing(projectId: string): void {
  const { project, conflict } = getState();
  if (project?.id !== projectId) return;
  if (Date.now() - announcedAt < NEWCOMER_WINDOW_MS) {
    if (!conflict) setState({ conflict: { kind: "open-elsewhere" } });
  } else {
    setState({ sharedWithOtherTab: true });
  }
}

/** TabCoordinator.onPeersChange: the badge goes away when the other tab closes or leaves the project. */
export function updateBadge(): void {
  const project = getState().project;
  const shared = project ? tabs().othersEditing(project.id).length > 0 : false;
  const { conflict, sharedWithOtherTab } = getState();
  if (shared !== sharedWithOtherTab) setState({ sharedWithOtherTab: shared });
  if (!shared && conflict?.kind === "open-elsewhere") setState({ conflict: undefined });
}
