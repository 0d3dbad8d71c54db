// Message transport between tabs: BroadcastChannel, or localStorage "storage" events where it is missing
// (older Safari), or nothing at all (workers, Node), in which case each tab simply sees no peers.

export interface TabChannel {
  post(message: unknown): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
}

export interface StorageLike {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StorageEventSource {
  addEventListener(type: "storage", listener: (event: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: "storage", listener: (event: { key: string | null; newValue: string | null }) => void): void;
}

export function broadcastTabChannel(name: string): TabChannel | undefined {
  if (typeof BroadcastChannel !== "function") return undefined;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: unknown) => void>();
  channel.onmessage = (event: MessageEvent) => {
    for (const listener of listeners) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

/**
 * The "storage" event fires in every other tab of the origin when a key changes. Each message gets a
 * nonce so that posting the same message twice still counts as a change.
 */
export function storageTabChannel(name: string, storage: StorageLike, events: StorageEventSource): TabChannel {
  const key = `${name}:message`;
  const listeners = new Set<(message: unknown) => void>();
  const onStorage = (event: { key: string | null; newValue: string | null }) => {
    if (event.key !== key || event.newValue === null) return;
    let parsed: unknown;
    try {
      parsed = (JSON.parse(event.newValue) as { message?: unknown }).message;
    } catch {
      return;
    }
    for (const listener of listeners) listener(parsed);
  };
  events.addEventListener("storage", onStorage);
  return {
    post(message) {
      try {
        storage.setItem(key, JSON.stringify({ message, nonce: Math.random() }));
        storage.removeItem(key);
      } catch {
        // Storage full or blocked: coordination is a courtesy, never a reason to fail.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => events.removeEventListener("storage", onStorage),
  };
}

export function silentTabChannel(): TabChannel {
  return { post: () => {}, subscribe: () => () => {}, close: () => {} };
}

/** The best transport this environment offers. */
export function openTabChannel(name: string): TabChannel {
  const broadcast = broadcastTabChannel(name);
  if (broadcast) return broadcast;
  const g = globalThis as { localStorage?: StorageLike; addEventListener?: unknown };
  try {
    if (g.localStorage && typeof g.addEventListener === "function") {
      return storageTabChannel(name, g.localStorage, globalThis as unknown as StorageEventSource);
    }
  } catch {
    // Reading localStorage throws when cookies are blocked.
  }
  return silentTabChannel();
}
