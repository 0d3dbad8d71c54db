// Two tabs, each with its own ProjectStore and TabCoordinator on one database: the end-to-end conflict story.
import "fake-indexeddb/auto";
import { afterEach, expect, it } from "vitest";
import { ProjectStore } from "./project-store";
import { TabCoordinator } from "./tabs";
import { steppingClock, uniqueDbName } from "./test-support";

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function until(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 2000) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}

it("no tab silently overwrites another", async () => {
  const dbName = uniqueDbName();
  const channelName = `pyco-tabs-two-${process.pid}`;
  const open = async (tabId: string) => {
    const store = await ProjectStore.open(dbName, { now: steppingClock() });
    const tabs = new TabCoordinator({ channelName, tabId, heartbeatMs: 0 });
    const unfollow = tabs.follow(store);
    cleanup.push(() => (unfollow(), tabs.close(), store.close()));
    return { store, tabs };
  };
  const a = await open("A");
  const created = await a.store.createProject("circuitpython", "Shared");
  if (!created.ok) throw new Error("setup");
  const id = created.value.id;
  a.tabs.setEditing(id);
  let revisionA = created.value.revision;

  const b = await open("B");
  const warnings: string[][] = [];
  b.tabs.onConflict((_p, others) => warnings.push(others));
  const heard: number[] = [];
  a.tabs.onRemoteChange((p, revision) => p === id && heard.push(revision));
  await until(() => b.tabs.othersEditing(id).length === 1);
  b.tabs.setEditing(id);
  await until(() => warnings.length === 1);
  expect(warnings).toEqual([["A"]]);

  // B saves; A hears about it, and A's save based on the old revision is refused.
  const saved = await b.store.writeFile(id, "code.py", "B's version", { expectedRevision: (await b.store.getProject(id))!.revision });
  if (!saved.ok) throw new Error("B should save");
  await until(() => heard.length === 1);
  expect(heard).toEqual([saved.value.revision]);
  const refused = await a.store.writeFile(id, "code.py", "A's version", { expectedRevision: revisionA });
  expect(refused.ok ? "ok" : refused.error.code).toBe("conflict");
  expect(await a.store.readText(id, "code.py")).toBe("B's version");

  // After reloading, A saves on top of B's work.
  revisionA = (await a.store.getProject(id))!.revision;
  const retried = await a.store.writeFile(id, "code.py", "A's version, merged", { expectedRevision: revisionA });
  expect(retried.ok).toBe(true);
});
