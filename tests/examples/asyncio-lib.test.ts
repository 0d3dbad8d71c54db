// The CircuitPython asyncio example brings its own asyncio package (lib/asyncio). It is checked three ways: a
// program using each feature prints the same lines on Pyco (CircuitPython flavour), on MicroPython's WebAssembly
// build (so it relies on nothing peculiar to Pyco's interpreter) and with the Adafruit bundle's asyncio (so it
// behaves like the library it stands in for); and real programs written for the bundle's asyncio run with it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startMicroPython } from "../support/micropython-wasm";
import { buildProject, loadPrograms, sharedDir } from "../programs/catalog";
import { runProject, writeProject, type TraceEvent } from "./run-project";

const PACKAGE = join(import.meta.dirname, "../../src/examples/projects/circuitpython/asyncio-tasks/lib/asyncio");
const CHECK = readFileSync(join(import.meta.dirname, "asyncio_check.py"), "utf8");

const EXPECTED = `gather [3, 1, 2] order ['a', 'b', 'c']
task done before False
await task value True
setting the event
waiter 1 woke, set True
waiter 2 woke, set True
event wait when set: True
worker 1 has the lock alone: True
worker 2 has the lock alone: True
worker 3 has the lock alone: True
lock free: True
slow was cancelled
slow cleans up
wait_for timed out
wait_for in time: 42
wait_for_ms in time: 43
cancel: True
forever got CancelledError
awaiting a cancelled task raises CancelledError
cancel again: False
cancel self: can't cancel self
return_exceptions: ["ValueError('x',)", '5']
gather raised first
await raised awaited
handler: Task exception wasn't retrieved ValueError('nobody awaits',)
slept at least 50 ms: True
sleep(0) takes turns: xyxyxy
main done
stopping the loop
run_forever returned
a second run works
`;

