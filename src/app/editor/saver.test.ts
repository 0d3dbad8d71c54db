// The debounced saver against a fake store: saves after the delay, keeps text and dirty state when storage is
// full, and stops writing once another tab's change is detected.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProjectMeta, Result } from "../../storage";
import { setServices } from "../services";
import { getState, initialState, setState } from "../state";
import { addBuffer, disposeAllBuffers, type Buffer } from "./buffers";
import { QUIET_MS, SAVE_DELAY_MS, cancelPendingSaves, flushAll, noteChange } from "./saver";

const meta: ProjectMeta = { id: "p1", name: "P", flavor: "circuitpython", createdAt: 0, updatedAt: 0, revision: 3 };

/** Just enough of a Monaco model: text plus an alternative version id that counts edits. */
function fakeBuffer(path: string, text: string): Buffer & { type: (t: string) => void } {
  let value = text;
  let version = 1;
  const model = {
    getValue: () => value,
    getAlternativeVersionId: () => version,
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

let writes: { path: string; data: string; expectedRevision?: number }[];
let answer: (rev: number) => Result<ProjectMeta>;

beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  answer = (rev) => ({ ok: true, value: { ...meta, revision: rev + 1 } });
  const store = {
    writeFile: async (_id: string, path: string, data: string, opts: { expectedRevision?: number }) => {
      writes.push({ path, data, expectedRevision: opts.expectedRevision });
      return answer(opts.expectedRevision ?? 0);
    },
    getProject: async () => meta,
  };
  setServices(store as never, {} as never);
  setState({ ...initialState, phase: "ready", project: meta, projects: [meta] });
});

afterEach(() => {
  cancelPendingSaves();
  disposeAllBuffers();
  vi.useRealTimers();
});

describe("saver", () => {
  it("writes once typing pauses, with the expected revision", async () => {
    const buffer = fakeBuffer("code.py", "a");
    addBuffer(buffer);
    buffer.type("b");
    expect(getState().dirty).toEqual({ "code.py": true });
    await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    buffer.type("c");
    await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(writes).toEqual([{ path: "code.py", data: "abc", expectedRevision: 3 }]);
    expect(getState().dirty).toEqual({});
    expect(getState().project?.revision).toBe(4);
  });

  it("never lets a change wait longer than SAVE_DELAY_MS while typing goes on", async () => {
    const buffer = fakeBuffer("code.py", "");
    addBuffer(buffer);
    const step = QUIET_MS / 4;
    for (let t = 0; t < 3 * SAVE_DELAY_MS; t += step) {
      buffer.type("x");
      await vi.advanceTimersByTimeAsync(step);
      if (t + step === SAVE_DELAY_MS) expect(writes).toHaveLength(1);
    }
    expect(writes.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps the text and the dirty state when storage is full, and says so", async () => {
    answer = () => ({ ok: false, error: { code: "quota", message: "Storage is full: couldn't save." } });
    const buffer = fakeBuffer("code.py", "x");
    addBuffer(buffer);
    buffer.type("y");
    expect(await flushAll()).toBe(false);
    expect(getState().saveError).toBe("Storage is full: couldn't save.");
    expect(getState().dirty).toEqual({ "code.py": true });
    expect(buffer.model.getValue()).toBe("xy");
  });

  it("stops writing after a conflict until the user chooses", async () => {
    answer = () => ({ ok: false, error: { code: "conflict", message: "changed elsewhere" } });
    const buffer = fakeBuffer("code.py", "x");
    addBuffer(buffer);
    buffer.type("1");
    expect(await flushAll()).toBe(false);
    expect(getState().conflict).toEqual({ kind: "changed-elsewhere" });
    buffer.type("2");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(writes).toHaveLength(1);
  });
});
