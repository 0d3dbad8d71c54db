// One raw-REPL session of file work: runs snippets with time limits and turns board tracebacks into BoardFileErrors.
import type { ExecOptions, ExecResult } from "../repl-client";
import { DeviceError } from "../device-error";
import { BoardFileError, boardFileError } from "./board-file-error";
import { PRELUDE, PRELUDE_ID, PRELUDE_PROBE } from "./snippets";
import type { ChecksumAlgorithm } from "./checksums";

/** What `ReplClient.withRawRepl` hands its callback. */
export interface RawSession {
  exec(source: string, options?: ExecOptions): Promise<ExecResult>;
}

/** What BoardFiles needs from the REPL client (ReplClient has it; tests may pass a fake). */
export interface RawReplRunner {
  withRawRepl<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
}

export interface BoardCapabilities {
  /** `sys.implementation.name`: "micropython" or "circuitpython". */
  implementation: string;
  checksum: ChecksumAlgorithm;
  /** binascii's base64: files travel as base64 (else as bytes literals one way and hex the other). */
  base64: boolean;
  /** os.ilistdir (MicroPython); CircuitPython lists with os.listdir + os.stat. */
  ilistdir: boolean;
}

export interface SessionTimeouts {
  /** Time allowed for any snippet, before adding time for the bytes it moves. */
  baseMs: number;
  /** The slowest transfer rate still considered alive, to scale the limit for large transfers (and board-side hashing). */
  slowestBytesPerSecond: number;
}

export interface RunContext {
  /** For messages: "write /lib/foo.py". */
  action: string;
  path?: string;
  /** File bytes the snippet moves or hashes (lengthens the time limit). */
  workBytes?: number;
  onStdout?: (text: string) => void;
}

export class FileSession {
  constructor(
    private readonly raw: RawSession,
    private readonly timeouts: SessionTimeouts,
  ) {}

  /** Defines the helpers on the board (unless they still are) and learns what it can do. */
  async setup(): Promise<BoardCapabilities> {
    const action = "prepare the board for file transfers";
    const probe = await this.run(PRELUDE_PROBE, { action });
    if (probe.includes(`${PRELUDE_ID} `)) return parseCapabilities(probe);
    return parseCapabilities(await this.run(PRELUDE, { action }));
  }

  /** Runs a snippet; its stdout, or a BoardFileError made from the traceback it printed. */
  async run(source: string, context: RunContext): Promise<string> {
    const timeoutMs = this.timeouts.baseMs + Math.ceil(((context.workBytes ?? 0) * 1000) / this.timeouts.slowestBytesPerSecond);
    let result: ExecResult;
    try {
      result = await this.raw.exec(source, { timeoutMs, onStdout: context.onStdout });
    } catch (e) {
      throw withAction(e, context.action);
    }
    if (result.stderr.trim()) throw boardFileError(result.stderr, context.action, context.path);
    return result.stdout;
  }
}

export function parseCapabilities(stdout: string): BoardCapabilities {
  const m = new RegExp(`${PRELUDE_ID} (\\S+) (sha256|crc32) ([01]) ([01])`).exec(stdout);
  if (!m) throw new BoardFileError("bad-output", `The board did not answer like MicroPython or CircuitPython (it printed "${stdout.trim().slice(0, 80)}").`);
  return { implementation: m[1], checksum: m[2] as ChecksumAlgorithm, base64: m[3] === "1", ilistdir: m[4] === "1" };
}

/** Protocol failures keep their code; the message gains what was being done. */
function withAction(e: unknown, action: string): unknown {
  if (!(e instanceof DeviceError) || e instanceof BoardFileError) return e;
  const wrapped = new DeviceError(e.code, `Could not ${action}: ${lowerFirst(e.message)}`);
  return wrapped;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
