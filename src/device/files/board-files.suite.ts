// The BoardFiles integration suite, run against each board in a worker: MicroPython's WebAssembly build (an oracle for
// real MicroPython) and the simulated Pico with Pyco's own interpreter. Faults are injected at the connection.
import { afterEach, describe, expect, it } from "vitest";
import { ReplClient } from "../repl-client";
import { SimulatorConnection } from "../simulator-connection";
import { startWorkerBoard } from "../../../tests/support/worker-board";
import { FaultyConnection } from "../../../tests/support/faulty-connection";
import { BoardFiles, type BoardFilesOptions } from "./board-files";
import { BoardFileError } from "./board-file-error";
import { checksum } from "./checksums";
import type { RawReplRunner } from "./file-session";
import type { TransferProgress } from "./progress";

export interface BoardVariant {
  /** Firmware without some modules (["hashlib"]); only boards that can model it. */
  withoutModules?: string[];
  /** The drive read-only to Python, as CircuitPython's is while the computer mounts it. */
  readOnly?: boolean;
  /** Files on the drive at power-on, relative to the test root. */
  files?: { path: string; data: Uint8Array }[];
}

export interface BoardUnderTest {
  name: string;
  worker: URL;
  /** The folder tests work in ("/" on a Pico; the WebAssembly build's root holds /dev and /proc). */
  root: string;
  workerData(variant: BoardVariant): Record<string, unknown>;
  /** Which variants the board can model. */
  models: { withoutModules: boolean; readOnly: boolean };
}

export interface StartedBoard {
  files: BoardFiles;
  repl: ReplClient;
  link: FaultyConnection;
  /** Counts execs that go through `files` (to check batching). */
  execs: { count: number };
  /** Runs Python directly and returns its stdout (throws on a traceback). */
  python(source: string): Promise<string>;
  /** What a reset does to the board: running code stopped, Python state gone, files kept. */
  resetBoard(): Promise<void>;
}

const running: { close(): Promise<void> }[] = [];

/** Closes every board `startBoard` started (call from afterEach). */
export async function closeBoards(): Promise<void> {
  for (const c of running.splice(0)) await c.close();
}

export function startBoard(board: BoardUnderTest, variant: BoardVariant = {}, options: BoardFilesOptions = {}): StartedBoard {
  const inner = new SimulatorConnection(startWorkerBoard(board.worker, board.workerData(variant)));
  running.push(inner);
  const link = new FaultyConnection(inner);
  const repl = new ReplClient(link, { answerTimeoutMs: 20000 });
  const execs = { count: 0 };
  const counting: RawReplRunner = {
    withRawRepl: (work) =>
      repl.withRawRepl((s) =>
        work({
          exec: (source, o) => {
            execs.count++;
            return s.exec(source, o);
          },
        }),
      ),
  };
  return {
    files: new BoardFiles(counting, options),
    repl,
    link,
    execs,
    async python(source) {
      const r = await repl.exec(source, { timeoutMs: 60000 });
      if (r.stderr) throw new Error(r.stderr);
      return r.stdout;
    },
    async resetBoard() {
      // Ctrl-C ends what the board was receiving or running; Ctrl-D on an empty raw line soft-reboots it.
      await inner.write(Uint8Array.of(0x03, 0x03, 0x01));
      await delay(50);
      await inner.write(Uint8Array.of(0x04));
      await delay(150);
      await inner.write(Uint8Array.of(0x02));
      await delay(50);
    },
  };
}

const encode = (s: string) => new TextEncoder().encode(s);
const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 7 + (i >> 8)) & 255);

