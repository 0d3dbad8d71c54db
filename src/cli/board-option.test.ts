// `pyco run --board ID` and wiring.json's "board": a program written for a Feather runs as written, an unknown id
// is refused with the known ones, and the Pico stays the default.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "./args";
import { parseServeArgs } from "./serve";
import { runProgram } from "./run-program";

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-board-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function run(dir: string, board?: string): { status: number; out: string } {
  let out = "";
  const status = runProgram({
    target: dir, flavor: "circuitpython", float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [],
    debug: false, write: (_fd, text) => void (out += text), maxTime: 2, board,
  });
  return { status, out };
}

const FEATHER_PROGRAM = "import board, digitalio, os\nled = digitalio.DigitalInOut(board.D13)\nled.switch_to_output(True)\nprint(os.uname().machine, board.NEOPIXEL)\n";

describe("pyco run --board", () => {
  it("parses --board for run and serve, refusing unknown ids with the known ones", () => {
    expect(parseArgs(["run", "x.py", "--board", "adafruit_feather_rp2040"])).toMatchObject({ board: "adafruit_feather_rp2040" });
    expect((parseArgs(["run", "x.py"]) as { board?: string }).board).toBeUndefined();
    expect(parseArgs(["run", "x.py", "--board", "feather"])).toMatch(/^--board: unknown board 'feather': known boards are raspberry_pi_pico, .*adafruit_feather_rp2040/);
    expect(parseServeArgs(["--tcp", "127.0.0.1:0", "--board", "adafruit_kb2040"])).toMatchObject({ board: "adafruit_kb2040" });
    expect(parseServeArgs(["--tcp", "127.0.0.1:0", "--board", "x"])).toMatch(/unknown board 'x'/);
  });

  it("runs a Feather program as written with --board, and raises as a Pico without it", () => {
    const dir = project({ "code.py": FEATHER_PROGRAM });
    expect(run(dir, "adafruit_feather_rp2040")).toEqual({ status: 0, out: "Adafruit Feather RP2040 with rp2040 board.NEOPIXEL\n" });
    const pico = run(dir);
    expect(pico.status).toBe(1);
    expect(pico.out).toContain("AttributeError: 'module' object has no attribute 'D13'");
  });

  it("takes the board from wiring.json, and reports a bad one while running on the Pico", () => {
    expect(run(project({ "code.py": FEATHER_PROGRAM, "wiring.json": '{"board": "adafruit_feather_rp2040"}' })).status).toBe(0);
    const bad = run(project({ "code.py": "import os\nprint(os.uname().machine)\n", "wiring.json": '{"board": "adafruit_feather", "parts": []}' }));
    expect(bad.out).toContain("pyco: wiring.json: unknown board 'adafruit_feather': known boards are");
    expect(bad.out).toContain("Raspberry Pi Pico with rp2040");
  });
});
