// The line a program failed on: tracebacks read from a board's output become one error (file, line, message) that
// the editor marks and the terminal's bar links to. Cleared by a new run, an edit of the file, or another project.
import { create } from "zustand";
import { samePath, type DriveEntry } from "../../storage";
import { openFile } from "../actions/editor-tabs";
import { getState, useApp } from "../state";
import { cancelReveal, requestReveal } from "./editor-reveal";
import { TracebackLines, deepestKnownFrame, type TracebackEvent } from "./traceback-lines";

/** Whose output the error came from: the simulated Pico or a real board over USB. */
export type ErrorOrigin = "simulator" | "board";

export interface ProgramError {
  origin: ErrorOrigin;
  /** The project file (or, for a file run from the editor, its tab's path). */
  path: string;
  line: number;
  /** The exception line, e.g. "NameError: name 'ledd' isn't defined". */
  message: string;
}

export const useProgramError = create<{ error?: ProgramError }>()(() => ({}));

/** Byte sources the errors are read from (a terminal's source). */
export interface OutputSource {
  onData(listener: (chunk: Uint8Array) => void): () => void;
}

/** Stopping a program is not a failure. */
const NOT_FAILURES = new Set(["KeyboardInterrupt", "SystemExit"]);
const readers = new Map<ErrorOrigin, TracebackLines>();
/** The editor file a raw-REPL run is executing: what `File "<stdin>"` means while it runs (at the prompt it means typed input). */
let stdinPath: string | undefined;

/** The project file a traceback's path names ("code.py", "/lib/helpers.py", "./lib/x.py"), or undefined. */
export function resolveProjectFile(file: string, entries: readonly DriveEntry[]): string | undefined {
  const wanted = file.replace(/^(\.?\/)+/, "");
  return entries.find((e) => e.kind === "file" && samePath(e.path, wanted))?.path;
}

/** The error a traceback event points at: its deepest frame in a project file (undefined for none, or a Ctrl-C). */
export function errorFromTraceback(
  event: Extract<TracebackEvent, { kind: "error" }>,
  origin: ErrorOrigin,
  entries: readonly DriveEntry[],
  stdin?: string,
): ProgramError | undefined {
  if (NOT_FAILURES.has(event.exception)) return undefined;
  const place = deepestKnownFrame(event.frames, (file) => (file === "<stdin>" ? stdin : resolveProjectFile(file, entries)));
  return place ? { origin, ...place, message: event.message } : undefined;
}

/** Reads `source`'s output for tracebacks from `origin` until the returned function is called. */
export function watchProgramErrors(origin: ErrorOrigin, source: OutputSource): () => void {
  const reader = new TracebackLines((event) => {
    if (event.kind === "run") return clearProgramError(origin);
    const error = errorFromTraceback(event, origin, getState().entries, origin === "board" ? stdinPath : undefined);
    // A newer traceback replaces the last one, even when it names no project file.
    if (error) useProgramError.setState({ error });
    else clearProgramError(origin);
  });
  readers.set(origin, reader);
  const offData = source.onData((chunk) => reader.push(chunk));
  const offProject = useApp.subscribe((s, prev) => {
    const error = useProgramError.getState().error;
    if (s.project?.id !== prev.project?.id) clearProgramError();
    else if (error && s.entries !== prev.entries && fileGone(error, s.entries)) clearProgramError();
  });
  return () => {
    offData();
    offProject();
    if (readers.get(origin) === reader) readers.delete(origin);
  };
}

/** Forgets the error (only `origin`'s, when given). */
export function clearProgramError(origin?: ErrorOrigin): void {
  const error = useProgramError.getState().error;
  if (error && (!origin || error.origin === origin)) useProgramError.setState({ error: undefined });
}

/** A file from the editor starts running on the board through the raw REPL: `<stdin>` in its traceback is `path`. */
export function beginFileRun(path: string): void {
  clearProgramError("board");
  readers.get("board")?.reset();
  stdinPath = path;
}

/** The file run ended and its output (stderr included) has been given to the terminal. */
export function endFileRun(): void {
  readers.get("board")?.flush();
  stdinPath = undefined;
}

/** Opens the error's file (the user asked: the link) and puts the cursor on its line. */
export async function showProgramErrorLine(): Promise<void> {
  const error = useProgramError.getState().error;
  if (!error) return;
  requestReveal(error.path, error.line);
  await openFile(error.path);
  if (!getState().tabs.some((t) => samePath(t.path, error.path))) cancelReveal();
}

/** An error in a project file that is gone (deleted, renamed, moved): its link would lead nowhere. */
function fileGone(error: ProgramError, entries: readonly DriveEntry[]): boolean {
  return !error.path.startsWith("board:") && resolveProjectFile(error.path, entries) === undefined;
}
