// The REPL-protocol client: raw REPL, raw-paste with flow control (falling back to plain raw), for every connection.
import type { DeviceConnection } from "./connection";
import { DeviceError } from "./device-error";
import { ByteQueue, latin1 } from "./byte-queue";
import { TitleFilter, titleStatus } from "./title-filter";

const RAW_PROMPT = "raw REPL; CTRL-B to exit\r\n>";
const encoder = new TextEncoder();

export interface ExecResult {
  stdout: string;
  /** The traceback text, empty when the code ran without an uncaught exception. */
  stderr: string;
}

export interface ExecOptions {
  /** Output as it arrives (decoded text). */
  onStdout?: (text: string) => void;
  /** How long the code may run, in ms (default: no limit — user programs may run forever). */
  timeoutMs?: number;
}

export interface ReplClientOptions {
  /** How long to wait for each protocol answer (prompt, OK, window size). */
  answerTimeoutMs?: number;
  /** How many times to try to enter the raw REPL before giving up. */
  rawReplAttempts?: number;
}

export class ReplClient {
  /** Bytes meant for the terminal while no protocol operation runs. */
  private terminalListeners = new Set<(chunk: Uint8Array) => void>();
  private statusListeners = new Set<(status: string) => void>();
  private queue = new ByteQueue();
  private operation: Promise<unknown> = Promise.resolve();
  private inOperation = false;
  private rawPaste: "unknown" | "yes" | "no" = "unknown";
  private readonly filter = new TitleFilter((title) => this.statusListeners.forEach((l) => l(titleStatus(title))));
  private readonly answerTimeoutMs: number;
  private readonly rawReplAttempts: number;
  private unsubscribe: (() => void)[] = [];
  /** True while the client has the board in the raw REPL. */
  inRawRepl = false;

  constructor(private readonly connection: DeviceConnection, options: ReplClientOptions = {}) {
    this.answerTimeoutMs = options.answerTimeoutMs ?? 2000;
    this.rawReplAttempts = options.rawReplAttempts ?? 3;
    this.unsubscribe.push(connection.onData((chunk) => this.receive(chunk)));
    this.unsubscribe.push(
      connection.onStateChange((state) => {
        if (state === "disconnected" || state === "reconnecting") {
          this.inRawRepl = false;
          this.queue.close(new DeviceError("disconnected", "The board was disconnected during the operation."));
        } else if (state === "connected") this.queue.reopen();
      }),
    );
  }

  dispose(): void {
    this.unsubscribe.forEach((u) => u());
  }

  /** Output for the terminal (friendly REPL traffic), with CircuitPython title sequences removed. */
  onTerminalData(listener: (chunk: Uint8Array) => void): () => void {
    this.terminalListeners.add(listener);
    return () => this.terminalListeners.delete(listener);
  }

