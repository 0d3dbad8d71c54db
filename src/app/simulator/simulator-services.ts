// Live objects of the simulator kept outside the store: the board handle (its worker and pin bridge), the REPL
// client the terminal talks through, and the project the board runs (an adapter, so the panel also runs standalone).
import type { BoardConfig } from "../../board/board-main";
import type { DriveChange } from "../../board/memory-drive";
import { ReplClient } from "../../device/repl-client";
import { SimulatedBoardHandle, type SimulatedBoardEvents, type WorkerFactory } from "../../device/simulated-board";

/** What the simulator needs from the open project; the app implements it over the ProjectStore (project-adapter.ts). */
export interface SimulatorProject {
  readonly id: string;
  readonly flavor: "micropython" | "circuitpython";
  /** Wiring saved in the project's metadata by earlier versions (version 1), migrated to wiring.json on open. */
  readonly metaWiring?: unknown;
  /** Stores every open editor buffer (Run runs what the editor shows). */
  saveOpenFiles(): Promise<void>;
  /** The project's files as the board's drive gets them. */
  readFiles(): Promise<BoardConfig["files"]>;
  /** Stores changes the board's program made to its drive, in order. */
  saveDriveChanges(changes: DriveChange[]): Promise<void>;
  /** wiring.json's text (null when the project has none) and the top-level .py files (the code's default wiring). */
  readWiringSources(): Promise<{ wiring: string | null; sources: string[] }>;
  /** Writes wiring.json (the editor, the file tree and the board follow); rejects with a message when it can't. */
  writeWiringFile(text: string): Promise<void>;
  /** Clears the version-1 wiring from the metadata (once wiring.json holds the parts). */
  clearMetaWiring(): Promise<void>;
  /** The user saved, added, moved or deleted files (not the board's own writes, nor wiring): CircuitPython reloads. */
  onFilesSaved?(listener: () => void): () => void;
}

const defaultWorker: WorkerFactory = () => new Worker(new URL("../../../workers/board.worker.ts", import.meta.url), { type: "module" });

let handle: SimulatedBoardHandle | null = null;
let client: ReplClient | null = null;
let project: SimulatorProject | null = null;

/** The board handle, created on first use. Throws DeviceError('unsupported') when the page is not cross-origin isolated. */
export function boardHandle(events: SimulatedBoardEvents, createWorker: WorkerFactory = defaultWorker): SimulatedBoardHandle {
  handle ??= new SimulatedBoardHandle(createWorker, events);
  return handle;
}

export function existingHandle(): SimulatedBoardHandle | null {
  return handle;
}

/** The REPL client over the simulated board's connection (one for the page's life: it survives power cycles). */
export function replClient(board: SimulatedBoardHandle): ReplClient {
  client ??= new ReplClient(board.connection, { answerTimeoutMs: 5000 });
  return client;
}

export function existingClient(): ReplClient | null {
  return client;
}

export function setSimulatorProject(next: SimulatorProject | null): void {
  project = next;
}

export function simulatorProject(): SimulatorProject | null {
  return project;
}
