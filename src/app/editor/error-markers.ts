// Shows the program error as a Monaco marker (squiggle, hover with the message) on its line in the file's buffer,
// whenever that file is open; editing the marked file clears the error.
import type * as Monaco from "monaco-editor/editor/editor.api";
import { samePath } from "../../storage";
import { useApp } from "../state";
import { allBuffers } from "./buffers";
import { clearProgramError, useProgramError, type ProgramError } from "./program-error";

export const ERROR_MARKER_OWNER = "pyco-program-error";

const SOURCES: Record<ProgramError["origin"], string> = { simulator: "Simulated Pico", board: "Board" };

/** The marker for `error` in `model`: its line from the first non-blank character to the end. */
export function markerFor(model: Monaco.editor.ITextModel, error: ProgramError, severity: Monaco.MarkerSeverity): Monaco.editor.IMarkerData {
  const line = Math.min(Math.max(error.line, 1), model.getLineCount());
  const end = model.getLineMaxColumn(line);
  const start = model.getLineFirstNonWhitespaceColumn(line) || 1;
  return { severity, message: error.message, source: SOURCES[error.origin], startLineNumber: line, startColumn: Math.min(start, end), endLineNumber: line, endColumn: end };
}

/** Keeps the open buffers' markers in step with the program error until the returned function is called. */
export function showProgramErrorMarkers(monaco: typeof Monaco): () => void {
  let editWatch: Monaco.IDisposable | undefined;
  const apply = () => {
    const error = useProgramError.getState().error;
    editWatch?.dispose();
    editWatch = undefined;
    for (const buffer of allBuffers()) {
      const marked = error && samePath(buffer.path, error.path);
      monaco.editor.setModelMarkers(buffer.model, ERROR_MARKER_OWNER, marked ? [markerFor(buffer.model, error, monaco.MarkerSeverity.Error)] : []);
      if (marked) editWatch = buffer.model.onDidChangeContent(() => clearProgramError());
    }
  };
  apply();
  const offError = useProgramError.subscribe(apply);
  // A newly opened file gets its marker (its buffer exists before its tab does).
  const offTabs = useApp.subscribe((s, prev) => s.tabs !== prev.tabs && apply());
  return () => {
    offError();
    offTabs();
    editWatch?.dispose();
  };
}
