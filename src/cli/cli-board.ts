// The simulated Pico behind `pyco run`: the board and its parts wired from the project, board time (work costs,
// the --duration deadline) and the --trace recorder, composed into the Host the interpreter runs on.
import { hostWithBoard } from "../board/host-with-board";
import { wireProject, type ProjectFiles } from "../board/project-wiring";
import type { Host } from "../interpreter/runtime/host";
import type { SimulatedBoard } from "../simulator/board";
import { TraceRecorder } from "../simulator/trace";
import { TraceFile } from "./trace-file";
import { withResets, withTimeLimit } from "./board-time";
import { withWorkCost } from "./work-cost";

export interface CliBoardOptions {
  flavor: "micropython" | "circuitpython";
  fast: boolean;
  /** Board seconds until the deadline (0: none). */
  maxTime: number;
  /** --trace FILE ("" or undefined: none). */
  trace?: string;
  /** --board: the board id over wiring.json's (the target board's pin names find the default wiring's parts). */
  board?: string;
}

export interface CliBoard {
  board: SimulatedBoard;
  host: Host;
  trace: { recorder: TraceRecorder; file: TraceFile } | null;
}

/** The --trace recorder on the board, writing to its file; the host's output and hardware pass through it. */
function startTrace(path: string, host: Host, board: SimulatedBoard): { host: Host; recorder: TraceRecorder; file: TraceFile } {
  const file = new TraceFile(path);
  const recorder = new TraceRecorder(board.chip, (e) => file.write(e));
  const traced: Host = {
    ...host,
    hardware: recorder.wrapHardware(host.hardware!),
    writeStdout: (text) => {
      recorder.print(text);
      host.writeStdout(text);
    },
  };
  return { host: traced, recorder, file };
}

/** Powers on a board for `host` with the project's parts wired; `report` hears about wiring problems. */
export function cliBoard(host: Host, files: ProjectFiles, options: CliBoardOptions, report: (message: string) => void): CliBoard {
  // usPerPoll 0: with --fast, withWorkCost decides what running code costs.
  const { host: attached, board } = hostWithBoard(host, options.fast, 0);
  for (const message of wireProject(board.chip.parts, files, options.flavor, options.board)) report(message);
  let boardHost: Host = options.fast ? withWorkCost(attached, board) : attached;
  boardHost = withResets(boardHost, board);
  if (options.maxTime > 0) boardHost = withTimeLimit(boardHost, board, options.maxTime);
  const trace = options.trace ? startTrace(options.trace, boardHost, board) : null;
  return { board, host: trace?.host ?? boardHost, trace: trace && { recorder: trace.recorder, file: trace.file } };
}
