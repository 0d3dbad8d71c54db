// Stored sync records are validated on the way in: damage costs questions, never a skipped change.
import { describe, expect, it } from "vitest";
import { isProjectPath, restoreRecord } from "./sync-record";
import { toBoardPath, toProjectPath } from "./board-paths";

describe("sync records and paths", () => {
  it("keeps well-formed entries and drops the rest", () => {
    expect(restoreRecord({ version: 1, files: { "a.py": "sha256:ab", "/abs": "sha256:ab", "b.py": 3, "c.py": "md5:1", "d/../e": "crc32:1" }, syncedAt: 5 })).toEqual({
      version: 1,
      files: { "a.py": "sha256:ab" },
      syncedAt: 5,
    });
    expect(restoreRecord({ version: 2, files: {} })).toBeNull();
    expect(restoreRecord("nope")).toBeNull();
    expect(isProjectPath("lib/a.py")).toBe(true);
    expect(isProjectPath("lib//a.py")).toBe(false);
  });

  it("maps project paths to board paths under a folder and back", () => {
    expect(toBoardPath("lib/a.py")).toBe("/lib/a.py");
    expect(toBoardPath("lib/a.py", "/proj/")).toBe("/proj/lib/a.py");
    expect(toProjectPath("/proj/lib/a.py", "/proj")).toBe("lib/a.py");
    expect(toProjectPath("/project2/a.py", "/proj")).toBeNull();
    expect(toProjectPath("/a.py")).toBe("a.py");
  });
});
