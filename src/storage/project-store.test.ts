// Tests for ProjectStore: templates, project CRUD, files, move/rename, remove/restore, revisions, uploads, settings.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProjectStore } from "./project-store";
import { openTestStore, text } from "./test-support";
import type { ProjectMeta, Result, StoreChange } from "./types";

let store: ProjectStore;

beforeEach(async () => {
  store = (await openTestStore()).store;
});

afterEach(() => store.close());

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function errorOf<T>(r: Result<T>) {
  if (r.ok) throw new Error("expected a failure");
  return r.error;
}

async function paths(id: string): Promise<string[]> {
  return (await store.listEntries(id)).map((e) => (e.kind === "dir" ? `${e.path}/` : e.path));
}

describe("templates", () => {
  it("a CircuitPython project blinks board.LED and has lib/ and settings.toml", async () => {
    const p = value(await store.createProject("circuitpython"));
    expect(p).toMatchObject({ name: "CircuitPython project", flavor: "circuitpython", revision: 1 });
    expect(await paths(p.id)).toEqual(["code.py", "lib/", "settings.toml"]);
    const code = (await store.readText(p.id, "code.py"))!;
    expect(code).toContain("import digitalio");
    expect(code).toContain("board.LED");
    expect(code).toContain("time.sleep(0.5)");
    const settings = (await store.readText(p.id, "settings.toml"))!;
    expect(settings.split("\n").filter((l) => l.trim() !== "").every((l) => l.startsWith("#"))).toBe(true);
  });

  it("a MicroPython project blinks Pin(\"LED\") and has lib/", async () => {
    const p = value(await store.createProject("micropython"));
    expect(p.name).toBe("MicroPython project");
    expect(await paths(p.id)).toEqual(["lib/", "main.py"]);
    const main = (await store.readText(p.id, "main.py"))!;
    expect(main).toContain('Pin("LED", Pin.OUT)');
    expect(main).toContain("time.sleep(0.5)");
  });

  it("default names are unique", async () => {
    const names = [];
    for (let i = 0; i < 3; i++) names.push(value(await store.createProject("micropython")).name);
    names.push(value(await store.createProject("circuitpython")).name);
    expect(names).toEqual(["MicroPython project", "MicroPython project 2", "MicroPython project 3", "CircuitPython project"]);
  });
});

