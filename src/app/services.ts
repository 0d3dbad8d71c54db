// Live services (the project database and the tab coordinator) kept outside the zustand store; actions reach them here.
import type { ProjectStore, TabCoordinator } from "../storage";

let projectStore: ProjectStore | undefined;
let tabCoordinator: TabCoordinator | undefined;

export function setServices(store: ProjectStore, tabs: TabCoordinator): void {
  projectStore = store;
  tabCoordinator = tabs;
}

/** The open ProjectStore. Actions run only after boot succeeded, so a missing store is a programming error. */
export function db(): ProjectStore {
  if (!projectStore) throw new Error("ProjectStore used before boot finished");
  return projectStore;
}

export function tabs(): TabCoordinator {
  if (!tabCoordinator) throw new Error("TabCoordinator used before boot finished");
  return tabCoordinator;
}

export function hasServices(): boolean {
  return projectStore !== undefined;
}
