// Simulator actions: power (Run, Stop, Reset), speed and pause, and the project the board belongs to.
import type { BoardConfig } from "../../board/board-main";
import type { Speed } from "../../board/pin-bridge";
import { DeviceError } from "../../device/device-error";
import type { SimulatedBoardHandle } from "../../device/simulated-board";
import type { ReplClient } from "../../device/repl-client";
import { clearProgramError } from "../editor/program-error";
import { DriveSaver } from "./drive-saver";
import { clearLiveParts, forgetCountedControls, initialControls, receiveParts } from "./part-actions";
import { loadProjectWiring, reloadWiring } from "./wiring-actions";
import { getSimulator, setSimulator } from "./simulator-state";
import { boardHandle, existingClient, existingHandle, replClient, setSimulatorProject, simulatorProject, type SimulatorProject } from "./simulator-services";

/** Saves the board's drive changes into the project the board was running (a new saver for each project). */
let driveSaver = saverFor(null);
let statusUnsubscribe: (() => void) | undefined;
let savesUnsubscribe: (() => void) | undefined;
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
/** CircuitPython waits for writes to settle before it reloads (the supervisor's auto-reload delay). */
const AUTO_RELOAD_DELAY_MS = 750;
let wiringTimer: ReturnType<typeof setTimeout> | undefined;
const WIRING_RELOAD_DELAY_MS = 300;

/** The board handle with the store wired to its events; null (and a message in the store) when unsupported. */
export function prepareSimulator(): SimulatedBoardHandle | null {
  const existing = existingHandle();
  if (existing) return existing;
  try {
    const board = boardHandle({
      onPins: (pins) => setSimulator({ pins }),
      onParts: receiveParts,
      onDriveChange: (change) => driveSaver.push(change),
      onCrash: (message) => setSimulator({ power: "crashed", message: `The simulated board stopped: ${message}. Press Reset to start it again.` }),
    });
    const client = replClient(board);
    statusUnsubscribe?.();
    statusUnsubscribe = client.onStatus((boardStatus) => setSimulator({ boardStatus }));
    board.pins.setSpeed(getSimulator().speed);
    return board;
  } catch (e) {
    const message = e instanceof DeviceError ? e.message : `The simulator could not start: ${String(e)}`;
    setSimulator({ power: "unsupported", message });
    return null;
  }
}

/** The open project changed: the old board powers off, the new project's wiring is loaded. */
export function openSimulatorProject(project: SimulatorProject | null): void {
  const previous = simulatorProject();
  if (previous?.id !== project?.id) {
    void driveSaver.flush();
    driveSaver = saverFor(project);
    powerOff();
    setPaused(false);
    // Another project's board: its terminal starts empty.
    setSimulator((s) => ({ runs: s.runs + 1 }));
  }
  setSimulatorProject(project);
  setSimulator({ flavor: project?.flavor });
  savesUnsubscribe?.();
  savesUnsubscribe = project?.onFilesSaved?.(filesSaved);
  if (previous?.id !== project?.id) {
    setSimulator({ controls: {}, notice: undefined });
    void loadProjectWiring(project);
  }
}

/** The user saved files: wiring.json (or the code the default wiring comes from) may have changed. */
function filesSaved(): void {
  scheduleAutoReload();
  clearTimeout(wiringTimer);
  wiringTimer = setTimeout(() => void reloadWiring(), WIRING_RELOAD_DELAY_MS);
}

function saverFor(project: SimulatorProject | null): DriveSaver {
  return new DriveSaver((changes) => project?.saveDriveChanges(changes) ?? Promise.resolve());
}

function scheduleAutoReload(): void {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => void autoReload(), AUTO_RELOAD_DELAY_MS);
}

/** CircuitPython's auto-reload: a running board restarts code.py with the files just saved, as over USB. */
async function autoReload(): Promise<void> {
  const board = existingHandle();
  const project = simulatorProject();
  if (!board?.running || project?.flavor !== "circuitpython" || getSimulator().power !== "running") return;
  const files = await project.readFiles();
  if (simulatorProject()?.id !== project.id) return;
  board.autoReload(files.map((f) => ({ path: f.path, kind: f.kind ?? "file", data: f.data })));
}

/** Run: stores the open buffers, then power-cycles the board with the project's files (boot.py, then main.py/code.py). */
export async function runProject(): Promise<void> {
  const board = prepareSimulator();
  const project = simulatorProject();
  if (!board || !project) return;
  try {
    setSimulator({ notice: undefined });
    await project.saveOpenFiles();
    await powerOn(board, project);
  } catch (e) {
    setSimulator({ message: `Could not run the project: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/** Reset: power-cycles the board with the project's stored files, as pressing RUN to GND would. */
export async function resetBoard(): Promise<void> {
  const board = prepareSimulator();
  const project = simulatorProject();
  if (!board || !project) return;
  try {
    await powerOn(board, project);
  } catch (e) {
    setSimulator({ message: `Could not reset the board: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/** Stop: Ctrl-C, as a user at the terminal would (a paused board resumes so the program can take it). */
export function stopProgram(): void {
  const board = existingHandle();
  if (!board?.running) return;
  setPaused(false);
  void existingClient()?.sendTerminal("\x03");
}

/** Turns the board off (the project closed or the panel went away). */
export function powerOff(): void {
  existingHandle()?.stop();
  clearLiveParts();
  setSimulator({ power: getSimulator().power === "unsupported" ? "unsupported" : "off", pins: undefined, boardStatus: undefined });
}

export function setSpeed(speed: Speed): void {
  setSimulator({ speed });
  existingHandle()?.pins.setSpeed(speed);
}

export function setPaused(paused: boolean): void {
  if (getSimulator().paused === paused) return;
  setSimulator({ paused });
  existingHandle()?.pins.setPaused(paused);
}

export function togglePause(): void {
  setPaused(!getSimulator().paused);
}

async function powerOn(board: SimulatedBoardHandle, project: SimulatorProject): Promise<void> {
  // The new board reads the files saved so far: an auto-reload waiting for them would restart it for nothing.
  clearTimeout(reloadTimer);
  // What the previous run wrote to its drive is stored before the new board reads the project.
  await driveSaver.flush();
  const files = await project.readFiles();
  if (simulatorProject()?.id !== project.id) return;
  forgetCountedControls();
  clearProgramError("simulator");
  const config: BoardConfig = { flavor: project.flavor, files, timing: "realtime", controls: initialControls() };
  setPaused(false);
  clearLiveParts();
  setSimulator((s) => ({ power: "running", message: undefined, boardStatus: undefined, pins: undefined, flavor: project.flavor, runs: s.runs + 1 }));
  board.start(config);
}

/** The REPL client the terminal talks through (null when the simulator cannot run on this page). */
export function simulatorReplClient(): ReplClient | null {
  const board = prepareSimulator();
  return board ? replClient(board) : null;
}

export function toggleBoardView(): void {
  setSimulator((s) => ({ boardHidden: !s.boardHidden }));
}
