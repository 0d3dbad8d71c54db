// A single-colour LED: the dome glows with the brightness the pin drives it at (PWM duty), in the LED's colour
// (option `color`, red by default).
import { hexOf, parseColor } from "./colors";
import { stateFlag, stateNumber, type PartViewProps } from "./types";

const LED_COLORS: Record<string, string> = { red: "#ff2a1a", green: "#1aff4a", blue: "#2a6bff", yellow: "#ffd21a", white: "#ffffff", orange: "#ff8a1a" };

export function ledColor(option: unknown): string {
  if (typeof option === "string" && /^#[0-9a-f]{6}$/i.test(option)) return option;
  return LED_COLORS[typeof option === "string" ? option : ""] ?? LED_COLORS.red;
}

export function LedView({ state, config, label }: PartViewProps) {
  const on = stateFlag(state, "on");
  const brightness = Math.max(0, Math.min(1, stateNumber(state, "brightness", on ? 1 : 0)));
  const lit = on && brightness > 0;
  const base = parseColor(ledColor(config.options?.color));
  // The eye sees a dim LED brighter than its duty cycle: the same 1/2.2 lift as the NeoPixels, on the brightness.
  const seen = Math.pow(brightness, 1 / 2.2);
  const glow = hexOf(parseColor({ r: base.r * seen, g: base.g * seen, b: base.b * seen }));
  const text = !lit ? "off" : brightness >= 0.995 ? "on" : `on, ${Math.round(brightness * 100)} %`;
  return (
    <div className="part-view part-led" data-lit={lit ? "true" : "false"} data-brightness={brightness.toFixed(2)}>
      <svg viewBox="0 0 40 40" width={40} height={40} role="img" aria-label={`${label}: ${text}`}>
        {lit ? <circle cx={20} cy={18} r={17} className="part-led-halo" style={{ fill: glow, opacity: 0.2 + 0.5 * brightness }} /> : null}
        <path d="M 10 30 V 18 A 10 10 0 0 1 30 18 V 30 Z" className={lit ? "part-led-dome" : "part-led-dome part-led-off"} style={{ fill: lit ? glow : ledColor(config.options?.color) }} />
        <rect x={8} y={30} width={24} height={4} rx={1} className="part-led-rim" />
      </svg>
      <span className="part-value">{text}</span>
    </div>
  );
}
