// Tells from the board's terminal traffic whether it sits at a prompt or runs a program, so file operations can ask
// before they stop a running program (they need Ctrl-C to take over the board).

export type BoardActivity = "unknown" | "idle" | "running";

export interface ActivitySnapshot {
  activity: BoardActivity;
  /** CircuitPython's "Press any key to enter the REPL" is on screen. */
  pressAnyKey: boolean;
}

/** Prompts where the board waits for a person: friendly, continuation, paste mode, raw. */
const PROMPTS = [">>> ", "... ", "=== "];
const PRESS_ANY_KEY = /Press any key to enter the REPL[^\n]*\n?\s*$/;
// CSI sequences (CircuitPython prefixes supervisor lines with ESC[2K ESC[0G) carry no text.
const CSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

export class ActivityTracker {
  private tail = "";
  private state: ActivitySnapshot = { activity: "unknown", pressAnyKey: false };

  constructor(private readonly onChange: (snapshot: ActivitySnapshot) => void) {}

  get snapshot(): ActivitySnapshot {
    return this.state;
  }

  /** Bytes the board printed to the terminal (protocol exchanges never come here). */
  output(chunk: Uint8Array): void {
    let text = "";
    for (const b of chunk) text += String.fromCharCode(b);
    this.tail = (this.tail + text).slice(-256);
    const clean = this.tail.replace(CSI, "");
    if (PROMPTS.some((p) => clean.endsWith(p))) this.set({ activity: "idle", pressAnyKey: false });
    else if (PRESS_ANY_KEY.test(clean)) this.set({ activity: "idle", pressAnyKey: true });
  }

  /** Keys the person sent: Enter or Ctrl-D make the board run something until it shows a prompt again. */
  input(data: string): void {
    if (/[\r\x04]/.test(data)) this.running();
    else if (this.state.pressAnyKey && data.length > 0) this.set({ activity: "running", pressAnyKey: false });
  }

  /** CircuitPython's title status: "code.py" while its program runs, "REPL" / "Done" when it waits. */
  circuitStatus(status: string): void {
    if (/\.py$/.test(status)) this.running();
    else if (status === "REPL") this.set({ activity: "idle", pressAnyKey: false });
  }

  /** We started something (Run, a soft reboot): a program runs until the board prints a prompt. */
  running(): void {
    this.tail = "";
    this.set({ activity: "running", pressAnyKey: false });
  }

  /** A protocol operation left the board at the friendly prompt (it exits the raw REPL with Ctrl-B). */
  idle(): void {
    this.set({ activity: "idle", pressAnyKey: false });
  }

  reset(): void {
    this.tail = "";
    this.set({ activity: "unknown", pressAnyKey: false });
  }

  private set(next: ActivitySnapshot): void {
    if (next.activity === this.state.activity && next.pressAnyKey === this.state.pressAnyKey) return;
    this.state = next;
    this.onChange(next);
  }
}
