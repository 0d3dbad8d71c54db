// TabCoordinator: tells tabs of the same browser which project each one edits and when a project changed.

export interface TabCoordinatorOptions {
  channelName?: string;
  tabId?: string;
}

export class TabCoordinator {
  readonly tabId: string;
  constructor(options: TabCoordinatorOptions = {}) {
    this.tabId = options.tabId ?? Math.random().toString(36).slice(2);
  }
  /** Announce the project this tab edits (undefined: none). */
  setEditing(projectId: string | undefined): void { void projectId; }
  /** Tab ids of other tabs editing this project. */
  othersEditing(projectId: string): string[] { void projectId; return []; }
  /** Tell other tabs that this tab committed a change. */
  notifyChange(projectId: string, revision: number, deleted = false): void { void projectId; void revision; void deleted; }
  onConflict(listener: (projectId: string, otherTabIds: string[]) => void): () => void { void listener; return () => {}; }
  onRemoteChange(listener: (projectId: string, revision: number, info: { deleted: boolean }) => void): () => void { void listener; return () => {}; }
  close(): void {}
}
