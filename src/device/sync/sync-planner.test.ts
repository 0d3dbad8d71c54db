// The sync decision table: every combination of project, board and last-sync state lands in exactly one list.
import { describe, expect, it } from "vitest";
import { localChecksums, needsDecisions, planSync, type LocalFile } from "./sync-planner";
import type { BoardEntry } from "../files/board-files";
import type { SyncRecord } from "./sync-record";

const local = (files: Record<string, string>) => new Map<string, LocalFile>(Object.entries(files).map(([p, c]) => [p, { checksum: c, size: c.length }]));
const board = (files: Record<string, string>, root = ""): BoardEntry[] => Object.entries(files).map(([p, c]) => ({ path: `${root}/${p}`, kind: "file", size: c.length, checksum: c }));
const record = (files: Record<string, string>): SyncRecord => ({ version: 1, files, syncedAt: 1 });
const paths = (items: { path: string; reason: string }[]) => items.map((i) => `${i.path}:${i.reason}`);

describe("planSync", () => {
  it("classifies every case against the last sync", () => {
    const plan = planSync({
      algorithm: "sha256",
      local: local({ same: "sha256:1", new: "sha256:2", edited: "sha256:3b", boardEdited: "sha256:4", both: "sha256:5a", gone: "sha256:6" }),
      board: board({ same: "sha256:1", edited: "sha256:3", boardEdited: "sha256:4b", both: "sha256:5b", extra: "sha256:7", deletedHere: "sha256:8", deletedHereChanged: "sha256:9b" }),
      lastSync: record({ same: "sha256:1", edited: "sha256:3", boardEdited: "sha256:4", both: "sha256:5", gone: "sha256:6", deletedHere: "sha256:8", deletedHereChanged: "sha256:9" }),
    });
    expect(paths(plan.upload)).toEqual(["edited:changed", "gone:missing-on-board", "new:new"]);
    expect(paths(plan.unchanged)).toEqual(["same:same"]);
    expect(paths(plan.changedOnBoard)).toEqual(["boardEdited:changed-on-board"]);
    expect(paths(plan.conflicts)).toEqual(["both:both-changed"]);
    expect(paths(plan.boardOnly)).toEqual(["deletedHere:deleted-in-project", "deletedHereChanged:deleted-in-project-changed-on-board", "extra:not-in-project"]);
    expect(plan.conflicts[0]).toMatchObject({ local: "sha256:5a", board: "sha256:5b", last: "sha256:5" });
    expect(needsDecisions(plan)).toBe(true);
  });

  it("asks before overwriting a different board file when there was no sync before", () => {
    const plan = planSync({ algorithm: "sha256", local: local({ "main.py": "sha256:a", "lib/x.py": "sha256:x" }), board: board({ "main.py": "sha256:b", "lib/x.py": "sha256:x" }) });
    expect(paths(plan.conflicts)).toEqual(["main.py:first-sync"]);
    expect(paths(plan.unchanged)).toEqual(["lib/x.py:same"]);
    expect(plan.upload).toEqual([]);
  });

  it("maps a project onto a board folder, ignoring files outside it and the firmware's and OS's files", () => {
    const listing: BoardEntry[] = [
      ...board({ "main.py": "sha256:m", "boot_out.txt": "sha256:b" }),
      ...board({ "code.py": "sha256:c", ".Trashes/1": "sha256:t", "lib/._x.py": "sha256:r" }, "/proj"),
      { path: "/proj/lib", kind: "dir", size: 0 },
    ];
    const plan = planSync({ algorithm: "sha256", local: local({ "code.py": "sha256:c" }), board: listing, boardRoot: "/proj" });
    expect(paths(plan.unchanged)).toEqual(["code.py:same"]);
    expect(plan.boardOnly).toEqual([]);
    expect(plan.ignored.sort()).toEqual([".Trashes/1", "lib/._x.py"]);
  });

  it("ignores a record made with another checksum algorithm", () => {
    const plan = planSync({ algorithm: "crc32", local: local({ a: "crc32:1" }), board: board({ a: "crc32:2" }), lastSync: record({ a: "sha256:1" }) });
    expect(paths(plan.conflicts)).toEqual(["a:first-sync"]);
  });

  it("refuses a listing without checksums instead of guessing", () => {
    expect(() => planSync({ algorithm: "sha256", local: local({}), board: [{ path: "/a", kind: "file", size: 1 }] })).toThrow(/checksums/);
  });

  it("checksums project files with the board's algorithm", async () => {
    const sums = await localChecksums(new Map([["a.txt", new TextEncoder().encode("123456789")]]), "crc32");
    expect(sums.get("a.txt")).toEqual({ checksum: "crc32:cbf43926", size: 9 });
  });
});