export function describeBoardFiles(board: BoardUnderTest, available = true, skipReason = ""): void {
  const at = (p: string) => (board.root === "/" ? p : board.root + p);
  const title = available ? `BoardFiles on ${board.name}` : `BoardFiles on ${board.name} (skipped: ${skipReason})`;

  describe.skipIf(!available)(title, () => {
    afterEach(closeBoards);

    async function started(variant: BoardVariant = {}, options: BoardFilesOptions = {}): Promise<StartedBoard> {
      return startBoard(board, variant, options);
    }

    it("tells what the board is and what it can do", async () => {
      const { files } = await started();
      expect(await files.capabilities()).toMatchObject({ implementation: "micropython", checksum: "sha256", base64: true });
      const info = await files.info();
      expect(info.flavor).toBe("micropython");
      expect(info.version).toMatch(/^1\.\d+\.\d+$/);
      expect(info.memFree).toBeGreaterThan(0);
      expect(info.flashTotal).toBeGreaterThan(0);
    });

    it("round-trips text, every byte value, empty files and unusual names, creating parent folders", async () => {
      const { files } = await started();
      const samples = new Map([
        [at("/main.py"), encode("import time\nprint('héllo')\r\n\ttime.sleep(1)\n")],
        [at("/lib/deep/all.bin"), Uint8Array.from({ length: 256 * 4 }, (_, i) => i & 255)],
        [at("/empty.txt"), new Uint8Array(0)],
        [at("/it's a \"name\" é.txt"), encode("quoted")],
      ]);
      await files.writeFiles([...samples].map(([path, data]) => ({ path, data })));
      for (const [path, data] of samples) expect(await files.readFile(path)).toEqual(data);
      const listed = await files.list(board.root, { checksums: true });
      for (const [path, data] of samples) {
        expect(listed.find((e) => e.path === path)).toEqual({ path, kind: "file", size: data.length, checksum: await checksum("sha256", data) });
      }
      expect(listed.find((e) => e.path === at("/lib/deep"))?.kind).toBe("dir");
    });

    it("replaces a file atomically and leaves no temporary file behind", async () => {
      const { files, python } = await started();
      await files.writeFile(at("/a.py"), encode("old"));
      await files.writeFile(at("/a.py"), bytes(9000));
      expect(await files.readFile(at("/a.py"))).toEqual(bytes(9000));
      expect(await python(`import os\nprint(sorted(os.listdir('${board.root}')))`)).toBe("['a.py']\r\n");
    });

    it("writes many small files in a handful of execs and reads them back in one", async () => {
      const { files, execs } = await started();
      const many = Array.from({ length: 30 }, (_, i) => ({ path: at(`/lib/m${i}.py`), data: encode(`VALUE = ${i}\n`.repeat(5)) }));
      const before = execs.count;
      await files.writeFiles(many);
      // The helper probe and prelude (first session only), then the 30 files in one or two execs.
      expect(execs.count - before).toBeLessThanOrEqual(4);
      const listed = (await files.list(at("/lib"))).filter((e) => e.kind === "file");
      const beforeRead = execs.count;
      const back = await files.readFiles(listed.map((e) => ({ path: e.path, size: e.size })));
      // The probe finds the helpers still defined; one exec reads all 30.
      expect(execs.count - beforeRead).toBe(2);
      for (const f of many) expect(back.get(f.path)).toEqual(f.data);
    });

    it("reports progress with a speed while moving a large file, in bounded execs", async () => {
      const { files } = await started({}, { readExecBytes: 8192 });
      const big = bytes(100_000, 3);
      const writes: TransferProgress[] = [];
      await files.writeFile(at("/big.bin"), big, { onProgress: (p) => writes.push(p) });
      expect(writes.at(-1)).toMatchObject({ bytesDone: big.length, bytesTotal: big.length });
      expect(writes.at(-1)!.bytesPerSecond).toBeGreaterThan(0);
      const reads: TransferProgress[] = [];
      expect(await files.readFile(at("/big.bin"), (p) => reads.push(p))).toEqual(big);
      expect(reads.length).toBeGreaterThan(10);
      expect(reads.at(-1)).toMatchObject({ bytesDone: big.length, bytesTotal: big.length });
      for (let i = 1; i < reads.length; i++) expect(reads[i].bytesDone).toBeGreaterThanOrEqual(reads[i - 1].bytesDone);
    });

    it("deletes, renames and creates folders, refusing a non-empty folder unless asked to recurse", async () => {
      const { files } = await started();
      await files.writeFile(at("/d/e/f.txt"), encode("f"));
      await files.mkdir(at("/x/y/z"));
      await files.rename(at("/d/e/f.txt"), at("/x/y/z/g.txt"));
      expect(await files.readFile(at("/x/y/z/g.txt"))).toEqual(encode("f"));
      await expect(files.delete(at("/x"))).rejects.toBeInstanceOf(BoardFileError);
      await files.delete(at("/x"), { recursive: true });
      await files.delete(at("/d/e"));
      const paths = (await files.list(board.root)).map((e) => e.path);
      expect(paths).toEqual([at("/d")]);
      await expect(files.delete("/", { recursive: true })).rejects.toThrow(/root/);
    });

    it("names the missing file in a clear error and keeps working afterwards", async () => {
      const { files } = await started();
      const error = await files.readFile(at("/nope.py")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoardFileError);
      expect((error as BoardFileError).message).toMatch(/^Could not read .*nope\.py: /);
      await files.writeFile(at("/yes.py"), encode("ok"));
      expect(await files.readFile(at("/yes.py"))).toEqual(encode("ok"));
    });

    it("keeps the old file when the bytes arrive damaged, and removes the temporary file", async () => {
      const { files, link, python } = await started();
      await files.writeFile(at("/keep.txt"), encode("old"));
      let damaged = false;
      link.toBoard = (chunk) => {
        const text = new TextDecoder("latin1").decode(chunk);
        const at = text.indexOf("AAAA");
        if (damaged || at < 0) return chunk;
        damaged = true;
        const copy = chunk.slice();
        copy[at + 2] = 0x42;
        return copy;
      };
      const error = await files.writeFile(at("/keep.txt"), encode("A".repeat(3000))).catch((e: unknown) => e);
      expect(damaged).toBe(true);
      expect(error).toMatchObject({ failure: "verify-failed", path: at("/keep.txt") });
      expect(await files.readFile(at("/keep.txt"))).toEqual(encode("old"));
      expect(await python(`import os\nprint(sorted(os.listdir('${board.root}')))`)).toBe("['keep.txt']\r\n");
    });

    it("keeps the old file when the board resets in the middle of a write; the next write cleans up", async () => {
      const { files, link, resetBoard, python } = await started({}, { writeExecChars: 2048 });
      await files.writeFile(at("/app.py"), encode("old = True\n"));
      link.cutAfter(12_000);
      const error = await files.writeFile(at("/app.py"), bytes(30_000)).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "disconnected" });
      expect((error as Error).message).toMatch(/^Could not write .*app\.py: the board was disconnected/);
      link.restore();
      await resetBoard();
      expect(await files.readFile(at("/app.py"))).toEqual(encode("old = True\n"));
      expect((await files.list(board.root)).map((e) => e.path)).toEqual([at("/app.py")]);
      await files.writeFile(at("/app.py"), bytes(30_000));
      expect(await files.readFile(at("/app.py"))).toEqual(bytes(30_000));
      expect(await python(`import os\nprint(sorted(os.listdir('${board.root}')))`)).toBe("['app.py']\r\n");
    });

    it("stops cleanly when interrupted mid-write: the old file is kept and temp files can be swept", async () => {
      const { files, repl, link, python } = await started();
      await files.writeFile(at("/a.bin"), encode("old"));
      // Ctrl-C (the Stop button) while the board is receiving the third or fourth exec of data.
      link.whenSent(20_000, () => void repl.interrupt());
      const error = await files.writeFile(at("/a.bin"), bytes(100_000)).catch((e: unknown) => e);
      expect(error).toMatchObject({ failure: "interrupted" });
      expect(await files.readFile(at("/a.bin"))).toEqual(encode("old"));
      await files.removeStaleTemps(board.root);
      expect(await python(`import os\nprint(sorted(os.listdir('${board.root}')))`)).toBe("['a.bin']\r\n");
    });

    it.skipIf(!board.models.readOnly)("explains a read-only drive and leaves the file as it was", async () => {
      const { files, python } = await started({ readOnly: true, files: [{ path: "code.py", data: encode("print(1)") }] });
      const error = await files.writeFile(at("/code.py"), encode("print(2)")).catch((e: unknown) => e);
      expect(error).toMatchObject({ failure: "read-only", code: "permission", path: at("/code.py") });
      expect((error as Error).message).toContain("CIRCUITPY");
      expect((error as Error).message).toContain("storage.remount");
      expect(await files.readFile(at("/code.py"))).toEqual(encode("print(1)"));
      expect(await python(`import os\nprint(sorted(os.listdir('${board.root}')))`)).toBe("['code.py']\r\n");
    });

    it.skipIf(!board.models.withoutModules)("works on a board without hashlib (CRC-32) and without binascii (hex and literals)", async () => {
      for (const withoutModules of [["hashlib"], ["hashlib", "binascii"]]) {
        const { files } = await started({ withoutModules });
        expect((await files.capabilities()).checksum).toBe("crc32");
        const data = bytes(5000, 9);
        await files.writeFile(at("/f.bin"), data);
        expect(await files.readFile(at("/f.bin"))).toEqual(data);
        const [entry] = await files.list(board.root, { checksums: true });
        expect(entry.checksum).toBe(await checksum("crc32", data));
        await closeBoards();
      }
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
