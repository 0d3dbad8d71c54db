// TabCoordinator: tells tabs of the same browser which project each one edits and when a project changed,
// so the UI can warn before two tabs edit one project. UI-free: it reports, the UI decides what to say.
import { newId } from "./ids";
import { openTabChannel, type TabChannel } from "./tab-channel";
import type { StoreChange } from "./types";

export interface TabCoordinatorOptions {
  channelName?: string;
  tabId?: string;
  /** Injected transport (tests, or a custom one); defaults to openTabChannel(channelName). */
  channel?: TabChannel;
  /** Tabs re-announce themselves this often and are forgotten after three silent periods; 0 disables. */
  heartbeatMs?: number;
  now?: () => number;
}

type TabMessage =
  | { type: "hello"; from: string }
  | { type: "editing"; from: string; projectId: string | null; reply: boolean }
  | { type: "bye"; from: string }
  | { type: "changed"; from: string; projectId: string; revision: number; deleted: boolean };

interface Peer {
  projectId: string | null;
  seen: number;
}

type ConflictListener = (projectId: string, otherTabIds: string[]) => void;
type RemoteChangeListener = (projectId: string, revision: number, info: { deleted: boolean }) => void;

/** Messages come from other tabs, possibly running other versions of Pyco; anything unexpected is dropped. */
function parseMessage(raw: unknown): TabMessage | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (typeof m.from !== "string") return undefined;
  switch (m.type) {
    case "hello":
    case "bye":
      return { type: m.type, from: m.from };
    case "editing":
      if (m.projectId !== null && typeof m.projectId !== "string") return undefined;
      return { type: "editing", from: m.from, projectId: m.projectId, reply: m.reply === true };
    case "changed":
      if (typeof m.projectId !== "string" || typeof m.revision !== "number") return undefined;
      return { type: "changed", from: m.from, projectId: m.projectId, revision: m.revision, deleted: m.deleted === true };
    default:
      return undefined;
  }
}

export class TabCoordinator {
  readonly tabId: string;
  private readonly channel: TabChannel;
  private readonly peers = new Map<string, Peer>();
  private readonly conflictListeners = new Set<ConflictListener>();
  private readonly changeListeners = new Set<RemoteChangeListener>();
  private readonly peerListeners = new Set<() => void>();
  // Tabs already reported as conflicting for the current project, so each one is reported once.
  private readonly reported = new Set<string>();
  private readonly heartbeatMs: number;
  private readonly now: () => number;
  private readonly unsubscribe: () => void;
  private timer: ReturnType<typeof setInterval> | undefined;
  private editing: string | null = null;
  private closed = false;
  private readonly onPageHide = () => this.post({ type: "bye", from: this.tabId });

  constructor(options: TabCoordinatorOptions = {}) {
    this.tabId = options.tabId ?? newId();
    this.channel = options.channel ?? openTabChannel(options.channelName ?? "pyco-tabs");
    this.heartbeatMs = options.heartbeatMs ?? 10_000;
    this.now = options.now ?? Date.now;
    this.unsubscribe = this.channel.subscribe((raw) => this.receive(raw));
    this.startHeartbeat();
    pageEvents()?.addEventListener("pagehide", this.onPageHide);
    this.post({ type: "hello", from: this.tabId });
  }

  /** Announces the project this tab edits (undefined: none). Reports a conflict at once if others have it open. */
  setEditing(projectId: string | undefined): void {
    const next = projectId ?? null;
    if (next !== this.editing) this.reported.clear();
    this.editing = next;
    this.post({ type: "editing", from: this.tabId, projectId: next, reply: false });
    this.checkConflict();
  }

  /** Ids of other live tabs that have this project open. */
  othersEditing(projectId: string): string[] {
    this.expirePeers();
    return [...this.peers].filter(([, p]) => p.projectId === projectId).map(([id]) => id);
  }

  /** Tells other tabs that this tab committed a change (wire to ProjectStore.onChange). */
  notifyChange(projectId: string, revision: number, deleted = false): void {
    this.post({ type: "changed", from: this.tabId, projectId, revision, deleted });
  }

