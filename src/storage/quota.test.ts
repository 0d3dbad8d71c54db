// Tests for full-disk handling: quota errors become Results, never throws, and nothing half-written remains.
import "fake-indexeddb/auto";
import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PycoDb } from "./db";
import type { ProjectStore } from "./project-store";
import { estimateStorage, isQuotaError, requestPersistentStorage } from "./quota";
import { ok } from "./result";
import { runWrite } from "./transaction";
import { openTestStore, snapshot, text } from "./test-support";
import type { ProjectMeta, Result } from "./types";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

const quotaError = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

describe("isQuotaError", () => {
  it.each([
    ["DOMException QuotaExceededError", quotaError(), true],
    ["old Firefox", { name: "NS_ERROR_DOM_QUOTA_REACHED" }, true],
    ["legacy code 22", { name: "Error", code: 22 }, true],
    ["aborted transaction carrying it", { name: "AbortError", error: quotaError() }, true],
    ["wrapped cause", new Error("write failed", { cause: quotaError() }), true],
    ["AbortError alone", new DOMException("aborted", "AbortError"), false],
    ["InvalidStateError", new DOMException("closed", "InvalidStateError"), false],
    ["a string", "QuotaExceededError", false],
    ["undefined", undefined, false],
  ])("%s -> %s", (_label, e, expected) => {
    expect(isQuotaError(e)).toBe(expected);
  });
});

describe("a full disk", () => {
  let store: ProjectStore;
  let p: ProjectMeta;
  const realPut = IDBObjectStore.prototype.put;

  beforeEach(async () => {
    store = (await openTestStore()).store;
    p = value(await store.createProject("circuitpython"));
    value(await store.writeFile(p.id, "code.py", "saved before the disk filled"));
    // From here on every put fails, as it does when the origin's quota is used up.
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function () {
      throw quotaError();
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    expect(IDBObjectStore.prototype.put).toBe(realPut);
    store.close();
  });

  it("a save returns a quota error instead of throwing, and changes nothing", async () => {
    const before = await snapshot(store);
    const r = await store.writeFile(p.id, "code.py", "new text that doesn't fit");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("quota");
      expect(r.error.message).toMatch(/^Storage is full: couldn't save "code\.py"\./);
      expect(r.error.message).toMatch(/your text is still in the editor/);
      expect(r.error.message).toMatch(/deleting projects/);
      expect(r.error.message).toMatch(/export/);
    }
    expect(await snapshot(store)).toEqual(before);
  });

  it("every kind of change reports quota", async () => {
    const results: Result<unknown>[] = [
      await store.createProject("micropython"),
      await store.mkdir(p.id, "x"),
      await store.move(p.id, "code.py", "main.py"),
      await store.remove(p.id, "code.py"),
      await store.renameProject(p.id, "New"),
      await store.duplicateProject(p.id),
      await store.importZip("z", zipSync({ "code.py": text("x") })),
      await store.importFiles("f", "detect", [{ path: "main.py", data: text("x") }]),
      await store.addFiles(p.id, "lib", [{ path: "a.py", data: text("") }]),
      await store.setSetting("k", 1),
    ];
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(new Array(results.length).fill("quota"));
    expect((await store.listProjects()).length).toBe(1);
  });

  it("an undo that no longer fits reports quota too", async () => {
    vi.restoreAllMocks();
    const removal = value(await store.remove(p.id, "lib"));
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw quotaError();
    });
    const r = await removal.restore();
    expect(r.ok ? "ok" : r.error.code).toBe("quota");
  });
});

describe("runWrite", () => {
  /** A database whose transaction runs the body fine but then aborts on commit, as Chrome does when the disk fills. */
  function dbAbortingWith(error: unknown): PycoDb {
    const tx = { done: Promise.reject(error), abort: () => {}, error };
    tx.done.catch(() => {});
    return { transaction: () => tx } as unknown as PycoDb;
  }

  it("maps a transaction aborted by QuotaExceededError to quota", async () => {
    const r = await runWrite(dbAbortingWith(quotaError()), ["files"], "save", async () => ok(1));
    expect(r.ok ? "ok" : r.error.code).toBe("quota");
  });

  it("maps other failures to unavailable with a clear message", async () => {
    const r = await runWrite(dbAbortingWith(new DOMException("x", "UnknownError")), ["files"], "save the file", async () => ok(1));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("unavailable");
      expect(r.error.message).toMatch(/couldn't save the file \(UnknownError\)/);
    }
  });

  it("maps a closed database to unavailable", async () => {
    const closed = { transaction: () => { throw new DOMException("closing", "InvalidStateError"); } } as unknown as PycoDb;
    const r = await runWrite(closed, ["files"], "save", async () => ok(1));
    expect(r.ok ? "ok" : r.error.code).toBe("unavailable");
  });
});

describe("persistence and estimates", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks for persistent storage when the browser offers it", async () => {
    vi.stubGlobal("navigator", { storage: { persist: async () => true, estimate: async () => ({ usage: 10, quota: 100 }) } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(await estimateStorage()).toEqual({ usage: 10, quota: 100 });
  });

  it("answers false or undefined when it doesn't", async () => {
    vi.stubGlobal("navigator", {});
    expect(await requestPersistentStorage()).toBe(false);
    expect(await estimateStorage()).toBeUndefined();
    vi.stubGlobal("navigator", { storage: { persist: async () => { throw new Error("denied"); } } });
    expect(await requestPersistentStorage()).toBe(false);
  });
});
