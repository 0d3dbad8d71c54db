// Carrying out a sync plan against an in-memory board: decisions, the record after success and after a failure
// part-way, and "download board".
import { describe, expect, it } from "vitest";
import { executeSync, prepareSync, type SyncBoard } from "./board-sync";
import { downloadBoard } from "./download-board";
import { BoardFileError } from "../files/board-file-error";
import { checksum } from "../files/checksums";
import type { BoardEntry } from "../files/board-files";
import type { SyncRecord } from "./sync-record";

const enc = (s: string) => new TextEncoder().encode(s);
const sha = (s: string) => checksum("sha256", enc(s));

/** A board as a map of absolute paths; `failWriteOf` makes writing that file fail as a full drive would. */
class MemoryBoard implements SyncBoard {
  files = new Map<string, Uint8Array>();
  failWriteOf?: string;
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [p, c] of Object.entries(initial)) this.files.set(p, enc(c));
  }

  async capabilities() {
    return { implementation: "micropython", checksum: "sha256" as const, base64: true, ilistdir: true };
  }

  async list(): Promise<BoardEntry[]> {
    return Promise.all([...this.files].map(async ([path, data]) => ({ path, kind: "file" as const, size: data.length, checksum: await checksum("sha256", data) })));
  }

  async writeFiles(files: { path: string; data: Uint8Array }[], options: { onFileWritten?(path: string): void } = {}) {
    for (const f of files) {
      if (f.path === this.failWriteOf) throw new BoardFileError("no-space", `Could not write ${f.path}: the board's flash is full.`, f.path);
      this.files.set(f.path, f.data);
      this.writes++;
      options.onFileWritten?.(f.path);
    }
  }

  async readFiles(files: { path: string }[]) {
    return new Map(files.map((f) => [f.path, this.files.get(f.path)!]));
  }

  async delete(path: string) {
    this.files.delete(path);
  }

  text(path: string): string | undefined {
    const data = this.files.get(path);
    return data && new TextDecoder().decode(data);
  }
}

const project = (files: Record<string, string>) => new Map(Object.entries(files).map(([p, c]) => [p, enc(c)]));

describe("executeSync", () => {
  it("uploads a new project, records it, and finds nothing to do the second time", async () => {
    const board = new MemoryBoard();
    const local = project({ "main.py": "print(1)", "lib/a.py": "A = 1" });
    const plan = await prepareSync(board, local, null);
    const result = await executeSync(board, plan, local, {}, { now: () => 42 });
    expect(result.error).toBeUndefined();
    expect(result.uploaded.sort()).toEqual(["lib/a.py", "main.py"]);
    expect(result.record).toEqual({ version: 1, files: { "lib/a.py": await sha("A = 1"), "main.py": await sha("print(1)") }, syncedAt: 42 });
    const again = await prepareSync(board, local, result.record);
    expect(again.unchanged).toHaveLength(2);
    expect([...again.upload, ...again.conflicts, ...again.changedOnBoard, ...again.boardOnly]).toEqual([]);
  });

  it("follows the person's decisions and leaves undecided items as they were", async () => {
    const last: SyncRecord = { version: 1, files: { "a.py": await sha("a0"), "b.py": await sha("b0"), "c.py": await sha("c0"), "gone.py": await sha("g") }, syncedAt: 1 };
    const board = new MemoryBoard({ "/a.py": "a-board", "/b.py": "b-board", "/c.py": "c-board", "/gone.py": "g", "/extra.txt": "x", "/log.txt": "l" });
    const local = project({ "a.py": "a-local", "b.py": "b-local", "c.py": "c0" });
    const plan = await prepareSync(board, local, last);
    expect(plan.conflicts.map((i) => i.path)).toEqual(["a.py", "b.py"]);
    expect(plan.changedOnBoard.map((i) => i.path)).toEqual(["c.py"]);
    const result = await executeSync(board, plan, local, {
      changed: { "a.py": "upload", "b.py": "download" },
      boardOnly: { "gone.py": "delete", "extra.txt": "download" },
    });
    expect(board.text("/a.py")).toBe("a-local");
    expect(board.text("/c.py")).toBe("c-board");
    expect(board.files.has("/gone.py")).toBe(false);
    expect(board.text("/log.txt")).toBe("l");
    expect([...result.downloaded.keys()].sort()).toEqual(["b.py", "extra.txt"]);
    expect(result.record.files).toEqual({
      "a.py": await sha("a-local"),
      "b.py": await sha("b-board"),
      "c.py": await sha("c0"),
      "extra.txt": await sha("x"),
    });
  });

  it("stops at a failure and records exactly what was done before it", async () => {
    const last: SyncRecord = { version: 1, files: { "b.py": await sha("b0") }, syncedAt: 1 };
    const board = new MemoryBoard({ "/b.py": "b0" });
    board.failWriteOf = "/c.py";
    const local = project({ "a.py": "a", "b.py": "b1", "c.py": "c", "d.py": "d" });
    const result = await executeSync(board, await prepareSync(board, local, last), local);
    expect(result.error).toBeInstanceOf(BoardFileError);
    expect(result.uploaded).toEqual(["a.py", "b.py"]);
    expect(result.record.files).toEqual({ "a.py": await sha("a"), "b.py": await sha("b1") });
  });

  it("does not upload a file deleted from the project after planning", async () => {
    const board = new MemoryBoard();
    const local = project({ "a.py": "a", "b.py": "b" });
    const plan = await prepareSync(board, local, null);
    local.delete("b.py");
    const result = await executeSync(board, plan, local);
    expect(result.uploaded).toEqual(["a.py"]);
    expect(board.files.has("/b.py")).toBe(false);
  });

  it("syncs a project into a board folder that does not exist yet", async () => {
    const board = new MemoryBoard({ "/main.py": "other project" });
    board.list = async (root?: string) => {
      if (root === "/proj") throw new BoardFileError("not-found", "Could not list /proj: no such file or folder on the board.", "/proj");
      return [];
    };
    const local = project({ "main.py": "mine" });
    const plan = await prepareSync(board, local, null, { boardRoot: "/proj" });
    await executeSync(board, plan, local, {}, { boardRoot: "/proj" });
    expect(board.text("/proj/main.py")).toBe("mine");
    expect(board.text("/main.py")).toBe("other project");
  });
});

describe("downloadBoard", () => {
  it("reads every file into a project that starts in sync, leaving out the firmware's and OS's files", async () => {
    const board = new MemoryBoard({ "/code.py": "print(1)", "/lib/x.py": "X", "/boot_out.txt": "Adafruit", "/.fseventsd/a": "z" });
    const { files, record, ignored } = await downloadBoard(board, { now: () => 7 });
    expect([...files.keys()]).toEqual(["code.py", "lib/x.py"]);
    expect(ignored.sort()).toEqual([".fseventsd/a", "boot_out.txt"]);
    const plan = await prepareSync(board, files, record);
    expect(plan.unchanged).toHaveLength(2);
    expect(plan.boardOnly).toEqual([]);
  });
});