describe("projects", () => {
  it("creates with a name, refusing bad and duplicate names", async () => {
    expect(value(await store.createProject("circuitpython", "Blink")).name).toBe("Blink");
    expect(errorOf(await store.createProject("circuitpython", "blink")).code).toBe("exists");
    expect(errorOf(await store.createProject("circuitpython", "a/b")).code).toBe("invalid-name");
  });

  it("lists most recently updated first", async () => {
    const a = value(await store.createProject("circuitpython", "A"));
    const b = value(await store.createProject("circuitpython", "B"));
    expect((await store.listProjects()).map((p) => p.name)).toEqual(["B", "A"]);
    value(await store.writeFile(a.id, "code.py", "print(1)"));
    expect((await store.listProjects()).map((p) => p.name)).toEqual(["A", "B"]);
    expect(await store.getProject(b.id)).toEqual(b);
    expect(await store.getProject("nope")).toBeUndefined();
  });

  it("renames, refusing a name another project has", async () => {
    const a = value(await store.createProject("circuitpython", "A"));
    value(await store.createProject("circuitpython", "B"));
    const renamed = value(await store.renameProject(a.id, "Traffic light"));
    expect(renamed).toMatchObject({ name: "Traffic light", revision: 2 });
    expect(errorOf(await store.renameProject(a.id, "b")).code).toBe("exists");
    expect(value(await store.renameProject(a.id, "TRAFFIC LIGHT")).name).toBe("TRAFFIC LIGHT");
    expect(errorOf(await store.renameProject("missing", "X")).code).toBe("not-found");
  });

  it("duplicates files, folders and wiring under a new name", async () => {
    const a = value(await store.createProject("circuitpython", "Blink"));
    value(await store.setWiring(a.id, { parts: [{ type: "led", pin: "GP15" }] }));
    value(await store.writeFile(a.id, "lib/helper.py", "X = 1", { createParents: true }));
    const copy = value(await store.duplicateProject(a.id));
    const again = value(await store.duplicateProject(a.id));
    expect(copy.name).toBe("Blink copy");
    expect(again.name).toBe("Blink copy 2");
    expect(copy.id).not.toBe(a.id);
    expect(copy.wiring).toEqual({ parts: [{ type: "led", pin: "GP15" }] });
    expect(await paths(copy.id)).toEqual(await paths(a.id));
    expect(await store.readText(copy.id, "lib/helper.py")).toBe("X = 1");
    value(await store.writeFile(copy.id, "lib/helper.py", "X = 2"));
    expect(await store.readText(a.id, "lib/helper.py")).toBe("X = 1");
  });

  it("deletes a project and all its files", async () => {
    const a = value(await store.createProject("circuitpython"));
    const b = value(await store.createProject("micropython"));
    value(await store.deleteProject(a.id));
    expect((await store.listProjects()).map((p) => p.id)).toEqual([b.id]);
    expect(await store.listEntries(a.id)).toEqual([]);
    expect(await store.readFile(a.id, "code.py")).toBeUndefined();
    expect(await paths(b.id)).toEqual(["lib/", "main.py"]);
    expect(errorOf(await store.deleteProject(a.id)).code).toBe("not-found");
  });
});

describe("files", () => {
  let p: ProjectMeta;
  beforeEach(async () => {
    p = value(await store.createProject("circuitpython"));
  });

  it("writes text and binary files and bumps the revision", async () => {
    const m1 = value(await store.writeFile(p.id, "code.py", "print('hi')\n"));
    expect(m1.revision).toBe(2);
    expect(m1.updatedAt).toBeGreaterThan(p.updatedAt);
    const blob = new Uint8Array([0x4d, 0x06, 0x00, 0x1f, 0xff]);
    const m2 = value(await store.writeFile(p.id, "lib/thing.mpy", blob));
    expect(m2.revision).toBe(3);
    expect(await store.readFile(p.id, "lib/thing.mpy")).toEqual(blob);
    expect(await store.readText(p.id, "code.py")).toBe("print('hi')\n");
    expect((await store.getProject(p.id))!.revision).toBe(3);
    const entry = (await store.listEntries(p.id)).find((e) => e.path === "lib/thing.mpy");
    expect(entry).toMatchObject({ kind: "file", size: 5 });
  });

  it("needs the parent folder unless asked to create it", async () => {
    const e = errorOf(await store.writeFile(p.id, "sub/dir/x.py", "1"));
    expect(e.code).toBe("not-found");
    expect(e.message).toContain('"sub"');
    value(await store.writeFile(p.id, "sub/dir/x.py", "1", { createParents: true }));
    expect(await paths(p.id)).toEqual(["code.py", "lib/", "settings.toml", "sub/", "sub/dir/", "sub/dir/x.py"]);
  });

  it("treats names case-insensitively, keeping the stored spelling", async () => {
    value(await store.writeFile(p.id, "CODE.PY", "print(2)"));
    expect(await paths(p.id)).toEqual(["code.py", "lib/", "settings.toml"]);
    expect(await store.readText(p.id, "Code.Py")).toBe("print(2)");
    value(await store.writeFile(p.id, "LIB/new.py", ""));
    expect(await paths(p.id)).toContain("lib/new.py");
  });

  it("refuses files over folders and inside files", async () => {
    expect(errorOf(await store.writeFile(p.id, "lib", "x")).code).toBe("exists");
    expect(errorOf(await store.writeFile(p.id, "code.py/x.py", "x")).code).toBe("exists");
    expect(errorOf(await store.writeFile(p.id, "../x.py", "x")).code).toBe("invalid-name");
    expect(errorOf(await store.writeFile("missing", "x.py", "x")).code).toBe("not-found");
  });

  it("returns an explicit reason from openFile", async () => {
    expect(errorOf(await store.openFile(p.id, "nope.py")).code).toBe("not-found");
    expect(errorOf(await store.openFile(p.id, "lib")).message).toMatch(/folder/);
    expect(value(await store.openFile(p.id, "code.py")).byteLength).toBeGreaterThan(0);
  });

  it("makes folders with their parents, refusing existing names", async () => {
    value(await store.mkdir(p.id, "a/b/c"));
    expect(await paths(p.id)).toEqual(["a/", "a/b/", "a/b/c/", "code.py", "lib/", "settings.toml"]);
    expect(errorOf(await store.mkdir(p.id, "A/B")).code).toBe("exists");
    expect(errorOf(await store.mkdir(p.id, "code.py")).code).toBe("exists");
    expect(errorOf(await store.mkdir(p.id, "code.py/x")).code).toBe("exists");
  });
});

