// A project synced with a board in a worker, through BoardFiles: first upload, a change made by the board's program,
// a local edit, the person's decision, and "download board" — on MicroPython's WebAssembly build and the simulated Pico.
import { afterEach, describe, expect, it } from "vitest";
import { closeBoards, startBoard, type BoardUnderTest } from "../files/board-files.suite";
import { SIMULATED_BOARD, SIMULATED_BOARD_AVAILABLE, SIMULATED_BOARD_MISSING, WASM_BOARD } from "../files/test-boards";
import { executeSync, prepareSync } from "./board-sync";
import { downloadBoard } from "./download-board";

const enc = (s: string) => new TextEncoder().encode(s);
const summary = (items: { path: string; reason: string }[]) => items.map((i) => `${i.path}:${i.reason}`);

const boards: [BoardUnderTest, boolean, string][] = [
  [WASM_BOARD, true, ""],
  [SIMULATED_BOARD, SIMULATED_BOARD_AVAILABLE, SIMULATED_BOARD_MISSING],
];

for (const [board, available, reason] of boards) {
  describe.skipIf(!available)(`sync with ${board.name}${available ? "" : ` (skipped: ${reason})`}`, () => {
    afterEach(closeBoards);

    it("uploads, notices the board's own change, follows the decision, and downloads the board", async () => {
      const { files, python } = startBoard(board);
      const boardRoot = board.root;
      const local = new Map<string, Uint8Array>([
        ["main.py", enc("from lib.util import X\nprint(X)\n")],
        ["lib/util.py", enc("X = 1\n")],
        ["data/blob.bin", Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) & 255)],
      ]);

      const first = await prepareSync(files, local, null, { boardRoot });
      expect(summary(first.upload)).toEqual(["data/blob.bin:new", "lib/util.py:new", "main.py:new"]);
      const synced = await executeSync(files, first, local, {}, { boardRoot });
      expect(synced.error).toBeUndefined();
      expect(Object.keys(synced.record.files)).toEqual(["data/blob.bin", "lib/util.py", "main.py"]);

      // The board's program rewrites a file and logs; meanwhile the project edits main.py.
      const dir = boardRoot === "/" ? "" : boardRoot;
      await python(`with open('${dir}/lib/util.py', 'w') as f:\n f.write('X = 2\\n')\nwith open('${dir}/log.txt', 'w') as f:\n f.write('ran')`);
      local.set("main.py", enc("from lib.util import X\nprint(X * 2)\n"));

      const second = await prepareSync(files, local, synced.record, { boardRoot });
      expect(summary(second.upload)).toEqual(["main.py:changed"]);
      expect(summary(second.changedOnBoard)).toEqual(["lib/util.py:changed-on-board"]);
      expect(summary(second.boardOnly)).toEqual(["log.txt:not-in-project"]);
      expect(summary(second.unchanged)).toEqual(["data/blob.bin:same"]);

      const result = await executeSync(files, second, local, { changed: { "lib/util.py": "download" } }, { boardRoot });
      expect(result.uploaded).toEqual(["main.py"]);
      expect(new TextDecoder().decode(result.downloaded.get("lib/util.py"))).toBe("X = 2\n");
      local.set("lib/util.py", result.downloaded.get("lib/util.py")!);

      const third = await prepareSync(files, local, result.record, { boardRoot });
      expect(third.unchanged).toHaveLength(3);
      expect([...third.upload, ...third.conflicts, ...third.changedOnBoard]).toEqual([]);

      const downloaded = await downloadBoard(files, { boardRoot });
      expect([...downloaded.files.keys()]).toEqual(["data/blob.bin", "lib/util.py", "log.txt", "main.py"]);
      for (const [path, data] of local) expect(downloaded.files.get(path)).toEqual(data);
    });
  });
}
