// Runs one board operation at a time with its progress in the store, turns any failure into a problem for the panel,
// and always clears the busy state (an unplugged board fails the operation; it never stays "busy").
import type { TransferProgress } from "../../device/files";
import { confirmAction } from "../actions/dialogs";
import { problemFromError } from "./device-messages";
import { currentLink, quietExitBanner, terminalFeed } from "./device-services";
import { getDevice, setDevice, type OperationState } from "./device-state";

export interface OperationSpec {
  kind?: OperationState["kind"];
  /** Shown while it runs: "Uploading the project". */
  label: string;
  /** For messages, a verb phrase: "upload the project". */
  during: string;
}

const PROGRESS_INTERVAL_MS = 100;
let finished: Promise<void> = Promise.resolve();

/** Runs `work`; resolves its result, or undefined when it failed (the problem is in the store) or another ran. */
/** Progress as the file layer reports it; sync adds its phase (deleting counts files). */
export type ProgressReport = TransferProgress & { phase?: "download" | "delete" | "upload" };

export async function runOperation<T>(spec: OperationSpec, work: (onProgress: (p: ProgressReport) => void) => Promise<T>): Promise<T | undefined> {
  if (getDevice().operation) {
    setDevice({ problem: { code: "busy", during: spec.during, detail: "" } });
    return undefined;
  }
  setDevice({ operation: { kind: spec.kind ?? "transfer", label: spec.label }, problem: undefined, notice: undefined });
  let done!: () => void;
  finished = new Promise((r) => (done = r));
  void quietExitBanner(true);
  try {
    return await work(progressReporter());
  } catch (e) {
    setDevice({ problem: problemFromError(e, spec.during) });
    return undefined;
  } finally {
    await quietExitBanner(false);
    setDevice({ operation: undefined });
    done();
  }
}

/** Resolves once the current operation (if any) has ended. */
export function operationFinished(): Promise<void> {
  return finished;
}

/** Store updates at most every 100 ms (a transfer reports per chunk), and always the last one. */
function progressReporter(): (p: ProgressReport) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && p.bytesDone < p.bytesTotal) return;
    last = now;
    const progress = { path: p.path, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, bytesPerSecond: p.bytesPerSecond, unit: p.phase === "delete" ? ("files" as const) : undefined };
    setDevice((s) => (s.operation ? { operation: { ...s.operation, progress } } : {}));
  };
}

/** The program the board runs, for questions: "code.py", "main.py", or "a program". */
export function runningProgram(): string {
  const { circuitStatus, info } = getDevice();
  if (circuitStatus && /\.py$/.test(circuitStatus)) return circuitStatus;
  if (getDevice().operation?.kind === "program") return getDevice().operation!.label.replace(/^Running /, "");
  if (info?.flavor === "circuitpython") return "code.py";
  if (info?.flavor === "micropython") return "main.py";
  return "a program";
}

/**
 * File operations stop the running program (they need the raw REPL); ask first. `purpose` completes
 * "stop it to …?" ("list files"). Resolves false when the person says no.
 */
export async function ensureIdle(purpose: string): Promise<boolean> {
  const state = getDevice();
  const program = state.operation?.kind === "program";
  if (!program && state.activity !== "running") return true;
  const name = runningProgram();
  const stop = await confirmAction("Stop the running program?", `The board is running ${name} — stop it to ${purpose}?`, "Stop it");
  if (!stop) return false;
  // The operation itself sends Ctrl-C when it enters the raw REPL (its traceback goes to the operation, not the
  // terminal, so the terminal says what happened).
  terminalFeed.note(`stopped ${name} to ${purpose}`);
  if (program) {
    await currentLink()?.client.interrupt().catch(() => undefined);
    await operationFinished();
  }
  return true;
}
