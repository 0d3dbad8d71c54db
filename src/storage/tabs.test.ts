// Tests for TabCoordinator over BroadcastChannel, an in-memory hub and the localStorage fallback.
import { afterEach, describe, expect, it } from "vitest";
import { silentTabChannel, storageTabChannel, type StorageEventSource, type TabChannel } from "./tab-channel";
import { TabCoordinator, type TabCoordinatorOptions } from "./tabs";

const open: TabCoordinator[] = [];

function tab(options: TabCoordinatorOptions): TabCoordinator {
  const t = new TabCoordinator({ heartbeatMs: 0, ...options });
  open.push(t);
  return t;
}

afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Lets pending messages arrive, for checks that something did NOT happen. */
const settle = () => new Promise((r) => setTimeout(r, 30));

let channelCounter = 0;
const freshChannel = () => `pyco-tabs-test-${process.pid}-${++channelCounter}`;

describe("TabCoordinator over BroadcastChannel", () => {
  it("both tabs learn that they edit the same project", async () => {
    const name = freshChannel();
    const a = tab({ channelName: name, tabId: "A" });
    const conflictsA: [string, string[]][] = [];
    a.onConflict((p, others) => conflictsA.push([p, others]));
    a.setEditing("p1");

    const b = tab({ channelName: name, tabId: "B" });
    const conflictsB: [string, string[]][] = [];
    b.onConflict((p, others) => conflictsB.push([p, others]));
    await until(() => b.othersEditing("p1").length === 1);
    b.setEditing("p1");

    await until(() => conflictsA.length > 0 && conflictsB.length > 0);
    await settle();
    expect(conflictsA).toEqual([["p1", ["B"]]]);
    expect(conflictsB).toEqual([["p1", ["A"]]]);
    expect(a.othersEditing("p1")).toEqual(["B"]);
    expect(b.othersEditing("p1")).toEqual(["A"]);
  });

  it("no conflict when the tabs edit different projects, and it ends when one switches", async () => {
    const name = freshChannel();
    const a = tab({ channelName: name, tabId: "A" });
    const b = tab({ channelName: name, tabId: "B" });
    let conflicts = 0;
    a.onConflict(() => conflicts++);
    b.onConflict(() => conflicts++);
    a.setEditing("p1");
    b.setEditing("p2");
    await until(() => a.othersEditing("p2").length === 1 && b.othersEditing("p1").length === 1);
    await settle();
    expect(conflicts).toBe(0);
    b.setEditing("p1");
    await until(() => conflicts === 2);
    b.setEditing(undefined);
    await until(() => a.othersEditing("p1").length === 0);
  });

  it("tells the other tabs, not itself, that a project changed", async () => {
    const name = freshChannel();
    const a = tab({ channelName: name, tabId: "A" });
    const b = tab({ channelName: name, tabId: "B" });
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    a.onRemoteChange((p, r, info) => seenA.push([p, r, info.deleted]));
    b.onRemoteChange((p, r, info) => seenB.push([p, r, info.deleted]));
    a.notifyChange("p1", 7);
    a.notifyChange("p2", -1, true);
    await until(() => seenB.length === 2);
    await settle();
    expect(seenB).toEqual([["p1", 7, false], ["p2", -1, true]]);
    expect(seenA).toEqual([]);
  });

  it("forgets a tab that closes", async () => {
    const name = freshChannel();
    const a = tab({ channelName: name, tabId: "A" });
    const b = tab({ channelName: name, tabId: "B" });
    b.setEditing("p1");
    await until(() => a.othersEditing("p1").length === 1);
    let peerChanges = 0;
    a.onPeersChange(() => peerChanges++);
    b.close();
    await until(() => a.othersEditing("p1").length === 0);
    expect(peerChanges).toBeGreaterThan(0);
  });
});

