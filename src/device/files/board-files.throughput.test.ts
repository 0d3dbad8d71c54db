// Transfer speed of BoardFiles against the boards in workers, printed as a table (bytes/s), with and without 1 ms of
// added latency each way (roughly a USB full-speed link's frame time). Run:
//   npx vitest run src/device/files/board-files.throughput.test.ts
import { afterEach, describe, expect, it } from "vitest";
import { closeBoards, startBoard, type BoardUnderTest } from "./board-files.suite";
import { SIMULATED_BOARD, SIMULATED_BOARD_AVAILABLE, WASM_BOARD } from "./test-boards";

const binary = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
const source = (n: number) => new TextEncoder().encode("def blink(pin, times):\n    for _ in range(times):\n        pin.toggle()  # 'quoted'\n".repeat(n).slice(0, n));

interface Row {
  board: string;
  latency: string;
  what: string;
  bytes: number;
  ms: number;
}
const rows: Row[] = [];

async function measure(board: BoardUnderTest, latencyMs: number): Promise<void> {
  const { files, link } = startBoard(board);
  const at = (p: string) => (board.root === "/" ? p : board.root + p);
  // Warm up first: the first large transfer also pays for JIT-compiling the board's and the host's hot paths.
  await files.writeFile(at("/warm.bin"), binary(32 * 1024));
  await files.readFile(at("/warm.bin"));
  await files.delete(at("/warm.bin"));
  link.latencyMs = latencyMs;
  const record = async (what: string, bytes: number, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    rows.push({ board: board.name, latency: latencyMs ? `${latencyMs} ms each way` : "none", what, bytes, ms: performance.now() - t0 });
  };
  const big = binary(latencyMs ? 64 * 1024 : 256 * 1024);
  const text = source(64 * 1024);
  const small = Array.from({ length: 50 }, (_, i) => ({ path: at(`/lib/mod${i}.py`), data: source(1000 + i) }));
  await record("write binary", big.length, () => files.writeFile(at("/big.bin"), big));
  let back: Uint8Array = new Uint8Array(0);
  await record("read binary", big.length, async () => (back = await files.readFile(at("/big.bin"))));
  expect(Buffer.compare(back, big)).toBe(0);
  await record("write Python source", text.length, () => files.writeFile(at("/text.py"), text));
  await record("read Python source", text.length, () => files.readFile(at("/text.py")));
  const smallBytes = small.reduce((n, f) => n + f.data.length, 0);
  await record("write 50 small files", smallBytes, () => files.writeFiles(small));
  await record("list with checksums", smallBytes + big.length + text.length, () => files.list(board.root, { checksums: true }));
  await record("read 50 small files", smallBytes, () => files.readFiles(small.map((f) => ({ path: f.path, size: f.data.length }))));
  await closeBoards();
}

// A measurement, not a test: speed lives in benchmarks (`npm run bench:files`), never in `npm test` on shared machines.
describe.skipIf(!process.env.PYCO_THROUGHPUT)("BoardFiles throughput", () => {
  afterEach(closeBoards);

  it("measures writes and reads on the MicroPython WebAssembly board", async () => {
    await measure(WASM_BOARD, 0);
    await measure(WASM_BOARD, 1);
  }, 120_000);

  it.skipIf(!SIMULATED_BOARD_AVAILABLE)("measures writes and reads on the simulated Pico", async () => {
    await measure(SIMULATED_BOARD, 0);
    await measure(SIMULATED_BOARD, 1);
  }, 120_000);

  it("prints the table", () => {
    const table = rows.map((r) => ({ ...r, ms: Math.round(r.ms), "bytes/s": Math.round((r.bytes * 1000) / r.ms) }));
    console.table(table);
  });
});
