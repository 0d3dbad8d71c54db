// A board session: power-on, boot.py, main.py/code.py, the REPL and soft reboots, as the firmware sequences them.
import { SerialRepl, type ExecOutcome, type ReplExecutor, type ReplMode } from "./repl/serial-repl";
import type { BoardSerial } from "./repl/serial-port";
import { circuitpythonText, micropythonText, MAIN_FILES, type Flavor, type FirmwareText } from "./firmware";
import { InterpreterAbort } from "../interpreter/index";

/** One Python runtime per boot: a soft reboot throws it away and asks for a fresh one. */
export interface BoardRuntime extends ReplExecutor {
  fileExists(path: string): boolean;
  /** Runs a file from the drive; output goes to the serial link; the traceback comes back in the outcome. */
  runFile(path: string): ExecOutcome;
}

/**
 * Why the board restarts outside the REPL's own Ctrl-D: a hard reset (machine.reset(), watchdog, power-cycle),
 * a CircuitPython reload (supervisor.reload()), or an auto-reload because a project file was saved.
 */
export type RestartKind = "hard" | "reload" | "auto-reload";

export interface BoardSessionOptions {
  flavor: Flavor;
  serial: BoardSerial;
  /**
   * After a program was stopped by an abort nothing in Python can catch, says which restart was asked for
   * (and clears the request); null means the abort was not a restart (the error propagates).
   */
  takeRestartRequest?(): RestartKind | null;
  /** CircuitPython: true when a project file was saved and the board should reload (checked while idle). */
  autoReloadPending?(): boolean;
  /** Makes the runtime for a (re)boot: fresh interpreter state, same drive and hardware. */
  createRuntime(): BoardRuntime;
  /** Called when the hardware should return to its reset state (a soft reboot releases pins). */
  onSoftReset?(): void;
  /** Called before booting from power-on or a hard reset (state that only a reset clears, e.g. a remounted drive). */
  onPowerOn?(): void;
}

export class BoardSession {
  private readonly text: FirmwareText;
  private runtime!: BoardRuntime;

  constructor(private readonly options: BoardSessionOptions) {
    this.text = options.flavor === "circuitpython" ? circuitpythonText : micropythonText;
  }

  /** Runs the board until the serial link closes (SerialClosed propagates to the caller). */
  powerOn(): never {
    let mode: ReplMode = "friendly";
    let rebooted = false;
    for (;;) {
      if (!rebooted) this.options.onPowerOn?.();
      this.options.onSoftReset?.();
      this.runtime = this.options.createRuntime();
      try {
        if (this.options.flavor === "circuitpython") this.bootCircuitPython(rebooted, mode);
        else this.bootMicroPython(rebooted, mode);
        const exit = new SerialRepl(this.options.serial, this.runtime, this.text).run(mode, true);
        mode = exit.mode;
        rebooted = true;
      } catch (e) {
        const kind = this.restartKind(e);
        if (kind === null) throw e;
        // A hard reset starts over as at power-on; reloads are soft reboots into code.py.
        mode = "friendly";
        rebooted = kind !== "hard";
        if (kind === "auto-reload") this.options.serial.write(`${circuitpythonText.title("Done")}\r\nCode stopped by auto-reload. Reloading soon.\r\n`);
        this.skipRebootTitle = kind === "auto-reload";
      }
    }
  }

  private skipRebootTitle = false;

  private restartKind(e: unknown): RestartKind | null {
    if (e instanceof Error && e.name === "SerialClosed") return null;
    if (e instanceof AutoReloadSignal) return "auto-reload";
    return this.options.takeRestartRequest?.() ?? null;
  }

  /** MicroPython: boot.py always; main.py only when the reboot came from the friendly REPL (or power-on). */
  private bootMicroPython(rebooted: boolean, mode: ReplMode): void {
    if (rebooted) this.options.serial.write(this.text.softReboot());
    this.runIfExists("boot.py");
    if (mode === "friendly") this.runIfExists("main.py");
  }

  /** CircuitPython: boot.py at power-on only; code.py with the supervisor's framing; "Press any key" before the REPL. */
  private bootCircuitPython(rebooted: boolean, mode: ReplMode): void {
    const cp = circuitpythonText;
    const serial = this.options.serial;
    if (mode === "raw") {
      if (rebooted) serial.write(cp.softReboot());
      return;
    }
    if (rebooted) serial.write(`${this.skipRebootTitle ? "" : cp.title("Done")}${cp.softReboot()}\r\n`);
    else {
      serial.write(cp.title("Done"));
      this.runIfExists("boot.py");
    }
    this.skipRebootTitle = false;
    serial.write(cp.autoReloadNotice());
    const main = MAIN_FILES.circuitpython.find((f) => this.runtime.fileExists(f));
    if (main) {
      serial.write(cp.codeOutputHeader(main));
      this.runIfExists(main);
      serial.write(cp.codeDone());
    }
    serial.write(cp.pressAnyKey());
    this.waitForAnyKey();
  }

  /** "Press any key": that key is consumed, not typed into the REPL; a saved file reloads instead. */
  private waitForAnyKey(): void {
    const serial = this.options.serial as BoardSerial & { waitForInput?(ms: number): boolean };
    if (serial.waitForInput && this.options.autoReloadPending) {
      while (!serial.waitForInput(50)) if (this.options.autoReloadPending()) throw new AutoReloadSignal();
    }
    serial.readByte();
  }

  private runIfExists(file: string): void {
    if (!this.runtime.fileExists(file)) return;
    const outcome = this.runtime.runFile(file);
    if (outcome.kind === "exception") this.options.serial.write(outcome.text);
  }
}

/** CircuitPython's auto-reload: stops the program (Python can't catch it) or the wait at "Press any key". */
export class AutoReloadSignal extends InterpreterAbort {
  constructor() {
    super("auto-reload");
    this.name = "AutoReloadSignal";
  }
}