const root = mkdtempSync(join(tmpdir(), "pyco-asyncio-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function packageFiles(): { path: string; data: string }[] {
  return readdirSync(PACKAGE).map((name) => ({ path: `asyncio/${name}`, data: readFileSync(join(PACKAGE, name), "utf8") }));
}

describe("the example's asyncio package", () => {
  it("does what the check program expects on Pyco (CircuitPython flavour)", () => {
    const dir = writeProject(join(root, "check"), [{ path: "code.py", data: CHECK }, ...packageFiles().map((f) => ({ ...f, path: `lib/${f.path}` }))]);
    const run = runProject(dir, "circuitpython", 30);
    expect(run.err).toBe("");
    expect(run.out).toBe(EXPECTED);
    expect(run.status).toBe(0);
  }, 60_000);

  it("does the same on MicroPython's WebAssembly build, unchanged", async () => {
    const mp = await startMicroPython();
    // The package goes into the working directory, which comes before the firmware's own asyncio on sys.path.
    mp.run("import os\nos.mkdir('asyncio')");
    for (const file of packageFiles()) mp.run(`with open(${JSON.stringify(file.path)}, 'w') as f:\n    f.write(${JSON.stringify(file.data)})`);
    expect(mp.run("import asyncio\nprint(asyncio.__file__)")).toBe("asyncio/__init__.py\n");
    expect(mp.run(CHECK)).toBe(EXPECTED);
  }, 60_000);
});

describe.skipIf(!existsSync(join(sharedDir(), "libraries")))("the Adafruit bundle's asyncio", () => {
  it("prints the same lines for the check program, so the example's package behaves like the library it stands in for", () => {
    const dir = join(root, "bundle");
    cpSync(join(sharedDir(), "libraries/circuitpython/asyncio/asyncio"), join(dir, "lib/asyncio"), { recursive: true });
    cpSync(join(sharedDir(), "libraries/circuitpython/adafruit_ticks/adafruit_ticks.py"), join(dir, "lib/adafruit_ticks.py"));
    writeProject(dir, [{ path: "code.py", data: CHECK }]);
    const run = runProject(dir, "circuitpython", 30);
    expect(run.err).toBe("");
    expect(run.out).toBe(EXPECTED);
  }, 60_000);
});

/** The guide program laid out as a drive with its libraries, but with this asyncio instead of the bundle's. */
function guideProject(programPath: string): string {
  const entry = loadPrograms().find((p) => p.path.endsWith(programPath));
  if (!entry) throw new Error(`no program ${programPath} in the shared programs`);
  const dir = join(root, programPath.replace(/[^A-Za-z0-9]/g, "_"));
  buildProject(entry, dir);
  rmSync(join(dir, "lib", "asyncio"), { recursive: true, force: true });
  rmSync(join(dir, "lib", "adafruit_ticks.py"), { force: true });
  cpSync(PACKAGE, join(dir, "lib", "asyncio"), { recursive: true });
  return dir;
}

function framesOn(events: TraceEvent[], pin: number): string[] {
  return events.filter((e) => e.type === "neopixel" && e.pin === pin).map((e) => JSON.stringify(e.pixels));
}

describe.skipIf(!existsSync(join(sharedDir(), "programs")))("guide programs written for the bundle's asyncio", () => {
  it("Metro RP2040 asyncio guide: a rainbow on one ring and a blinking ring, in two tasks", () => {
    const run = runProject(guideProject("Adafruit_Metro_RP2040/asyncio/code.py"), "circuitpython", 3);
    expect(run.err).toBe("");
    expect(run.events.at(-1)).toMatchObject({ type: "end", reason: "deadline" });
    const rainbow = framesOn(run.events, 27);
    expect(new Set(rainbow).size).toBeGreaterThan(50);
    // Ring two alternates all-blue and off every 0.5 s: 6 frames in 3 s (give or take the last one).
    // Blue 255 at brightness 0.2 is 50 on the wire: the firmware's built-in pixelbuf scales by trunc(0.2 * 256) / 256.
    const blue = JSON.stringify(Array(16).fill([0, 0, 50]));
    const blink = framesOn(run.events, 28);
    expect(blink.length).toBeGreaterThanOrEqual(5);
    expect(blink.length).toBeLessThanOrEqual(7);
    expect(blink.filter((f) => f === blue).length).toBe(Math.ceil(blink.length / 2));
  }, 60_000);

  it("the library's own simple test: tasks that finish, gather returning, and asyncio.run twice (board.D1/D2 as GP1/GP2)", () => {
    const dir = guideProject("Adafruit_CircuitPython_asyncio/examples/asyncio_simpletest.py");
    const code = join(dir, "code.py");
    writeFileSync(code, readFileSync(code, "utf8").replaceAll("board.D1", "board.GP1").replaceAll("board.D2", "board.GP2"));
    const run = runProject(dir, "circuitpython", 15);
    expect(run.err).toBe("");
    expect(run.out).toBe("done\ndone\n");
    expect(run.events.at(-1)).toMatchObject({ type: "end", reason: "finished", status: 0 });
    const edges = (pin: number) => run.events.filter((e) => e.type === "gpio" && e.pin === pin);
    expect(edges(1)).toHaveLength(20 + 20); // 10 blinks alone, then 10 more beside the other LED
    expect(edges(2)).toHaveLength(40); // 20 blinks at 0.1 s
    const ended = run.events.at(-1)!.t / 1e6;
    expect(ended).toBeGreaterThan(9.9); // 5 s, then max(5 s, 4 s)
    expect(ended).toBeLessThan(10.5);
  }, 60_000);

  it("Cooperative multitasking guide: the rainbow keeps moving while a task polls the buttons", () => {
    const run = runProject(guideProject("Cooperative_Multitasking/neopixels-buttons/code.py"), "circuitpython", 2);
    expect(run.err).toBe("");
    expect(run.events.at(-1)).toMatchObject({ type: "end", reason: "deadline" });
    expect(new Set(framesOn(run.events, 26)).size).toBeGreaterThan(50);
  }, 60_000);
});
