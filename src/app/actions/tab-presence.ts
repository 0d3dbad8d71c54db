// Which other browser tabs have our project open. The tab that opened the project later gets a banner with a
// choice; the tab that had it first only gets a quiet badge, since its user did nothing surprising. Tabs compare
// when they opened the project over a small channel of their own (TabCoordinator says only *that* they share it).
import { tabs } from "../services";
import { getState, setState } from "../state";

interface Since {
  projectId: string;
  since: number;
  from: string;
  reply: boolean;
}

const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("pyco-editing-since") : undefined;
let since = 0;

export function announceEditing(projectId: string | undefined): void {
  since = Date.now();
  tabs().setEditing(projectId);
  updateBadge();
}

/** TabCoordinator.onConflict: tell the other tabs when we opened the project; they answer with theirs. */
export function onOtherTabEditing(projectId: string): void {
  if (getState().project?.id !== projectId) return;
  setState({ sharedWithOtherTab: true });
  if (channel) channel.postMessage({ projectId, since, from: tabs().tabId, reply: false } satisfies Since);
  else markNewcomer();
}

channel?.addEventListener("message", (event: MessageEvent<Since>) => {
  const other = event.data;
  const project = getState().project;
  if (!project || other?.projectId !== project.id || other.from === tabs().tabId) return;
  if (!other.reply) channel.postMessage({ projectId: project.id, since, from: tabs().tabId, reply: true } satisfies Since);
  setState({ sharedWithOtherTab: true });
  // Ties (same millisecond) are broken by tab id so exactly one tab is the newcomer.
  if (other.since < since || (other.since === since && other.from < tabs().tabId)) markNewcomer();
});

function markNewcomer(): void {
  if (!getState().conflict) setState({ conflict: { kind: "open-elsewhere" } });
}

/** TabCoordinator.onPeersChange: the badge goes away when the other tab closes or leaves the project. */
export function updateBadge(): void {
  const project = getState().project;
  const shared = project ? tabs().othersEditing(project.id).length > 0 : false;
  const { conflict, sharedWithOtherTab } = getState();
  if (shared !== sharedWithOtherTab) setState({ sharedWithOtherTab: shared });
  if (!shared && conflict?.kind === "open-elsewhere") setState({ conflict: undefined });
}
