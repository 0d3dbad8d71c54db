// An RGB LED: its dome in the mixed colour of the three channels (gamma-lifted so dim duty cycles show), with the
// channel values as text and `data-color` holding the colour as driven.
import { displayColor, hexOf, isDark, parseColor } from "./colors";
import { stateNumber, type PartViewProps } from "./types";

export function RgbLedView({ state, label }: PartViewProps) {
  const color = parseColor({ r: stateNumber(state, "r"), g: stateNumber(state, "g"), b: stateNumber(state, "b") });
  const dark = isDark(color);
  const hex = hexOf(color);
  const text = dark ? "off" : `R ${color.r} G ${color.g} B ${color.b}`;
  return (
    <div className="part-view part-rgb-led" data-color={hex}>
      <svg viewBox="0 0 40 40" width={40} height={40} role="img" aria-label={`${label}: ${dark ? "off" : hex}`}>
        {dark ? null : <circle cx={20} cy={18} r={17} className="part-led-halo" style={{ fill: displayColor(color) }} />}
        <path d="M 10 30 V 18 A 10 10 0 0 1 30 18 V 30 Z" className={dark ? "part-led-dome part-led-off" : "part-led-dome"} style={dark ? undefined : { fill: displayColor(color) }} />
        <rect x={8} y={30} width={24} height={4} rx={1} className="part-led-rim" />
      </svg>
      <span className="part-value">{text}</span>
    </div>
  );
}
