// The board's REPL over the serial link: friendly mode (line editing), paste mode, raw REPL and raw-paste with flow control.
import { LineEditor } from "./line-editor";
import { continueWithInput } from "./continuation";
import type { BoardSerial } from "./serial-port";

const CTRL_A = 0x01;
const CTRL_B = 0x02;
const CTRL_C = 0x03;
const CTRL_D = 0x04;
const CTRL_E = 0x05;

/** Raw-paste flow control: the Pico's stdin buffer is 256 bytes, so the window is half of it. */
export const RAW_PASTE_WINDOW = 128;

export type ExecOutcome =
  | { kind: "ok" }
  /** An uncaught exception; `text` is the traceback as the firmware prints it (with \r\n line ends). */
  | { kind: "exception"; text: string }
  /** SystemExit (or machine.soft_reset()): the REPL ends for a soft reboot. */
  | { kind: "exit" };

/** Runs code for the REPL. Output goes straight to the serial link; the traceback comes back so raw mode can frame it. */
export interface ReplExecutor {
  execute(source: string, mode: "file" | "single"): ExecOutcome;
}

/** What differs between firmwares at the REPL (banners, CircuitPython's title sequences). */
export interface ReplPersonality {
  /** Printed when the friendly REPL starts or Ctrl-B resets it (ends with \r\n). */
  banner(): string;
  /** Printed just before "raw REPL; CTRL-B to exit" when entering the raw REPL from the friendly one. */
  rawReplPrefix(): string;
}

export type ReplMode = "friendly" | "raw";
/** Why the REPL returned: a soft reboot was asked for, from the raw or the friendly REPL. */
export interface ReplExit {
  reason: "soft-reboot";
  mode: ReplMode;
}

export class SerialRepl {
  private readonly editor: LineEditor;
  mode: ReplMode = "friendly";

  constructor(
    private readonly serial: BoardSerial,
    private readonly executor: ReplExecutor,
    private readonly personality: ReplPersonality,
  ) {
    this.editor = new LineEditor((s) => serial.write(s));
  }

  /** Runs the REPL until a soft reboot is requested. `showBanner` is false when re-entering raw mode after a reboot. */
  run(startMode: ReplMode, showBanner = true): ReplExit {
    this.mode = startMode;
    let banner = showBanner;
    for (;;) {
      const result = this.mode === "raw" ? this.rawRepl(banner) : this.friendlyRepl(banner);
      if (result) return result;
      banner = true;
    }
  }

  // ---------- friendly REPL ----------

  /** Returns a ReplExit for a soft reboot, or undefined after switching to raw mode. */
  private friendlyRepl(showBanner: boolean): ReplExit | undefined {
    if (showBanner) this.serial.write(this.personality.banner());
    for (;;) {
      this.editor.start(">>> ");
      const key = this.readLine();
      if (key === CTRL_A) {
        this.serial.write("\r\n");
        this.mode = "raw";
        this.serial.write(this.personality.rawReplPrefix());
        return undefined;
      }
      if (key === CTRL_B) {
        this.serial.write("\r\n" + this.personality.banner());
        continue;
      }
      if (key === CTRL_C) {
        this.serial.write("\r\n");
        continue;
      }
      if (key === CTRL_D) {
        this.serial.write("\r\n");
        return { reason: "soft-reboot", mode: "friendly" };
      }
      let source: string | null;
      let mode: "file" | "single" = "single";
      if (key === CTRL_E) {
        source = this.pasteMode();
        mode = "file";
      } else {
        source = this.readCompound();
      }
      if (source === null || source.length === 0) continue;
      const outcome = this.executor.execute(source, mode);
      if (outcome.kind === "exception") this.serial.write(outcome.text);
      if (outcome.kind === "exit") return { reason: "soft-reboot", mode: "friendly" };
    }
  }

  /** Feeds keys to the line editor until it finishes a line or returns a control key. */
  private readLine(): number {
    for (;;) {
      const r = this.editor.key(this.serial.readByte());
      if (r >= 0) return r;
    }
  }

