// Notices never pile up: a limit, repeats merged with a count, newer plain messages replacing older ones, time-outs
// that wait while a notice is held, and errors that stay until dismissed.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getState, initialState, setState } from "../state";
import { AUTO_HIDE_MS, MAX_NOTICES, dismissNotice, holdNotice, notify, releaseNotice, runNoticeAction, showError } from "./notices";

const messages = () => getState().notices.map((n) => n.message);

beforeEach(() => {
  vi.useFakeTimers();
  setState({ ...initialState });
});

afterEach(() => {
  for (const n of getState().notices) dismissNotice(n.id);
  vi.useRealTimers();
});

describe("notices", () => {
  it("a newer success replaces the older ones (opening several examples shows one message)", () => {
    notify("success", 'Opened the example "Blink".');
    notify("success", 'Opened the example "PWM fade".');
    notify("info", "There is no other folder to move it to.");
    expect(messages()).toEqual(["There is no other folder to move it to."]);
  });

  it("merges a repeat into the notice shown, with a count, and restarts its time-out", async () => {
    const first = notify("success", "Saved.");
    await vi.advanceTimersByTimeAsync(AUTO_HIDE_MS - 100);
    expect(notify("success", "Saved.")).toBe(first);
    expect(getState().notices).toMatchObject([{ message: "Saved.", repeats: 2 }]);
    await vi.advanceTimersByTimeAsync(AUTO_HIDE_MS - 100);
    expect(messages()).toEqual(["Saved."]);
    await vi.advanceTimersByTimeAsync(200);
    expect(messages()).toEqual([]);
  });

  it("keeps errors and notices with a button, at most MAX_NOTICES, dropping messages before errors", () => {
    showError("e1");
    notify("info", "Deleted a.", { label: "Undo", run: () => undefined });
    showError("e2");
    showError("e3");
    expect(messages()).toHaveLength(MAX_NOTICES);
    expect(messages()).toEqual(["e1", "e2", "e3"]);
    showError("e4");
    expect(messages()).toEqual(["e2", "e3", "e4"]);
  });

  it("errors stay until dismissed; the others time out, but not while held", async () => {
    showError("Storage is full.");
    const undo = vi.fn();
    const id = notify("info", "Deleted a.", { label: "Undo", run: undo });
    holdNotice(id);
    await vi.advanceTimersByTimeAsync(AUTO_HIDE_MS * 3);
    expect(messages()).toEqual(["Storage is full.", "Deleted a."]);
    releaseNotice(id);
    await vi.advanceTimersByTimeAsync(AUTO_HIDE_MS * 1.5);
    expect(messages()).toEqual(["Storage is full."]);
    runNoticeAction(id);
    expect(undo).not.toHaveBeenCalled();
  });

  it("the button of a notice still runs its action", () => {
    const undo = vi.fn();
    const id = notify("info", "Deleted a.", { label: "Undo", run: undo });
    runNoticeAction(id);
    expect(undo).toHaveBeenCalledOnce();
    expect(messages()).toEqual([]);
  });
});
