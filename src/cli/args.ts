// Command-line parsing for `pyco run`.
import { findBoard, unknownBoardMessage } from "../interpreter/hardware/boards/index";

export interface CliOptions {
  command: "run";
  target: string;
  flavor: "micropython" | "circuitpython";
  float: "single" | "double";
  fast: boolean;
  timeout: number;
  argv: string[];
  debug: boolean;
  /** Stop the program after this many seconds of board time (0: no limit); the run then counts as finished. */
  maxTime: number;
  /** After the run, print what the wired parts show (displays, terminals, readings). */
  showParts: boolean;
  /** --trace FILE: the board's pin, bus and part events as JSON lines ("" for none). */
  trace: string;
  /** --board ID: the RP2040 board to simulate, over wiring.json's "board" (undefined: wiring.json's, else the Pico). */
  board?: string;
}

/** --board's value as a canonical board id, or the message naming the known ones. */
export function boardArg(v: string): { board: string } | { error: string } {
  const board = findBoard(v);
  return board ? { board: board.id } : { error: `--board: ${unknownBoardMessage(v)}` };
}

/** The options, or an error message ("" for --help). */
export function parseArgs(argv: string[]): CliOptions | string {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") return "";
  if (argv[0] !== "run") return `unknown command '${argv[0]}'`;
  const options: CliOptions = {
    command: "run", target: "", flavor: "micropython", float: "single", fast: false, timeout: 0, argv: [], debug: false,
    maxTime: 0, showParts: false, trace: "",
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--flavor") {
        const v = value();
        if (v !== "micropython" && v !== "circuitpython") return `--flavor must be micropython or circuitpython`;
        options.flavor = v;
      } else if (a === "--float") {
        const v = value();
        if (v !== "single" && v !== "double") return `--float must be single or double`;
        options.float = v;
      } else if (a === "--fast") options.fast = true;
      else if (a === "--debug") options.debug = true;
      else if (a === "--timeout") {
        const v = Number(value());
        if (!(v > 0)) return `--timeout must be a positive number of seconds`;
        options.timeout = v;
      } else if (a === "--max-time" || a === "--duration") {
        // --duration is the documented name; --max-time stays as its alias.
        const v = Number(value());
        if (!(v > 0)) return `${a} must be a positive number of seconds`;
        options.maxTime = v;
      } else if (a === "--board") {
        const b = boardArg(value());
        if ("error" in b) return b.error;
        options.board = b.board;
      } else if (a === "--trace") options.trace = value(); else if (a === "--show-parts") options.showParts = true;
      else if (options.target === "") options.target = a;
      else options.argv.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (options.target === "") return "missing FILE.py or DIR";
  return options;
}
