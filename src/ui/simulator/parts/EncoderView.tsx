// A rotary encoder: the knob turned to its position (20 detents a turn), the count of detents, buttons to turn it
// a detent left or right, and its push switch held like a button (when the switch is wired, or the wiring is unknown).
import { useEffect, useRef } from "react";
import { HoldButton } from "./HoldButton";
import { stateFlag, stateNumber, type PartViewProps } from "./types";

const DETENTS_PER_TURN = 20;
const ASK_TIMEOUT_MS = 1000;

export function EncoderView({ state, config, label, onControl }: PartViewProps) {
  const position = Math.round(stateNumber(state, "position", 0));
  const pressed = stateFlag(state, "pressed");
  // Clicks faster than the worker's answers each count: turns add to the last position asked for, until the part
  // reports it (or for a second, in case the board never answers: stopped, restarted).
  const asked = useRef<{ position: number; atMs: number } | null>(null);
  useEffect(() => {
    if (asked.current?.position === position) asked.current = null;
  }, [position]);
  const turn = (detents: number) => {
    const now = Date.now();
    const pending = asked.current && now - asked.current.atMs < ASK_TIMEOUT_MS ? asked.current.position : position;
    asked.current = { position: pending + detents, atMs: now };
    onControl("position", pending + detents);
  };
  const angle = (360 * position) / DETENTS_PER_TURN;
  const hasSwitch = config.pins === undefined || config.pins.button !== undefined;
  return (
    <div className="part-view part-encoder" data-position={position} data-pressed={pressed ? "true" : "false"}>
      <svg viewBox="0 0 44 44" width={44} height={44} role="img" aria-label={`${label}: position ${position}${pressed ? ", pressed" : ""}`}>
        <circle cx={22} cy={22} r={20} className="part-encoder-base" />
        <g transform={`rotate(${angle} 22 22)`}>
          <circle cx={22} cy={22} r={pressed ? 13 : 14} className="part-encoder-knob" />
          <line x1={22} y1={22} x2={22} y2={10} className="part-encoder-mark" />
        </g>
      </svg>
      <div className="part-encoder-side">
        <span className="part-value">Position {position}</span>
        <span className="part-buttons">
          <button type="button" aria-label={`Turn ${label} left`} title="Turn left (one detent)" onClick={() => turn(-1)}>
            ⟲
          </button>
          <button type="button" aria-label={`Turn ${label} right`} title="Turn right (one detent)" onClick={() => turn(1)}>
            ⟳
          </button>
          {hasSwitch ? (
            <HoldButton name={`Press ${label}`} pressed={pressed} onHold={(down) => onControl("pressed", down)}>
              Press
            </HoldButton>
          ) : null}
        </span>
      </div>
    </div>
  );
}
