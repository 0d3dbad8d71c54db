// The board panel's messages: a problem (from the one message table) with what can be done about it, and short
// good news. Nothing here blocks the panel; every control stays usable.
import { canSaveToDrive, copyRemountLines, saveProjectToDrive } from "../../app/device/circuitpy-drive";
import { describeProblem, isReadOnly, type DeviceProblem } from "../../app/device/device-messages";
import { useDevice } from "../../app/device/device-state";
import { dismissNotice, dismissProblem } from "../../app/device/run-actions";

export function DeviceMessages() {
  const problem = useDevice((s) => s.problem);
  const notice = useDevice((s) => s.notice);
  return (
    <>
      {problem ? <ProblemBox problem={problem} /> : null}
      {notice && !problem ? (
        <p className="dev-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="dev-close" aria-label="Dismiss the message" onClick={dismissNotice}>×</button>
        </p>
      ) : null}
    </>
  );
}

function ProblemBox({ problem }: { problem: DeviceProblem }) {
  const { title, text } = describeProblem(problem);
  return (
    <div className="dev-problem" role="alert">
      <p className="dev-problem-title">{title}</p>
      <p className="dev-problem-text">{text}</p>
      <div className="dev-problem-actions">
        {isReadOnly(problem) ? <ReadOnlyActions /> : null}
        <button type="button" className="dev-small" onClick={dismissProblem}>Dismiss</button>
      </div>
    </div>
  );
}

/** CircuitPython's drive mounted by the computer: write through the drive, or hand Python the drive via boot.py. */
function ReadOnlyActions() {
  return (
    <>
      {canSaveToDrive() ? <button type="button" className="dev-small" onClick={() => void saveProjectToDrive()}>Save to CIRCUITPY drive…</button> : null}
      <button type="button" className="dev-small" onClick={() => void copyRemountLines()}>Copy the boot.py lines</button>
    </>
  );
}
