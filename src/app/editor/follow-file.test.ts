// An open buffer and its file changing under it (upload, board program): a clean buffer follows; a buffer with
// unsaved edits keeps them, stops saving and waits for "Keep my edits" or "Use the new version".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProjectMeta } from "../../storage";
import { keepMyEdits, useNewVersion } from "../actions/replaced-files";
import { setServices } from "../services";
import { getState, initialState, setState } from "../state";
import { addBuffer, disposeAllBuffers, type Buffer } from "./buffers";
import { followStoredFile, unsavedReason } from "./follow-file";
import { cancelPendingSaves, flushAll, noteChange, SAVE_DELAY_MS } from "./saver";

const meta: ProjectMeta = { id: "p1", name: "P", flavor: "micropython", createdAt: 0, updatedAt: 0, revision: 3 };
const bytes = (text: string) => new TextEncoder().encode(text);

/** Just enough of a Monaco model: text, an edit counter, and whole-text replacement through "the undo stack". */
function fakeBuffer(path: string, text: string): Buffer & { type: (t: string) => void } {
  let value = text;
  let version = 1;
  const model = {
    getValue: () => value,
    getAlternativeVersionId: () => version,
    getFullModelRange: () => ({}),
    pushEditOperations: (_before: unknown, edits: { text: string }[]) => {
      value = edits[0]!.text;
      version += 1;
    },
    dispose: () => undefined,
  };
  const buffer = { path, model, savedVersion: 1, viewState: null, dispose: () => undefined } as unknown as Buffer & { type: (t: string) => void };
  buffer.type = (t: string) => {
    value += t;
    version += 1;
    noteChange(buffer);
  };
  return buffer;
}

let stored: Map<string, string>;
let writes: string[];

beforeEach(() => {
  vi.useFakeTimers();
  stored = new Map([["main.py", "old"]]);
  writes = [];
  const store = {
    writeFile: async (_id: string, path: string, data: string, opts: { expectedRevision?: number }) => {
      writes.push(`${path}=${data}`);
      stored.set(path, data);
      return { ok: true, value: { ...meta, revision: (opts.expectedRevision ?? 0) + 1 } };
    },
    readText: async (_id: string, path: string) => stored.get(path),
    getProject: async () => meta,
  };
  setServices(store as never, {} as never);
  setState({ ...initialState, phase: "ready", project: meta, projects: [meta], tabs: [{ path: "main.py", kind: "text", size: 3 }], active: "main.py" });
});

afterEach(() => {
  cancelPendingSaves();
  disposeAllBuffers();
  vi.useRealTimers();
});

describe("an open file replaced in storage", () => {
  it("a clean buffer shows the new text and stays clean", () => {
    const buffer = fakeBuffer("main.py", "old");
    addBuffer(buffer);
    followStoredFile("main.py", bytes("uploaded"), "the upload");
    expect(buffer.model.getValue()).toBe("uploaded");
    expect(getState().dirty).toEqual({});
    expect(getState().replaced).toEqual({});
  });

  it("a buffer with unsaved edits keeps them and saves nothing until the user chooses", async () => {
    const buffer = fakeBuffer("main.py", "old");
    addBuffer(buffer);
    buffer.type(" + mine");
    stored.set("main.py", "uploaded");
    followStoredFile("main.py", bytes("uploaded"), "the upload");
    expect(buffer.model.getValue()).toBe("old + mine");
    expect(getState().replaced).toEqual({ "main.py": "the upload" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(await flushAll()).toBe(false);
    expect(writes).toEqual([]);
    expect(getState().dirty).toEqual({ "main.py": true });
    expect(unsavedReason()).toContain('"main.py" changed while you had unsaved edits');
  });

  it("Keep my edits stores the editor's text over the new version", async () => {
    const buffer = fakeBuffer("main.py", "old");
    addBuffer(buffer);
    buffer.type("!");
    followStoredFile("main.py", bytes("uploaded"), "the upload");
    await keepMyEdits("main.py");
    expect(writes).toEqual(["main.py=old!"]);
    expect(getState().replaced).toEqual({});
    expect(getState().dirty).toEqual({});
  });

  it("Use the new version shows the stored text, clean, and later edits save normally", async () => {
    const buffer = fakeBuffer("main.py", "old");
    addBuffer(buffer);
    buffer.type("!");
    stored.set("main.py", "uploaded");
    followStoredFile("main.py", bytes("uploaded"), "the upload");
    await useNewVersion("main.py");
    expect(buffer.model.getValue()).toBe("uploaded");
    expect(getState().replaced).toEqual({});
    expect(getState().dirty).toEqual({});
    buffer.type("?");
    expect(await flushAll()).toBe(true);
    expect(writes).toEqual(["main.py=uploaded?"]);
  });

  it("edits that equal the new text are simply saved", () => {
    const buffer = fakeBuffer("main.py", "old");
    addBuffer(buffer);
    buffer.type("!");
    followStoredFile("main.py", bytes("old!"), "the upload");
    expect(getState().dirty).toEqual({});
    expect(getState().replaced).toEqual({});
  });

  it("a binary tab's size follows the file", () => {
    setState({ tabs: [{ path: "logo.bmp", kind: "binary", size: 10 }] });
    followStoredFile("logo.bmp", new Uint8Array(64), "the upload");
    expect(getState().tabs[0]!.size).toBe(64);
  });
});
