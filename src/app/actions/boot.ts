// Start-up: open the database, wire the tab coordinator, then land in the last project (or the welcome screen).
import { ProjectStore, TabCoordinator, requestPersistentStorage } from "../../storage";
import { loadMonaco } from "../editor/monaco-loader";
import { flushAll, hasUnsaved } from "../editor/saver";
import { setServices } from "../services";
import { getState, setState } from "../state";
import { adoptRevision, refreshProjects } from "./project-state";
import { LAST_PROJECT_KEY, openProject } from "./projects";
import { onRemoteChange } from "./sync";
import { onOtherTabEditing, updateBadge } from "./tab-presence";

export async function boot(): Promise<void> {
  // Monaco is the biggest download: start it now, in parallel with opening the database.
  void loadMonaco().catch(() => undefined);
  const opened = await ProjectStore.tryOpen();
  if (!opened.ok) return void setState({ phase: "failed", failure: opened.error.message });
  const store = opened.value;
  const tabs = new TabCoordinator();
  setServices(store, tabs);
  tabs.follow(store);
  store.onChange((c) => !c.deleted && adoptRevision(c.projectId, c.revision));
  store.onClosedForUpgrade(() => setState({ reloadRequired: true }));
  tabs.onRemoteChange(onRemoteChange);
  tabs.onConflict(onOtherTabEditing);
  tabs.onPeersChange(updateBadge);
  void requestPersistentStorage();
  watchPageLifecycle();
  await refreshProjects();
  await openLastProject(store);
  setState({ phase: "ready" });
}

/** The last project; on a first visit with projects (none remembered) the most recent one; null means "welcome". */
async function openLastProject(store: ProjectStore): Promise<void> {
  const last = await store.getSetting<string | null>(LAST_PROJECT_KEY);
  const projects = getState().projects;
  const target = last === null ? undefined : (projects.find((p) => p.id === last) ?? projects[0]);
  if (target) await openProject(target.id);
}

/** Stores pending edits when the tab is hidden or closed: the last moments a page reliably gets. */
function watchPageLifecycle(): void {
  const flush = () => void flushAll();
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());
  // Only when something could not be stored yet does leaving ask for confirmation.
  addEventListener("beforeunload", (event) => {
    if (!hasUnsaved()) return;
    flush();
    event.preventDefault();
  });
}
