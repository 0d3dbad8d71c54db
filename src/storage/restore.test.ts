// Tests for the validate-and-restore step: share-link candidates, damaged database rows, and health reports.
import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProjectStore } from "./project-store";
import { detectFlavor, restoreEntries, restoreFileRow, restoreMetaRow, restoreProject } from "./restore";
import { openTestStore, text } from "./test-support";
import type { ProjectMeta, Result } from "./types";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function errorOf<T>(r: Result<T>) {
  if (r.ok) throw new Error("expected a failure");
  return r.error;
}

describe("restoreProject (shared by zips, folders and share links)", () => {
  it("accepts a share-link style candidate with text contents", () => {
    const p = value(restoreProject({
      name: "Blink",
      flavor: "micropython",
      wiring: { parts: ["led"] },
      files: [{ path: "main.py", data: "print(1)" }, { path: "lib/", data: "" }, { path: "lib/x.mpy", data: new Uint8Array([77]) }],
    }, { source: "link" }));
    expect(p.name).toBe("Blink");
    expect(p.flavor).toBe("micropython");
    expect(p.wiring).toEqual({ parts: ["led"] });
    expect(p.entries.map((e) => `${e.kind}:${e.path}`)).toEqual(["dir:lib", "file:lib/x.mpy", "file:main.py"]);
    expect(new TextDecoder().decode(p.entries[2]!.data)).toBe("print(1)");
  });

  it("fills in a name and detects the flavor when they are missing or wrong", () => {
    const p = value(restoreProject({ name: 5, flavor: "basic", files: [{ path: "main.py", data: "" }] }));
    expect(p).toMatchObject({ name: "MicroPython project", flavor: "micropython" });
    const q = value(restoreProject({ name: "bad:name?", files: [{ path: "code.py", data: "" }] }));
    expect(q.name).toBe("bad_name_");
  });

  it.each([
    [null, /doesn't contain a project/],
    ["a string", /doesn't contain a project/],
    [{ files: "nope" }, /no list of files/],
    [{ files: [{ data: "x" }] }, /no file name/],
    [{ files: [{ path: "a.py", data: 42 }] }, /no readable contents/],
    [{ files: [{ path: "../a.py", data: "" }] }, /outside the project/],
    [{ files: [] }, /no files/],
  ])("refuses %j", (candidate, message) => {
    expect(errorOf(restoreProject(candidate, { source: "link" })).message).toMatch(message);
  });

  it("refuses files over the size limit", () => {
    const big = new Uint8Array(16 * 1024 * 1024 + 1);
    expect(errorOf(restoreEntries([{ path: "big.bin", data: big }])).code).toBe("too-large");
  });

  it("adds missing parent folders and merges repeated folders", () => {
    const entries = value(restoreEntries([{ path: "a/b/c.py", data: "" }, { path: "A/", data: "" }, { path: "a/b/", data: "" }]));
    expect(entries.map((e) => e.path)).toEqual(["a", "a/b", "a/b/c.py"]);
  });

  it("detects the flavor from the root only", () => {
    expect(detectFlavor([{ path: "main.py" }])).toBe("micropython");
    expect(detectFlavor([{ path: "MAIN.PY" }])).toBe("micropython");
    expect(detectFlavor([{ path: "main.py" }, { path: "code.py" }])).toBe("circuitpython");
    expect(detectFlavor([{ path: "lib/main.py" }])).toBe("circuitpython");
  });
});

describe("restoring database rows", () => {
  it("repairs a damaged project row as long as it has an id", () => {
    expect(value(restoreMetaRow({ id: "p1", name: 3, flavor: "x", createdAt: "then", revision: -2 }))).toEqual({
      id: "p1", name: "Recovered project", flavor: "circuitpython", createdAt: 0, updatedAt: 0, revision: 0,
    });
    expect(errorOf(restoreMetaRow({ name: "no id" })).code).toBe("corrupt");
    expect(errorOf(restoreMetaRow("garbage")).code).toBe("corrupt");
  });

  it("refuses damaged file rows", () => {
    const good = { projectId: "p", key: "lib/a.py", path: "lib/a.py", kind: "file", data: new Uint8Array([1]), updatedAt: 1 };
    expect(value(restoreFileRow(good, "p")).path).toBe("lib/a.py");
    expect(value(restoreFileRow({ ...good, data: new Uint8Array([1]).buffer }, "p")).data).toEqual(new Uint8Array([1]));
    for (const bad of [
      { ...good, projectId: "other" },
      { ...good, path: "../a.py", key: "../a.py" },
      { ...good, key: "LIB/A.PY" },
      { ...good, kind: "symlink" },
      { ...good, data: "text" },
      null,
    ]) {
      expect(errorOf(restoreFileRow(bad, "p")).code).toBe("corrupt");
    }
  });
});

describe("a database with damaged rows", () => {
  let store: ProjectStore;
  let dbName: string;
  let p: ProjectMeta;

  beforeEach(async () => {
    ({ store, dbName } = await openTestStore());
    p = value(await store.createProject("circuitpython", "Good"));
    value(await store.mkdir(p.id, "drivers"));
    const raw = await openDB(dbName);
    await raw.put("projects", { id: "broken", name: 42, flavor: "python2", revision: "x" });
    await raw.put("projects", { id: 7, name: "numeric id" });
    await raw.put("files", { projectId: p.id, key: "../evil", path: "../evil", kind: "file", data: new Uint8Array([1]) });
    await raw.put("files", { projectId: p.id, key: "notes.txt", path: "notes.txt", kind: "file", data: "not bytes" });
    await raw.put("files", { projectId: p.id, key: "drivers/bad.py", path: "drivers/bad.py", kind: "file" });
    await raw.put("files", { projectId: "ghost", key: "a.py", path: "a.py", kind: "file", data: new Uint8Array([1]) });
    raw.close();
  });

  afterEach(() => store.close());

  it("lists what is readable and repairs what it can, without throwing", async () => {
    const projects = await store.listProjects();
    expect(projects.map((x) => x.name).sort()).toEqual(["Good", "Recovered project"]);
    expect((await store.listEntries(p.id)).map((e) => e.path)).toEqual(["code.py", "drivers", "lib", "settings.toml"]);
  });

  it("reports each damaged row", async () => {
    const problems = await store.checkHealth();
    expect(problems.map((x) => `${x.store}:${x.path ?? ""}`).sort()).toEqual([
      "files:../evil", "files:a.py", "files:drivers/bad.py", "files:notes.txt", "projects:",
    ]);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  });

  it("says a damaged file is damaged, and lets it be overwritten or deleted", async () => {
    const opened = await store.openFile(p.id, "notes.txt");
    expect(errorOf(opened).code).toBe("corrupt");
    expect(errorOf(opened).message).toMatch(/damaged/);
    expect(await store.readFile(p.id, "notes.txt")).toBeUndefined();
    value(await store.writeFile(p.id, "notes.txt", "fresh"));
    expect(await store.readText(p.id, "notes.txt")).toBe("fresh");
    value(await store.remove(p.id, "drivers"));
    expect((await store.checkHealth()).map((x) => x.path)).not.toContain("drivers/bad.py");
  });

  it("refuses to move a folder holding a damaged row", async () => {
    expect(errorOf(await store.move(p.id, "drivers", "drv")).code).toBe("corrupt");
  });

  it("still exports the readable files", async () => {
    const zip = value(await store.exportZip(p.id));
    const q = value(await store.importZip("rescued", zip));
    expect((await store.listEntries(q.id)).map((e) => e.path)).toEqual(["code.py", "drivers", "lib", "settings.toml"]);
  });
});