/** An in-memory channel hub standing in for a browser's tabs, with asynchronous delivery like the real thing. */
function hub() {
  const members = new Set<{ deliver: (m: unknown) => void }>();
  return {
    channel(): TabChannel & { inject(m: unknown): void } {
      const listeners = new Set<(m: unknown) => void>();
      const me = { deliver: (m: unknown) => listeners.forEach((l) => l(m)) };
      members.add(me);
      return {
        post: (m) => members.forEach((other) => other !== me && queueMicrotask(() => other.deliver(structuredClone(m)))),
        subscribe(l) {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        close: () => members.delete(me),
        inject: (m) => me.deliver(m),
      };
    },
  };
}

describe("TabCoordinator details", () => {
  it("forgets a tab that vanished without saying bye, after three missed heartbeats", async () => {
    let now = 0;
    const h = hub();
    const ch = h.channel();
    const a = tab({ channel: ch, tabId: "A", heartbeatMs: 1000, now: () => now });
    ch.inject({ type: "editing", from: "crashed", projectId: "p1", reply: false });
    expect(a.othersEditing("p1")).toEqual(["crashed"]);
    now = 2500;
    expect(a.othersEditing("p1")).toEqual(["crashed"]);
    now = 3500;
    expect(a.othersEditing("p1")).toEqual([]);
  });

  it("ignores malformed messages and its own echoes", () => {
    const h = hub();
    const ch = h.channel();
    const a = tab({ channel: ch, tabId: "A" });
    let changes = 0;
    a.onRemoteChange(() => changes++);
    for (const junk of [null, 42, "hi", {}, { type: "changed", from: "X" }, { type: "editing", from: "X", projectId: 5 }, { type: "nope", from: "X" }]) {
      ch.inject(junk);
    }
    ch.inject({ type: "changed", from: "A", projectId: "p", revision: 1 });
    expect(changes).toBe(0);
    expect(a.othersEditing("p")).toEqual([]);
  });

  it("reports each conflicting tab once, and again after it left and came back", async () => {
    const h = hub();
    const a = tab({ channel: h.channel(), tabId: "A" });
    const b = tab({ channel: h.channel(), tabId: "B" });
    const conflicts: string[][] = [];
    a.onConflict((_p, others) => conflicts.push(others));
    a.setEditing("p1");
    b.setEditing("p1");
    await settle();
    b.setEditing("p1");
    await settle();
    expect(conflicts).toEqual([["B"]]);
    b.setEditing("p2");
    await settle();
    b.setEditing("p1");
    await settle();
    expect(conflicts).toEqual([["B"], ["B"]]);
  });

  it("works without any transport, as a lone tab", () => {
    const a = tab({ channel: silentTabChannel(), tabId: "A" });
    a.setEditing("p1");
    a.notifyChange("p1", 2);
    expect(a.othersEditing("p1")).toEqual([]);
  });
});

describe("localStorage fallback (no BroadcastChannel)", () => {
  /** Two windows sharing one localStorage: a write in one fires "storage" in the other only, as browsers do. */
  function twoWindows() {
    const data = new Map<string, string>();
    const windows = [new EventTarget(), new EventTarget()];
    const storageFor = (self: EventTarget) => ({
      setItem(key: string, value: string) {
        data.set(key, value);
        for (const w of windows) if (w !== self) w.dispatchEvent(Object.assign(new Event("storage"), { key, newValue: value }));
      },
      removeItem(key: string) {
        data.delete(key);
        for (const w of windows) if (w !== self) w.dispatchEvent(Object.assign(new Event("storage"), { key, newValue: null }));
      },
    });
    return windows.map((w) => storageTabChannel("pyco-tabs", storageFor(w), w as unknown as StorageEventSource));
  }

  it("carries conflicts and change notices between two windows", async () => {
    const [chA, chB] = twoWindows();
    const a = tab({ channel: chA!, tabId: "A" });
    const b = tab({ channel: chB!, tabId: "B" });
    const conflicts: string[] = [];
    const changes: number[] = [];
    a.onConflict((p) => conflicts.push(`A:${p}`));
    b.onConflict((p) => conflicts.push(`B:${p}`));
    b.onRemoteChange((_p, r) => changes.push(r));
    a.setEditing("p1");
    b.setEditing("p1");
    a.notifyChange("p1", 3);
    await settle();
    expect(conflicts.sort()).toEqual(["A:p1", "B:p1"]);
    expect(changes).toEqual([3]);
  });
});
