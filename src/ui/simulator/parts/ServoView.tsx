// A hobby servo seen from above: the body, and the horn turned to the angle the pulses ask for (0° pointing
// right, the range's end pointing left for a 180° servo), with the angle and pulse width as text.
import { optionNumber, stateNumber, type PartViewProps } from "./types";

const CX = 60;
const CY = 50;
const HORN = 34;

export function ServoView({ state, config, label }: PartViewProps) {
  const range = optionNumber(config, "range", 180);
  const known = typeof state?.angle === "number";
  const angle = stateNumber(state, "angle", range / 2);
  const pulseUs = stateNumber(state, "pulseUs", 0);
  // A 180° servo sweeps a half circle; other ranges are drawn over the same half circle.
  const drawn = ((180 * Math.max(0, Math.min(range, angle))) / (range || 180)) * (Math.PI / 180);
  const tipX = CX + HORN * Math.cos(drawn);
  const tipY = CY - HORN * Math.sin(drawn);
  const text = known ? `${formatAngle(angle)}°` : "no pulses yet";
  return (
    <div className="part-view part-servo" data-angle={known ? angle : undefined}>
      <svg viewBox="0 0 120 64" width={120} height={64} role="img" aria-label={`${label}: ${text}`}>
        <path d={`M ${CX - HORN - 4} ${CY} A ${HORN + 4} ${HORN + 4} 0 0 1 ${CX + HORN + 4} ${CY}`} className="part-servo-scale" />
        <rect x={CX - 26} y={CY - 10} width={52} height={22} rx={3} className="part-servo-body" />
        <line x1={CX} y1={CY} x2={tipX} y2={tipY} className="part-servo-horn-edge" />
        <line x1={CX} y1={CY} x2={tipX} y2={tipY} className="part-servo-horn" />
        <circle cx={CX} cy={CY} r={7} className="part-servo-hub" />
      </svg>
      <div className="part-caption">
        <span className="part-value">{text}</span>
        {pulseUs > 0 ? <span> · {Math.round(pulseUs)} µs</span> : null}
      </div>
    </div>
  );
}

function formatAngle(angle: number): string {
  return Number.isInteger(angle) ? String(angle) : angle.toFixed(1);
}