  /** After the first line, reads continuation lines ("... ") while the statement is unfinished; null if cancelled. */
  private readCompound(): string | null {
    while (continueWithInput(this.editor.text)) {
      this.editor.continueWith("... ");
      const key = this.readLine();
      if (key === CTRL_C) {
        this.serial.write("\r\n");
        return null;
      }
      if (key === CTRL_D) break;
    }
    return this.editor.text;
  }

  /** Paste mode (Ctrl-E): echo everything until Ctrl-D; Ctrl-C cancels. */
  private pasteMode(): string | null {
    this.serial.write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    const bytes: number[] = [];
    for (;;) {
      const c = this.serial.readByte();
      if (c === CTRL_C) {
        this.serial.write("\r\n");
        return null;
      }
      if (c === CTRL_D) {
        this.serial.write("\r\n");
        return decodeUtf8(bytes);
      }
      bytes.push(c);
      this.serial.write(c === 13 ? "\r\n=== " : new Uint8Array([c]));
    }
  }

  // ---------- raw REPL ----------

  /** Returns a ReplExit for a soft reboot, or undefined after switching to the friendly REPL. */
  private rawRepl(showHeader: boolean): ReplExit | undefined {
    if (showHeader) this.serial.write("raw REPL; CTRL-B to exit\r\n");
    for (;;) {
      this.serial.write(">");
      const line: number[] = [];
      for (;;) {
        const c = this.serial.readByte();
        if (c === CTRL_A) {
          if (line.length === 2 && line[0] === CTRL_E) {
            const exit = this.rawPaste(line[1]);
            if (exit) return exit;
            line.length = 0;
            this.serial.write(">");
            continue;
          }
          this.serial.write("raw REPL; CTRL-B to exit\r\n>");
          line.length = 0;
        } else if (c === CTRL_B) {
          this.serial.write("\r\n");
          this.mode = "friendly";
          return undefined;
        } else if (c === CTRL_C) {
          line.length = 0;
        } else if (c === CTRL_D) {
          break;
        } else {
          line.push(c);
        }
      }
      this.serial.write("OK");
      if (line.length === 0) {
        this.serial.write("\r\n");
        return { reason: "soft-reboot", mode: "raw" };
      }
      if (this.executeFramed(decodeUtf8(line))) return { reason: "soft-reboot", mode: "raw" };
    }
  }

  /** Runs code the raw-REPL way: output, \x04, traceback, \x04. Returns true when the code asked for a soft reboot. */
  private executeFramed(source: string): boolean {
    const outcome = this.executor.execute(source, "file");
    if (outcome.kind === "exception") this.serial.write("\x04" + outcome.text + "\x04");
    else this.serial.write("\x04\x04");
    return outcome.kind === "exit";
  }

  /** Raw-paste mode: `\x05A\x01` → `R\x01` + window + extra grant; the host sends at most its credit. */
  private rawPaste(command: number): ReplExit | undefined {
    if (command !== 0x41) {
      this.serial.write("R\x00");
      return undefined;
    }
    this.serial.write(new Uint8Array([0x52, 0x01, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 0x01]));
    const source: number[] = [];
    let remaining = RAW_PASTE_WINDOW;
    for (;;) {
      const c = this.serial.readByte();
      if (c === CTRL_C || c === CTRL_D) {
        this.serial.write("\x04");
        if (c === CTRL_C) {
          this.serial.write("\x04KeyboardInterrupt: \r\n\x04");
          return undefined;
        }
        break;
      }
      source.push(c);
      if (--remaining === 0) {
        this.serial.write("\x01");
        remaining = RAW_PASTE_WINDOW;
      }
    }
    return this.executeFramed(decodeUtf8(source)) ? { reason: "soft-reboot", mode: "raw" } : undefined;
  }
}

function decodeUtf8(bytes: number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes));
}