  /** Forwards every change committed through `store` (a ProjectStore) to the other tabs. Returns an unsubscribe. */
  follow(store: { onChange(listener: (change: StoreChange) => void): () => void }): () => void {
    return store.onChange((c) => this.notifyChange(c.projectId, c.revision, c.deleted));
  }

  /** Another tab has (or opened) the project this tab edits. Fired once per other tab and project. */
  onConflict(listener: ConflictListener): () => void {
    this.conflictListeners.add(listener);
    return () => this.conflictListeners.delete(listener);
  }

  /** Another tab changed, created or deleted a project (revision -1 and deleted: true for deletions). */
  onRemoteChange(listener: RemoteChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Any change in which tabs are open on what (for an "also open in another tab" badge). */
  onPeersChange(listener: () => void): () => void {
    this.peerListeners.add(listener);
    return () => this.peerListeners.delete(listener);
  }

  close(): void {
    if (this.closed) return;
    this.post({ type: "bye", from: this.tabId });
    this.closed = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    pageEvents()?.removeEventListener("pagehide", this.onPageHide);
    this.unsubscribe();
    this.channel.close();
  }

  private post(message: TabMessage): void {
    if (!this.closed) this.channel.post(message);
  }

  private receive(raw: unknown): void {
    const m = parseMessage(raw);
    if (!m || m.from === this.tabId || this.closed) return;
    switch (m.type) {
      case "hello":
        this.touchPeer(m.from, this.peers.get(m.from)?.projectId ?? null);
        this.post({ type: "editing", from: this.tabId, projectId: this.editing, reply: true });
        break;
      case "editing":
        this.touchPeer(m.from, m.projectId);
        // Answer a new announcement on our project, so the other tab learns about us even if it missed our hello reply.
        if (!m.reply && m.projectId !== null && m.projectId === this.editing) {
          this.post({ type: "editing", from: this.tabId, projectId: this.editing, reply: true });
        }
        this.checkConflict();
        break;
      case "bye":
        if (this.peers.delete(m.from)) this.firePeers();
        this.reported.delete(m.from);
        break;
      case "changed":
        this.touchPeer(m.from, this.peers.get(m.from)?.projectId ?? null);
        for (const listener of this.changeListeners) listener(m.projectId, m.revision, { deleted: m.deleted });
        break;
    }
  }

  private touchPeer(tabId: string, projectId: string | null): void {
    const before = this.peers.get(tabId);
    this.peers.set(tabId, { projectId, seen: this.now() });
    if (before?.projectId !== projectId) {
      if (projectId !== this.editing) this.reported.delete(tabId);
      this.firePeers();
    }
  }

  private checkConflict(): void {
    if (this.editing === null) return;
    const others = this.othersEditing(this.editing);
    const fresh = others.filter((id) => !this.reported.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.reported.add(id);
    for (const listener of this.conflictListeners) listener(this.editing, others);
  }

  private firePeers(): void {
    for (const listener of this.peerListeners) listener();
  }

  private startHeartbeat(): void {
    if (this.heartbeatMs <= 0) return;
    this.timer = setInterval(() => {
      this.post({ type: "editing", from: this.tabId, projectId: this.editing, reply: true });
      this.expirePeers();
    }, this.heartbeatMs);
    // In Node (tests, CLI) the heartbeat must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** A tab that crashed or was frozen never says bye; forget it after three missed heartbeats. */
  private expirePeers(): void {
    if (this.heartbeatMs <= 0) return;
    const cutoff = this.now() - 3 * this.heartbeatMs;
    let changed = false;
    for (const [id, peer] of this.peers) {
      if (peer.seen < cutoff) {
        this.peers.delete(id);
        this.reported.delete(id);
        changed = true;
      }
    }
    if (changed) this.firePeers();
  }
}

interface PageEvents {
  addEventListener(type: "pagehide", listener: () => void): void;
  removeEventListener(type: "pagehide", listener: () => void): void;
}

/** The window, when there is one: "pagehide" is the last reliable moment to say bye. */
function pageEvents(): PageEvents | undefined {
  const g = globalThis as { addEventListener?: unknown; document?: unknown };
  return typeof g.addEventListener === "function" && g.document !== undefined ? (globalThis as unknown as PageEvents) : undefined;
}
