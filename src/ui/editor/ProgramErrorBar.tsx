// A small bar above a board terminal: the exception the program stopped with and a link to its line in the editor.
// It also reads that terminal's output for tracebacks (the same bytes the terminal shows).
import { useEffect } from "react";
import { clearProgramError, showProgramErrorLine, useProgramError, watchProgramErrors, type ErrorOrigin, type OutputSource } from "../../app/editor/program-error";
import "./program-error.css";

export function ProgramErrorBar({ origin, source }: { origin: ErrorOrigin; source: OutputSource | null }) {
  useEffect(() => (source ? watchProgramErrors(origin, source) : undefined), [origin, source]);
  const error = useProgramError((s) => (s.error?.origin === origin ? s.error : undefined));
  if (!error) return null;
  return (
    <div className="program-error-bar" role="group" aria-label="Where the program stopped" aria-live="polite">
      <span className="program-error-message" title={error.message}>
        {error.message}
      </span>
      <button type="button" className="program-error-link" onClick={() => void showProgramErrorLine()}>
        line {error.line} of {error.path}
      </button>
      <button type="button" className="program-error-dismiss" aria-label="Dismiss the error line" onClick={() => clearProgramError(origin)}>
        ×
      </button>
    </div>
  );
}
