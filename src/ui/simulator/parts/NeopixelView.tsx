// A NeoPixel strip (pixels in rows of up to 12) or ring (pixels round a circle): each pixel a circle in its
// colour, gamma-lifted so dim colours show; `data-color` holds the colour the program set.
import { displayColor, hexOf, isDark, stateColors, type Rgbw } from "./colors";
import { optionNumber, stateNumber, type PartViewProps } from "./types";

const PER_ROW = 12;
const PITCH = 22;
const RADIUS = 8;

interface Placed {
  x: number;
  y: number;
}

export function NeopixelView({ kind, state, config, label }: PartViewProps) {
  const colors = stateColors(state);
  const count = Math.max(0, Math.min(1024, stateNumber(state, "count", optionNumber(config, "count", colors.length))));
  const pixels = Array.from({ length: count }, (_, i) => colors[i] ?? { r: 0, g: 0, b: 0, w: 0 });
  const ring = kind.endsWith("ring");
  const layout = ring ? ringLayout(count) : stripLayout(count);
  const litCount = pixels.filter((c) => !isDark(c)).length;
  return (
    <div className={`part-view part-neopixel ${ring ? "part-neopixel-ring" : "part-neopixel-strip"}`}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label={`${label}: ${count} pixels, ${litCount} lit`}
      >
        {ring ? <circle cx={layout.width / 2} cy={layout.height / 2} r={layout.radius} style={{ strokeWidth: 2 * RADIUS + 8 }} className="part-neopixel-board" /> : null}
        {!ring && count > 0 ? <rect x={1} y={1} width={layout.width - 2} height={layout.height - 2} rx={4} className="part-neopixel-board" /> : null}
        {pixels.map((c, i) => (
          <Pixel key={i} index={i} color={c} at={layout.points[i]} />
        ))}
      </svg>
      {count === 0 ? <div className="part-caption">No pixels received yet</div> : null}
    </div>
  );
}

function Pixel({ index, color, at }: { index: number; color: Rgbw; at: Placed }) {
  const dark = isDark(color);
  return (
    <g className="part-neopixel-pixel" data-index={index} data-color={hexOf(color)} data-white={color.w || undefined}>
      <rect x={at.x - RADIUS - 1} y={at.y - RADIUS - 1} width={2 * RADIUS + 2} height={2 * RADIUS + 2} rx={2} className="part-neopixel-package" />
      <circle cx={at.x} cy={at.y} r={RADIUS - 1} className={dark ? "part-neopixel-off" : undefined} style={dark ? undefined : { fill: displayColor(color) }} />
    </g>
  );
}

interface Layout {
  width: number;
  height: number;
  points: Placed[];
  /** A ring's radius through the pixels' centres. */
  radius: number;
}

function stripLayout(count: number): Layout {
  const columns = Math.max(1, Math.min(PER_ROW, count));
  const rows = Math.max(1, Math.ceil(count / PER_ROW));
  const points = Array.from({ length: count }, (_, i) => ({ x: PITCH / 2 + 2 + (i % PER_ROW) * PITCH, y: PITCH / 2 + 2 + Math.floor(i / PER_ROW) * PITCH }));
  return { width: columns * PITCH + 4, height: rows * PITCH + 4, points, radius: 0 };
}

/** Pixel 0 at the top, the rest clockwise, spaced a pixel pitch apart (at least a small ring's size). */
function ringLayout(count: number): Layout {
  const radius = Math.max(30, (count * PITCH) / (2 * Math.PI));
  const size = 2 * (radius + RADIUS + 6);
  const centre = size / 2;
  const points = Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
  });
  return { width: size, height: size, points, radius };
}
