// Tests for the schema version and the migration chain, on real (fake-indexeddb) databases.
import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it, vi } from "vitest";
import { ProjectStore } from "./project-store";
import { DB_VERSION, MIGRATIONS, runMigrations, type Migration, type UpgradeDb, type UpgradeTx } from "./schema";
import { uniqueDbName } from "./test-support";

describe("migrations", () => {
  it("runs the steps between the old and new version, in order", async () => {
    const ran: number[] = [];
    const steps: Migration[] = [0, 1, 2, 3].map((i) => async () => {
      await Promise.resolve();
      ran.push(i);
    });
    const db = {} as UpgradeDb;
    const tx = {} as UpgradeTx;
    await runMigrations(db, tx, 0, 4, steps);
    expect(ran).toEqual([0, 1, 2, 3]);
    ran.length = 0;
    await runMigrations(db, tx, 2, 4, steps);
    expect(ran).toEqual([2, 3]);
    await expect(runMigrations(db, tx, 0, 5, steps)).rejects.toThrow(/no migration from version 4/);
  });

  it("version 1 is the first real layout", async () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    const name = uniqueDbName();
    const store = await ProjectStore.open(name);
    store.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames].sort()).toEqual(["files", "projects", "settings"]);
    raw.close();
  });

  it("upgrades a stored database, keeping and transforming its data", async () => {
    const name = uniqueDbName();
    const v1 = await ProjectStore.open(name);
    const created = await v1.createProject("circuitpython", "Old project");
    if (!created.ok) throw new Error("setup");
    v1.close();

    const order: string[] = [];
    // A future v2 step: rename every project through a cursor, the way real migrations rewrite rows.
    const v2: Migration = async (_db, tx) => {
      order.push("v2");
      let cursor = await tx.objectStore("projects").openCursor();
      while (cursor) {
        await cursor.update({ ...(cursor.value as object), name: `${(cursor.value as { name: string }).name} (migrated)` });
        cursor = await cursor.continue();
      }
    };
    const v3: Migration = (db) => {
      order.push("v3");
      db.createObjectStore("history");
    };
    const upgraded = await ProjectStore.open(name, { migrations: [...MIGRATIONS, v2, v3] });
    expect(order).toEqual(["v2", "v3"]);
    const [project] = await upgraded.listProjects();
    expect(project!.name).toBe("Old project (migrated)");
    expect(await upgraded.readText(project!.id, "code.py")).toContain("board.LED");
    upgraded.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(3);
    expect(raw.objectStoreNames.contains("history")).toBe(true);
    raw.close();
  });

  it("a failed migration leaves the old database as it was", async () => {
    const name = uniqueDbName();
    const v1 = await ProjectStore.open(name);
    await v1.createProject("micropython", "Keep me");
    v1.close();
    const broken: Migration = () => {
      throw new Error("bug in migration");
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const opened = await ProjectStore.tryOpen(name, { migrations: [...MIGRATIONS, broken] });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe("unavailable");
    const again = await ProjectStore.open(name);
    expect((await again.listProjects()).map((p) => p.name)).toEqual(["Keep me"]);
    again.close();
  });

  it("an open store steps aside when another tab upgrades the database", async () => {
    const name = uniqueDbName();
    const oldTab = await ProjectStore.open(name);
    const created = await oldTab.createProject("circuitpython");
    if (!created.ok) throw new Error("setup");
    let told = false;
    oldTab.onClosedForUpgrade(() => (told = true));
    const newTab = await ProjectStore.open(name, { migrations: [...MIGRATIONS, () => {}] });
    expect(told).toBe(true);
    const write = await oldTab.writeFile(created.value.id, "code.py", "x");
    expect(write.ok).toBe(false);
    if (!write.ok) {
      expect(write.error.code).toBe("unavailable");
      expect(write.error.message).toMatch(/Reload this tab/);
    }
    expect((await newTab.listProjects()).length).toBe(1);
    newTab.close();
  });
});
