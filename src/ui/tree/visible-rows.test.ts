// The tree shows folders first, children only under expanded folders, and new files go into the selected folder.
import { describe, expect, it } from "vitest";
import type { DriveEntry } from "../../storage";
import { targetFolder, visibleRows } from "./visible-rows";

const entry = (path: string, kind: "file" | "dir" = "file"): DriveEntry => ({ path, kind, size: 0, updatedAt: 0 });
const entries = [entry("code.py"), entry("lib", "dir"), entry("lib/b.py"), entry("lib/a", "dir"), entry("lib/a/x.mpy"), entry("Assets", "dir")];

describe("visibleRows", () => {
  it("lists folders before files, and only the top level when nothing is expanded", () => {
    expect(visibleRows(entries, {}).map((r) => r.path)).toEqual(["Assets", "lib", "code.py"]);
  });

  it("shows the children of expanded folders with their level", () => {
    const rows = visibleRows(entries, { lib: true, "lib/a": true });
    expect(rows.map((r) => [r.path, r.level])).toEqual([
      ["Assets", 1], ["lib", 1], ["lib/a", 2], ["lib/a/x.mpy", 3], ["lib/b.py", 2], ["code.py", 1],
    ]);
    expect(rows.find((r) => r.path === "Assets")?.hasChildren).toBe(false);
  });
});

describe("targetFolder", () => {
  it("is the selected folder, the selected file's folder, or the top level", () => {
    expect(targetFolder(entries, "lib/a")).toBe("lib/a");
    expect(targetFolder(entries, "lib/b.py")).toBe("lib");
    expect(targetFolder(entries, "code.py")).toBe("");
    expect(targetFolder(entries, undefined)).toBe("");
  });
});