describe("move and rename", () => {
  let p: ProjectMeta;
  beforeEach(async () => {
    p = value(await store.createProject("circuitpython"));
    value(await store.writeFile(p.id, "lib/drivers/sensor.py", "S = 1", { createParents: true }));
    value(await store.writeFile(p.id, "lib/drivers/font.bin", new Uint8Array([1, 2, 3])));
  });

  it("renames a file", async () => {
    value(await store.move(p.id, "code.py", "blink.py"));
    expect(await paths(p.id)).toEqual(["blink.py", "lib/", "lib/drivers/", "lib/drivers/font.bin", "lib/drivers/sensor.py", "settings.toml"]);
    expect(await store.readText(p.id, "blink.py")).toContain("board.LED");
  });

  it("changes only the case of a name", async () => {
    value(await store.move(p.id, "code.py", "Code.py"));
    expect(await paths(p.id)).toContain("Code.py");
    expect(await paths(p.id)).not.toContain("code.py");
  });

  it("moves a folder with everything inside", async () => {
    value(await store.mkdir(p.id, "old"));
    value(await store.move(p.id, "lib/drivers", "old/Drivers"));
    expect(await paths(p.id)).toEqual(["code.py", "lib/", "old/", "old/Drivers/", "old/Drivers/font.bin", "old/Drivers/sensor.py", "settings.toml"]);
    expect(await store.readFile(p.id, "old/drivers/FONT.bin")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("renames a folder by case only, including its contents' paths", async () => {
    value(await store.move(p.id, "lib", "LIB"));
    expect(await paths(p.id)).toContain("LIB/drivers/sensor.py");
  });

  it("refuses to move a folder into itself", async () => {
    const e = errorOf(await store.move(p.id, "lib", "lib/drivers/lib"));
    expect(e.code).toBe("invalid-name");
    expect(e.message).toMatch(/into itself/);
  });

  it("refuses to move over an existing entry, into a missing folder, or a missing source", async () => {
    expect(errorOf(await store.move(p.id, "code.py", "SETTINGS.toml")).code).toBe("exists");
    expect(errorOf(await store.move(p.id, "code.py", "nowhere/code.py")).code).toBe("not-found");
    expect(errorOf(await store.move(p.id, "ghost.py", "x.py")).code).toBe("not-found");
    expect(errorOf(await store.move(p.id, "code.py", "settings.toml/x.py")).code).toBe("exists");
  });

  it("leaves everything unchanged when refused", async () => {
    const before = await paths(p.id);
    const rev = (await store.getProject(p.id))!.revision;
    await store.move(p.id, "lib", "lib/drivers/x");
    expect(await paths(p.id)).toEqual(before);
    expect((await store.getProject(p.id))!.revision).toBe(rev);
  });
});

describe("remove and restore", () => {
  it("removes a folder recursively and restore() brings it all back", async () => {
    const p = value(await store.createProject("circuitpython"));
    value(await store.writeFile(p.id, "lib/a/b.py", "B", { createParents: true }));
    value(await store.writeFile(p.id, "lib/a/c.bmp", new Uint8Array([0x42, 0x4d, 0, 1])));
    const before = await paths(p.id);
    const removal = value(await store.remove(p.id, "LIB"));
    expect(await paths(p.id)).toEqual(["code.py", "settings.toml"]);
    value(await removal.restore());
    expect(await paths(p.id)).toEqual(before);
    expect(await store.readFile(p.id, "lib/a/c.bmp")).toEqual(new Uint8Array([0x42, 0x4d, 0, 1]));
    expect((await store.getProject(p.id))!.revision).toBe(p.revision + 4);
  });

  it("restore() refuses to overwrite a file created again meanwhile", async () => {
    const p = value(await store.createProject("circuitpython"));
    const removal = value(await store.remove(p.id, "code.py"));
    value(await store.writeFile(p.id, "code.py", "new work"));
    const e = errorOf(await removal.restore());
    expect(e.code).toBe("exists");
    expect(await store.readText(p.id, "code.py")).toBe("new work");
  });

  it("restore() recreates parent folders removed meanwhile", async () => {
    const p = value(await store.createProject("circuitpython"));
    value(await store.writeFile(p.id, "lib/x.py", "X"));
    const removal = value(await store.remove(p.id, "lib/x.py"));
    value(await store.remove(p.id, "lib"));
    value(await removal.restore());
    expect(await paths(p.id)).toEqual(["code.py", "lib/", "lib/x.py", "settings.toml"]);
  });

  it("restore() fails cleanly when the project was deleted", async () => {
    const p = value(await store.createProject("circuitpython"));
    const removal = value(await store.remove(p.id, "code.py"));
    value(await store.deleteProject(p.id));
    expect(errorOf(await removal.restore()).code).toBe("not-found");
  });

  it("refuses to remove what isn't there", async () => {
    const p = value(await store.createProject("circuitpython"));
    expect(errorOf(await store.remove(p.id, "nope")).code).toBe("not-found");
  });
});

describe("revisions", () => {
  it("refuses a write based on a stale revision, and changes nothing", async () => {
    const p = value(await store.createProject("circuitpython"));
    // Tab A and tab B both opened revision 1; B saves first.
    const b = value(await store.writeFile(p.id, "code.py", "from tab B", { expectedRevision: p.revision }));
    const e = errorOf(await store.writeFile(p.id, "code.py", "from tab A", { expectedRevision: p.revision }));
    expect(e.code).toBe("conflict");
    expect(e.message).toMatch(/another tab/);
    expect(await store.readText(p.id, "code.py")).toBe("from tab B");
    expect((await store.getProject(p.id))!.revision).toBe(b.revision);
    // With the fresh revision the save goes through.
    value(await store.writeFile(p.id, "code.py", "from tab A", { expectedRevision: b.revision }));
  });

  it("guards every kind of change", async () => {
    const p = value(await store.createProject("circuitpython"));
    const stale = { expectedRevision: 0 };
    expect(errorOf(await store.mkdir(p.id, "x", stale)).code).toBe("conflict");
    expect(errorOf(await store.move(p.id, "code.py", "y.py", stale)).code).toBe("conflict");
    expect(errorOf(await store.remove(p.id, "code.py", stale)).code).toBe("conflict");
    expect(errorOf(await store.renameProject(p.id, "Z", stale)).code).toBe("conflict");
    expect(errorOf(await store.addFiles(p.id, "", [{ path: "n.py", data: new Uint8Array() }], stale)).code).toBe("conflict");
  });

  it("reports committed changes to listeners", async () => {
    const seen: StoreChange[] = [];
    const stop = store.onChange((c) => seen.push(c));
    const p = value(await store.createProject("circuitpython"));
    value(await store.writeFile(p.id, "code.py", "x"));
    await store.writeFile(p.id, "code.py", "y", { expectedRevision: 1 });
    value(await store.deleteProject(p.id));
    stop();
    expect(seen).toEqual([
      { projectId: p.id, revision: 1, deleted: false },
      { projectId: p.id, revision: 2, deleted: false },
      { projectId: p.id, revision: -1, deleted: true },
    ]);
  });
});

describe("importFiles and addFiles", () => {
  it("imports a folder, unwrapping its top folder and detecting MicroPython", async () => {
    const p = value(await store.importFiles("robot", "detect", [
      { path: "robot/main.py", data: text("import machine") },
      { path: "robot/lib/motor.py", data: text("M = 1") },
    ]));
    expect(p).toMatchObject({ name: "robot", flavor: "micropython" });
    expect(await paths(p.id)).toEqual(["lib/", "lib/motor.py", "main.py"]);
  });

  it("keeps an explicit flavor and makes the name unique", async () => {
    value(await store.createProject("circuitpython", "robot"));
    const p = value(await store.importFiles("robot", "circuitpython", [{ path: "main.py", data: text("") }]));
    expect(p).toMatchObject({ name: "robot 2", flavor: "circuitpython" });
  });

  it("imports all or nothing", async () => {
    const r = await store.importFiles("bad", "detect", [
      { path: "code.py", data: text("ok") },
      { path: "lib/bad:name.py", data: text("") },
    ]);
    expect(errorOf(r).code).toBe("invalid-name");
    expect(await store.listProjects()).toEqual([]);
  });

  it("adds files into a folder, refusing to overwrite unless asked", async () => {
    const p = value(await store.createProject("circuitpython"));
    value(await store.addFiles(p.id, "lib", [
      { path: "neopixel.mpy", data: new Uint8Array([0x4d, 6]) },
      { path: "adafruit_display_text/label.mpy", data: new Uint8Array([0x4d, 6, 1]) },
    ]));
    expect(await paths(p.id)).toEqual([
      "code.py", "lib/", "lib/adafruit_display_text/", "lib/adafruit_display_text/label.mpy", "lib/neopixel.mpy", "settings.toml",
    ]);
    const clash = await store.addFiles(p.id, "lib", [
      { path: "new.py", data: text("") },
      { path: "NEOPIXEL.mpy", data: new Uint8Array([9]) },
    ]);
    expect(errorOf(clash).code).toBe("exists");
    expect(await store.readFile(p.id, "lib/new.py")).toBeUndefined();
    value(await store.addFiles(p.id, "lib", [{ path: "NEOPIXEL.mpy", data: new Uint8Array([9]) }], { overwrite: true }));
    expect(await store.readFile(p.id, "lib/neopixel.mpy")).toEqual(new Uint8Array([9]));
    expect(errorOf(await store.addFiles(p.id, "", [{ path: "lib", data: text("") }], { overwrite: true })).code).toBe("exists");
  });

  it("creates the target folder of an upload", async () => {
    const p = value(await store.createProject("circuitpython"));
    value(await store.addFiles(p.id, "assets/img", [{ path: "a.bmp", data: new Uint8Array([0x42, 0x4d]) }]));
    expect(await paths(p.id)).toContain("assets/img/a.bmp");
  });
});

describe("settings", () => {
  it("stores and reads values", async () => {
    expect(await store.getSetting("lastProjectId")).toBeUndefined();
    value(await store.setSetting("lastProjectId", "abc"));
    value(await store.setSetting("editor", { fontSize: 14 }));
    expect(await store.getSetting<string>("lastProjectId")).toBe("abc");
    expect(await store.getSetting("editor")).toEqual({ fontSize: 14 });
  });
});
