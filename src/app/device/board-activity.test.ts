// The activity tracker: prompts mean idle, Enter/Ctrl-D and Run mean running, CircuitPython's statuses and its
// "Press any key" are understood, and escape sequences or split chunks don't confuse it.
import { describe, expect, it } from "vitest";
import { ActivityTracker, type ActivitySnapshot } from "./board-activity";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function tracker(): { t: ActivityTracker; changes: ActivitySnapshot[] } {
  const changes: ActivitySnapshot[] = [];
  return { t: new ActivityTracker((s) => changes.push(s)), changes };
}

describe("ActivityTracker", () => {
  it("is idle at the friendly, continuation and paste prompts, even split across chunks", () => {
    const { t } = tracker();
    t.output(bytes("MicroPython v1.28.0\r\n>>"));
    expect(t.snapshot.activity).toBe("unknown");
    t.output(bytes("> "));
    expect(t.snapshot.activity).toBe("idle");
    t.running();
    t.output(bytes("\r\n... "));
    expect(t.snapshot.activity).toBe("idle");
    t.running();
    t.output(bytes("\r\n=== "));
    expect(t.snapshot.activity).toBe("idle");
  });

  it("typing at the prompt stays idle; Enter or Ctrl-D starts something until the next prompt", () => {
    const { t } = tracker();
    t.output(bytes(">>> "));
    t.input("w");
    t.output(bytes("w"));
    expect(t.snapshot.activity).toBe("idle");
    t.input("\r");
    expect(t.snapshot.activity).toBe("running");
    t.output(bytes("\r\n0\r\n1\r\n"));
    expect(t.snapshot.activity).toBe("running");
    t.output(bytes("Traceback...\r\nKeyboardInterrupt: \r\n>>> "));
    expect(t.snapshot.activity).toBe("idle");
    t.input("\x04");
    expect(t.snapshot.activity).toBe("running");
  });

  it("understands CircuitPython: title statuses, supervisor escapes and Press any key", () => {
    const { t, changes } = tracker();
    t.circuitStatus("code.py");
    expect(t.snapshot).toEqual({ activity: "running", pressAnyKey: false });
    t.output(bytes("\x1b[2K\x1b[0GCode done running.\r\n\r\nPress any key to enter the REPL. Use CTRL-D to reload.\r\n"));
    expect(t.snapshot).toEqual({ activity: "idle", pressAnyKey: true });
    t.input("x");
    expect(t.snapshot.pressAnyKey).toBe(false);
    t.circuitStatus("REPL");
    expect(t.snapshot.activity).toBe("idle");
    expect(changes.length).toBeGreaterThanOrEqual(4);
  });

  it("reports changes only", () => {
    const { t, changes } = tracker();
    t.output(bytes(">>> "));
    t.output(bytes("\r\n>>> "));
    t.idle();
    expect(changes).toEqual([{ activity: "idle", pressAnyKey: false }]);
    t.reset();
    expect(t.snapshot.activity).toBe("unknown");
  });
});
