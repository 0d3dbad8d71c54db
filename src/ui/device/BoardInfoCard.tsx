// What the connected board is: firmware and version, board name, free memory and flash, CircuitPython's status, and
// what it is doing (a running program is left alone until the person chooses to stop it).
import { stopAndLoadInfo } from "../../app/device/info-actions";
import { enterRepl } from "../../app/device/run-actions";
import { useDevice } from "../../app/device/device-state";
import type { BoardInfo } from "../../device/files";
import { formatBytes } from "./format";

const FLAVOR: Record<string, string> = { micropython: "MicroPython", circuitpython: "CircuitPython" };

export function BoardInfoCard() {
  const info = useDevice((s) => s.info);
  const activity = useDevice((s) => s.activity);
  const pressAnyKey = useDevice((s) => s.pressAnyKey);
  const status = useDevice((s) => s.circuitStatus);
  const busy = useDevice((s) => Boolean(s.operation));
  const link = useDevice((s) => s.link);
  return (
    <section className="dev-info" aria-label="Board info">
      {info ? <InfoRows info={info} /> : <p className="dev-hint">{link === "connected" && activity === "running" ? "The board is running a program; its details show once it stops." : "Reading the board's details…"}</p>}
      <p className="dev-activity" data-testid="board-activity">
        <span className={`dev-state dev-state-${activity}`}>{activityText(activity, pressAnyKey, status)}</span>
        {link === "connected" && activity === "running" && !info ? (
          <button type="button" className="dev-small" onClick={() => void stopAndLoadInfo()} disabled={busy}>Stop it and read the details</button>
        ) : null}
        {pressAnyKey ? <button type="button" className="dev-small" onClick={enterRepl}>Enter the REPL</button> : null}
      </p>
    </section>
  );
}

function InfoRows({ info }: { info: BoardInfo }) {
  const flash = info.flashFree !== undefined && info.flashTotal ? `${formatBytes(info.flashFree)} free of ${formatBytes(info.flashTotal)}` : "unknown";
  return (
    <dl className="dev-info-grid">
      <dt>Firmware</dt>
      <dd>{FLAVOR[info.flavor] ?? info.flavor} {info.version}</dd>
      <dt>Board</dt>
      <dd>{info.machine || "unknown"}{info.board ? <span className="dev-muted"> ({info.board})</span> : null}</dd>
      <dt>Memory</dt>
      <dd>{info.memFree !== undefined ? `${formatBytes(info.memFree)} free` : "unknown"}</dd>
      <dt>Flash</dt>
      <dd>{flash}{info.readOnly ? <span className="dev-warn"> · read-only to Python (the computer has the drive mounted)</span> : null}</dd>
    </dl>
  );
}

function activityText(activity: string, pressAnyKey: boolean, status: string | undefined): string {
  if (pressAnyKey) return "Program finished — press any key in the terminal for the REPL";
  if (activity === "running") return status && /\.py$/.test(status) ? `Running ${status}` : "Running a program";
  if (activity === "idle") return "At the REPL prompt";
  return "Checking what the board is doing…";
}
