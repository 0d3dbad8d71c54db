// DriveSaver: batches a program's drive changes, a newer write to a file replacing an older one still queued.
import { describe, expect, it } from "vitest";
import type { DriveChange } from "../../board/memory-drive";
import { DriveSaver } from "./drive-saver";

const write = (path: string, text: string): DriveChange => ({ kind: "write", path, data: new TextEncoder().encode(text) });

describe("DriveSaver", () => {
  it("coalesces writes to the same file and keeps the order of other changes", async () => {
    const saved: DriveChange[][] = [];
    const saver = new DriveSaver(async (c) => void saved.push(c), 10_000);
    saver.push(write("log.txt", "1"));
    saver.push(write("other.txt", "x"));
    saver.push(write("log.txt", "12"));
    saver.push({ kind: "rename", from: "log.txt", to: "old.txt" });
    saver.push(write("log.txt", "3"));
    await saver.flush();
    expect(saved).toHaveLength(1);
    const summary = saved[0].map((c) => (c.kind === "write" ? `${c.path}=${new TextDecoder().decode(c.data)}` : c.kind));
    expect(summary).toEqual(["other.txt=x", "log.txt=12", "rename", "log.txt=3"]);
  });

  it("saves on its own after the delay", async () => {
    const saved: DriveChange[][] = [];
    const saver = new DriveSaver(async (c) => void saved.push(c), 5);
    saver.push({ kind: "mkdir", path: "data" });
    await new Promise((r) => setTimeout(r, 30));
    expect(saved).toEqual([[{ kind: "mkdir", path: "data" }]]);
  });
});
