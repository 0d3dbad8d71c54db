// Running on the real board: the target switch (simulator | board), Run (sync + soft reboot), running the open file
// with exec (its output streams to the terminal), Stop (Ctrl-C), soft reboot, and "Press any key".
import { beginFileRun, clearProgramError, endFileRun } from "../editor/program-error";
import { getState } from "../state";
import { problemFromError } from "./device-messages";
import { activity, currentLink, requireLink, terminalFeed } from "./device-services";
import { getDevice, setDevice } from "./device-state";
import { operationFinished, runOperation } from "./operations";
import { activeTabSource } from "./board-tabs";
import { runProjectOnBoard } from "./sync-actions";

const encoder = new TextEncoder();

/** Run on the board; a program started with "Run file" is stopped first (Run replaces whatever runs). */
export async function runOnBoard(): Promise<void> {
  await stopProgramOperation();
  clearProgramError("board");
  await runProjectOnBoard();
}

/** Runs the editor's active file on the board without saving anything there; output streams to the terminal. */
export async function runCurrentFileOnBoard(): Promise<void> {
  const source = activeTabSource();
  if (!source) return void setDevice({ problem: { code: "internal", during: "run the open file", detail: "no file is open in the editor." } });
  await stopProgramOperation();
  terminalFeed.note(`run ${source.name}`);
  // A program runs until the board's prompt comes back (then the terminal shows one, see BannerQuieter).
  activity.running();
  // In the traceback, `File "<stdin>"` is this file.
  beginFileRun(getState().active ?? source.name);
  const result = await runOperation({ kind: "program", label: `Running ${source.name}`, during: `run ${source.name}` }, () =>
    requireLink().client.exec(source.text, { onStdout: (text) => terminalFeed.emit(encoder.encode(text)) }),
  );
  // The traceback, as the friendly REPL would have shown it.
  if (result?.stderr) terminalFeed.emit(encoder.encode(result.stderr.replace(/\r?\n/g, "\r\n")));
  endFileRun();
}

/** Stop: Ctrl-C, as at any serial terminal. */
export async function stopBoard(): Promise<void> {
  const link = currentLink();
  if (!link) return;
  await link.client.interrupt().catch((e: unknown) => setDevice({ problem: problemFromError(e, "stop the program") }));
}

/** Soft reboot: stop what runs, then Ctrl-D at the prompt; the board restarts its Python and runs main.py / code.py. */
export async function softRebootBoard(): Promise<void> {
  const link = currentLink();
  if (!link) return;
  try {
    await stopProgramOperation();
    // At a prompt, Ctrl-D alone reboots; Ctrl-C first would only print prompts.
    if (getDevice().activity !== "idle") {
      await link.client.interrupt();
      await new Promise((r) => setTimeout(r, 50));
    }
    activity.running();
    await link.client.softReboot();
  } catch (e) {
    setDevice({ problem: problemFromError(e, "restart the board") });
  }
}

/** CircuitPython's "Press any key to enter the REPL". */
export function enterRepl(): void {
  terminalFeed.send("\r");
}

async function stopProgramOperation(): Promise<void> {
  if (getDevice().operation?.kind !== "program") return;
  await currentLink()?.client.interrupt().catch(() => undefined);
  await operationFinished();
}

export function dismissProblem(): void {
  setDevice({ problem: undefined });
}

export function dismissNotice(): void {
  setDevice({ notice: undefined });
}
