// A board session: power-on, boot.py, main.py/code.py, the REPL and soft reboots, as the firmware sequences them.
import { SerialRepl, type ExecOutcome, type ReplExecutor, type ReplMode } from "./repl/serial-repl";
import type { BoardSerial } from "./repl/serial-port";
import { circuitpythonText, micropythonText, MAIN_FILES, type Flavor, type FirmwareText } from "./firmware";

/** One Python runtime per boot: a soft reboot throws it away and asks for a fresh one. */
export interface BoardRuntime extends ReplExecutor {
  fileExists(path: string): boolean;
  /** Runs a file from the drive; output goes to the serial link; the traceback comes back in the outcome. */
  runFile(path: string): ExecOutcome;
}

export interface BoardSessionOptions {
  flavor: Flavor;
  serial: BoardSerial;
  /** Makes the runtime for a (re)boot: fresh interpreter state, same drive and hardware. */
  createRuntime(): BoardRuntime;
  /** Called when the hardware should return to its reset state (a soft reboot releases pins). */
  onSoftReset?(): void;
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
      this.options.onSoftReset?.();
      this.runtime = this.options.createRuntime();
      if (this.options.flavor === "circuitpython") this.bootCircuitPython(rebooted, mode);
      else this.bootMicroPython(rebooted, mode);
      const exit = new SerialRepl(this.options.serial, this.runtime, this.text).run(mode, true);
      mode = exit.mode;
      rebooted = true;
    }
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
    if (rebooted) serial.write(`${cp.title("Done")}${cp.softReboot()}\r\n`);
    else {
      serial.write(cp.title("Done"));
      this.runIfExists("boot.py");
    }
    serial.write(cp.autoReloadNotice());
    const main = MAIN_FILES.circuitpython.find((f) => this.runtime.fileExists(f));
    if (main) {
      serial.write(cp.codeOutputHeader(main));
      this.runIfExists(main);
      serial.write(cp.codeDone());
    }
    serial.write(cp.pressAnyKey());
    // "Press any key": that key is consumed, not typed into the REPL.
    serial.readByte();
  }

  private runIfExists(file: string): void {
    if (!this.runtime.fileExists(file)) return;
    const outcome = this.runtime.runFile(file);
    if (outcome.kind === "exception") this.options.serial.write(outcome.text);
  }
}
