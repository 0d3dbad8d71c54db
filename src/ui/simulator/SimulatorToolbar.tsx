// The simulator's toolbar: Run, Stop (Ctrl-C), Reset (power-cycle), Pause/Resume and the speed.
import type { Speed } from "../../board/pin-bridge";
import { resetBoard, runProject, setSpeed, stopProgram, toggleBoardView, togglePause } from "../../app/simulator/simulator-actions";
import { useSimulator, type BoardPower } from "../../app/simulator/simulator-state";
import { SimIcon } from "./SimIcon";

const SPEEDS: { value: Speed; label: string }[] = [
  { value: 0.25, label: "0.25×" },
  { value: 0.5, label: "0.5×" },
  { value: 1, label: "1×" },
  { value: 2, label: "2×" },
  { value: 4, label: "4×" },
  { value: "fast", label: "Fast" },
];

const POWER_TEXT: Record<BoardPower, string> = { off: "Off", running: "Running", crashed: "Stopped (error)", unsupported: "Unavailable" };

export function SimulatorToolbar({ canRun = true }: { canRun?: boolean }) {
  const power = useSimulator((s) => s.power);
  const paused = useSimulator((s) => s.paused);
  const speed = useSimulator((s) => s.speed);
  const boardHidden = useSimulator((s) => s.boardHidden);
  const running = power === "running";
  const usable = power !== "unsupported";
  const state = running && paused ? "Paused" : POWER_TEXT[power];
  return (
    <div className="sim-toolbar" role="toolbar" aria-label="Simulator">
      <button type="button" className="sim-run" onClick={() => void runProject()} disabled={!usable || !canRun} title="Save and run the project on the simulated Pico">
        <SimIcon name="run" /> Run
      </button>
      <button type="button" onClick={stopProgram} disabled={!running} title="Stop the program (Ctrl-C)">
        <SimIcon name="stop" /> Stop
      </button>
      <button type="button" onClick={() => void resetBoard()} disabled={!usable || !canRun} title="Power-cycle the board">
        <SimIcon name="reset" /> Reset
      </button>
      <button type="button" onClick={togglePause} disabled={!running} aria-pressed={paused} title={paused ? "Resume the board" : "Pause the board and its clock"}>
        <SimIcon name={paused ? "run" : "pause"} /> {paused ? "Resume" : "Pause"}
      </button>
      <label className="sim-speed">
        <span>Speed</span>
        <select value={String(speed)} onChange={(e) => setSpeed(e.target.value === "fast" ? "fast" : Number(e.target.value))} disabled={!usable}>
          {SPEEDS.map((s) => (
            <option key={String(s.value)} value={String(s.value)}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="sim-fold" onClick={toggleBoardView} aria-expanded={!boardHidden} aria-controls="sim-board-area">
        {boardHidden ? "Show board" : "Hide board"}
      </button>
      <span className={`sim-power sim-power-${running && paused ? "paused" : power}`} role="status" data-testid="sim-power">
        {state}
      </span>
    </div>
  );
}
