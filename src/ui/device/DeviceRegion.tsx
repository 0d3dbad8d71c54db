// The right-hand region's target switch: the simulated Pico or a real board on USB. Both panels stay mounted once
// shown, so each keeps its terminal while the other is in front; Run in each panel runs the same project there.
// The board panel (terminal, protocol, file layer) loads on first use, keeping the shell light.
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { setTarget, useDevice, type Target } from "../../app/device/device-state";
import "./device.css";

const BoardPanel = lazy(() => import("./BoardPanel").then((m) => ({ default: m.BoardPanel })));

const TARGETS: { value: Target; label: string }[] = [
  { value: "simulator", label: "Simulator" },
  { value: "board", label: "Board" },
];

export function DeviceRegion({ simulator }: { simulator: ReactNode }) {
  const target = useDevice((s) => s.target);
  const link = useDevice((s) => s.link);
  const [boardShown, setBoardShown] = useState(false);
  useEffect(() => {
    if (target === "board") setBoardShown(true);
  }, [target]);
  useEffect(() => {
    // Ports granted on an earlier visit are offered as "Reconnect to …" (getPorts needs no prompt).
    void import("../../app/device/connect-actions").then((m) => m.detectSerialSupport());
  }, []);
  return (
    <div className="dev-region">
      <div className="dev-targets" role="tablist" aria-label="Run on" onKeyDown={(e) => switchWithArrows(e, target)}>
        {TARGETS.map((t) => (
          <button
            key={t.value}
            type="button"
            role="tab"
            id={`dev-target-${t.value}`}
            aria-controls={`dev-panel-${t.value}`}
            aria-selected={target === t.value}
            tabIndex={target === t.value ? 0 : -1}
            className="dev-target"
            onClick={() => setTarget(t.value)}
          >
            {t.label}
            {t.value === "board" && link !== "idle" ? <span className={`dev-dot dev-dot-${link}`} aria-hidden="true" /> : null}
          </button>
        ))}
      </div>
      <div className="dev-target-panel" role="tabpanel" id="dev-panel-simulator" aria-labelledby="dev-target-simulator" hidden={target !== "simulator"}>
        {simulator}
      </div>
      <div className="dev-target-panel" role="tabpanel" id="dev-panel-board" aria-labelledby="dev-target-board" hidden={target !== "board"}>
        {boardShown || target === "board" ? (
          <Suspense fallback={<p className="dev-hint dev-loading">Loading…</p>}>
            <BoardPanel />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

function switchWithArrows(e: React.KeyboardEvent, target: Target): void {
  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
  const next = target === "simulator" ? "board" : "simulator";
  setTarget(next);
  requestAnimationFrame(() => document.getElementById(`dev-target-${next}`)?.focus());
}
