// Board-backed buffers in the editor's saver: typing never writes them, Ctrl-S (saveBuffer) goes to the board through
// saveExternally, and "save everything" (Run on the simulator, switching projects) leaves them alone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { addBuffer, disposeAllBuffers, type Buffer } from "../editor/buffers";
import { flushAll, noteChange, saveBuffer } from "../editor/saver";

function boardBuffer(save: () => Promise<boolean>): Buffer {
  const model = { getValue: () => "print(1)", getAlternativeVersionId: () => 2, dispose: () => undefined };
  return { path: "board:/main.py", model, savedVersion: 1, viewState: null, dispose: () => undefined, saveExternally: save } as unknown as Buffer;
}

afterEach(() => {
  disposeAllBuffers();
  vi.useRealTimers();
});

describe("board-backed buffers", () => {
  it("are saved only when asked, through saveExternally", async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => true);
    const buffer = boardBuffer(save);
    addBuffer(buffer);
    noteChange(buffer);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    expect(await flushAll()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(await saveBuffer(buffer)).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
