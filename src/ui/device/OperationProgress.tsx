// The running board operation: its name and, for transfers, a progress bar with bytes done and speed.
import { useDevice } from "../../app/device/device-state";
import { formatBytes, formatSpeed } from "./format";

export function OperationProgress() {
  const operation = useDevice((s) => s.operation);
  if (!operation) return null;
  const p = operation.progress;
  const percent = p && p.bytesTotal > 0 ? Math.min(100, Math.round((p.bytesDone / p.bytesTotal) * 100)) : undefined;
  return (
    <div className="dev-progress" role="group" aria-label="Board operation">
      <div className="dev-progress-label">
        <span>{operation.label}…</span>
        {p ? <span className="dev-muted">{p.path}</span> : null}
      </div>
      {operation.kind === "transfer" ? (
        <div className="dev-bar" role="progressbar" aria-label={operation.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className={`dev-bar-fill${percent === undefined ? " is-indeterminate" : ""}`} style={percent === undefined ? undefined : { width: `${percent}%` }} />
        </div>
      ) : null}
      {p ? (
        <div className="dev-progress-numbers" data-testid="board-progress">
          {p.unit === "files" ? `${p.bytesDone} of ${p.bytesTotal} files deleted` : `${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)}`}
          {p.unit !== "files" && p.bytesPerSecond > 0 ? ` · ${formatSpeed(p.bytesPerSecond)}` : ""}
        </div>
      ) : null}
    </div>
  );
}