  /** CircuitPython's status from its title sequences ("code.py", "Done", "REPL"). */
  onStatus(listener: (status: string) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Sends keystrokes from the terminal as they are. */
  sendTerminal(data: Uint8Array | string): Promise<void> {
    return this.connection.write(typeof data === "string" ? encoder.encode(data) : data);
  }

  /** Runs `source` on the board in the raw REPL and returns its output; enters and leaves the raw REPL around it. */
  exec(source: string, options: ExecOptions = {}): Promise<ExecResult> {
    return this.exclusive(async () => {
      const wasRaw = this.inRawRepl;
      if (!wasRaw) await this.enterRawRepl();
      try {
        return await this.execRaw(source, options);
      } finally {
        if (!wasRaw) await this.exitRawRepl();
      }
    });
  }

  /** Runs several steps inside one raw-REPL session (file transfers): `session.exec` does not leave the raw REPL in between. */
  withRawRepl<T>(work: (session: { exec: (source: string, options?: ExecOptions) => Promise<ExecResult> }) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.enterRawRepl();
      try {
        return await work({ exec: (source, options = {}) => this.execRaw(source, options) });
      } finally {
        await this.exitRawRepl();
      }
    });
  }

  /** Ctrl-C twice: stops a running program, leaves the friendly prompt. */
  interrupt(): Promise<void> {
    this.interruptSent = true;
    return this.connection.write(latin1("\r\x03\x03"));
  }

  /** Set when we sent Ctrl-C ourselves: a raw-paste abort it causes needs no \x04 from us (see abortRawPaste). */
  private interruptSent = false;

  /** Soft reboot from the friendly REPL (Ctrl-D): the board restarts and runs main.py / code.py. */
  softReboot(): Promise<void> {
    return this.connection.write(latin1("\x04"));
  }

  // ---------- protocol steps ----------

  private async enterRawRepl(): Promise<void> {
    let lastError: unknown;
    for (let attempt = 0; attempt < this.rawReplAttempts; attempt++) {
      try {
        // \r answers CircuitPython's "Press any key"; Ctrl-C twice stops a running program.
        await this.write("\r\x03\x03");
        await delay(attempt === 0 ? 20 : 150);
        this.queue.clear();
        await this.write("\x01");
        await this.queue.readUntil(RAW_PROMPT, this.answerTimeoutMs, "the raw REPL prompt");
        this.inRawRepl = true;
        return;
      } catch (e) {
        lastError = e;
        if (e instanceof DeviceError && e.code === "disconnected") throw e;
      }
    }
    throw new DeviceError(
      "raw-repl",
      `Could not enter the raw REPL after ${this.rawReplAttempts} attempts (${lastError instanceof Error ? lastError.message : String(lastError)}). A program may be ignoring Ctrl-C; try resetting the board.`,
    );
  }

  private async exitRawRepl(): Promise<void> {
    this.inRawRepl = false;
    try {
      await this.write("\x02");
    } catch {
      // The board may already be gone; the connection reports that itself.
    }
  }

  private async execRaw(source: string, options: ExecOptions): Promise<ExecResult> {
    const code = encoder.encode(source);
    if (this.rawPaste !== "no") {
      const sent = await this.sendRawPaste(code);
      if (!sent) await this.sendPlainRaw(code);
    } else {
      await this.sendPlainRaw(code);
    }
    return this.readExecOutput(options);
  }

  /** Raw-paste: returns false when the firmware lacks it (the caller falls back to plain raw). */
  private async sendRawPaste(code: Uint8Array): Promise<boolean> {
    await this.write("\x05A\x01");
    const reply = await this.queue.readExactly(2, this.answerTimeoutMs, "the raw-paste reply");
    if (reply[0] === 0x52 && reply[1] === 0x00) {
      this.rawPaste = "no";
      await this.queue.readUntil(">", this.answerTimeoutMs, "the raw REPL prompt after refusing raw-paste");
      return false;
    }
    if (reply[0] !== 0x52 || reply[1] !== 0x01) {
      // Old firmware echoes nothing useful: it took the bytes as input and reprinted the raw prompt.
      this.rawPaste = "no";
      await this.queue.readUntil(RAW_PROMPT, this.answerTimeoutMs, "the raw REPL prompt (firmware without raw-paste)");
      return false;
    }
    this.rawPaste = "yes";
    const sizeBytes = await this.queue.readExactly(2, this.answerTimeoutMs, "the raw-paste window size");
    const window = sizeBytes[0] | (sizeBytes[1] << 8);
    const aborted = await this.streamWithFlowControl(code, window);
    // The device acknowledges the end with \x04 once compiled (grants may still arrive before it);
    // when it aborted early, that \x04 already came.
    if (!aborted) await this.readUntilIgnoringGrants("the end of compilation");
    return true;
  }

  /** Sends the code within the granted credit; returns true when the device aborted the transfer. */
  private async streamWithFlowControl(code: Uint8Array, window: number): Promise<boolean> {
    let credit = window;
    let offset = 0;
    while (offset < code.length) {
      credit += this.collectGrants(window);
      if (this.queue.peekByte() === 0x04) {
        this.queue.tryReadByte();
        await this.abortRawPaste();
        return true;
      }
      if (credit === 0) {
        const b = (await this.queue.readExactly(1, this.answerTimeoutMs, "a raw-paste flow-control grant"))[0];
        if (b === 0x01) credit += window;
        else if (b === 0x04) {
          await this.abortRawPaste();
          return true;
        }
        else throw new DeviceError("protocol", `Unexpected byte 0x${b.toString(16)} during raw-paste.`);
        continue;
      }
      const n = Math.min(credit, code.length - offset);
      await this.connection.write(code.subarray(offset, offset + n));
      offset += n;
      credit -= n;
    }
    await this.write("\x04");
    return false;
  }

  /** Counts grants (\x01) already received; a \x04 means the device aborted (kept for the caller to read). */
  private collectGrants(window: number): number {
    let credit = 0;
    while (this.queue.peekByte() === 0x01) {
      this.queue.tryReadByte();
      credit += window;
    }
    return credit;
  }

  private async abortRawPaste(): Promise<void> {
    // The device stopped reading early. If it read our own Ctrl-C, it stopped at once and reads nothing more:
    // a \x04 would land at the raw prompt as an empty command, i.e. a soft reboot. Otherwise (a syntax error
    // while streaming) it drains input until our \x04.
    if (this.interruptSent) return;
    await this.write("\x04");
  }

  private async readUntilIgnoringGrants(what: string): Promise<void> {
    for (;;) {
      const b = (await this.queue.readExactly(1, this.answerTimeoutMs, what))[0];
      if (b === 0x04) return;
      if (b !== 0x01) throw new DeviceError("protocol", `Unexpected byte 0x${b.toString(16)} while waiting for ${what}.`);
    }
  }

  private async sendPlainRaw(code: Uint8Array): Promise<void> {
    // 256-byte chunks: USB CDC on the Pico buffers 256 bytes; a UART bridge would need pauses too.
    for (let i = 0; i < code.length; i += 256) await this.connection.write(code.subarray(i, i + 256));
    await this.write("\x04");
    const ok = await this.queue.readExactly(2, this.answerTimeoutMs, "OK after sending the code");
    if (ok[0] !== 0x4f || ok[1] !== 0x4b) throw new DeviceError("protocol", `The board answered "${String.fromCharCode(...ok)}" instead of OK.`);
  }

  private async readExecOutput(options: ExecOptions): Promise<ExecResult> {
    const decoder = new TextDecoder();
    const timeout = options.timeoutMs ?? Infinity;
    const onChunk = options.onStdout ? (c: Uint8Array) => options.onStdout!(decoder.decode(c, { stream: true })) : undefined;
    const stdout = await this.queue.readUntil("\x04", timeout, "the program's output to end", onChunk);
    const stderr = await this.queue.readUntil("\x04", this.answerTimeoutMs, "the end of the error output");
    await this.queue.readUntil(">", this.answerTimeoutMs, "the raw REPL prompt after running code");
    return { stdout: new TextDecoder().decode(stdout), stderr: new TextDecoder().decode(stderr) };
  }

  private receive(chunk: Uint8Array): void {
    const clean = this.filter.push(chunk);
    if (clean.length === 0) return;
    if (this.inOperation) this.queue.push(clean);
    else this.terminalListeners.forEach((l) => l(clean));
  }

  private write(s: string): Promise<void> {
    return this.connection.write(latin1(s));
  }

  /** One protocol operation at a time; terminal traffic is routed to the operation while it runs. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      this.inOperation = true;
      this.interruptSent = false;
      this.queue.clear();
      try {
        return await work();
      } finally {
        this.inOperation = false;
        const leftover = this.queue.takeAll();
        if (leftover.length) this.terminalListeners.forEach((l) => l(leftover));
      }
    };
    const result = this.operation.then(run, run);
    this.operation = result.catch(() => undefined);
    return result;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
