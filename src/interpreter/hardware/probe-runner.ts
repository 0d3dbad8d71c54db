// Test support (imports the simulator, so only tests use it): runs the hardware probes (/work/shared/hwprobes:
// programs with the output real MicroPython 1.28 and CircuitPython 10.2.1 printed on a bare Pico) on the
// interpreter with a simulated board.
import * as fs from "node:fs";
import * as path from "node:path";
import { Interpreter } from "../runtime/interpreter";
import { makeMemoryHost } from "../runtime/host";
import { InterpreterAbort } from "../runtime/traceback";
import { SimulatedBoard, attachBoard } from "../../simulator/board";
import { MemoryDrive } from "../../board/memory-drive";

export type Flavor = "micropython" | "circuitpython";

export const PROBES_DIR = process.env.PYCO_HWPROBES ?? "/work/shared/hwprobes";

export interface ProbeResult {
  name: string;
  flavor: Flavor;
  expected: string;
  actual: string;
  pass: boolean;
}

/** The probe names of a flavour (each `<name>.py` with a `<name>.py.exp`). */
export function listProbes(flavor: Flavor): string[] {
  const dir = path.join(PROBES_DIR, flavor);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".py") && fs.existsSync(path.join(dir, f + ".exp")))
    .map((f) => f.slice(0, -3)).sort();
}

/**
 * Runs `source` on a fresh simulated board as the raw REPL would (file "<stdin>"), returning stdout + stderr.
 * `setUp` can wire parts to the board (drive pins, set voltages, schedule events on its clock) first; `boardId`
 * simulates another RP2040 board (hardware/boards).
 */
export function runOnBoard(source: string, flavor: Flavor, setUp?: (board: SimulatedBoard) => void, boardId?: string): string {
  let output = "";
  const board = new SimulatedBoard({ mode: "virtual", usPerPoll: 10 });
  setUp?.(board);
  const memoryHost = makeMemoryHost((s) => (output += s));
  // A bare board's drive: empty, and read-only to CircuitPython code while the computer has it mounted.
  memoryHost.fs = new MemoryDrive(flavor === "circuitpython" ? { capacity: 1_048_576, readOnly: true } : {});
  const host = attachBoard(memoryHost, board, {
    onReset: (kind) => {
      throw new InterpreterAbort(`board reset (${kind})`);
    },
  });
  const interp = new Interpreter(host, { flavor, board: boardId });
  try {
    interp.runModule(source, "<stdin>");
  } catch (e) {
    if (!(e instanceof InterpreterAbort)) throw e;
  }
  return output;
}

export function runProbe(flavor: Flavor, name: string): ProbeResult {
  const file = path.join(PROBES_DIR, flavor, name + ".py");
  const expected = fs.readFileSync(file + ".exp", "utf8");
  let actual: string;
  try {
    actual = runOnBoard(fs.readFileSync(file, "utf8"), flavor);
  } catch (e) {
    actual = `<internal error: ${e instanceof Error ? e.message : String(e)}>`;
  }
  return { name, flavor, expected, actual, pass: actual === expected };
}
