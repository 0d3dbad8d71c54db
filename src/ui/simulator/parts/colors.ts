// Colours for lit parts: reading the shapes a state may carry ([r, g, b(, w)], "#rrggbb", 0xRRGGBB), and the
// display colour, lifted by a gamma curve so that a pixel at 5/255 is still visibly on rather than black.

export interface Rgbw {
  r: number;
  g: number;
  b: number;
  w: number;
}

const BLACK: Rgbw = { r: 0, g: 0, b: 0, w: 0 };

function channel(v: unknown): number {
  const n = typeof v === "number" && Number.isFinite(v) ? v : 0;
  return Math.max(0, Math.min(255, Math.round(n)));
}

/** One pixel's colour from [r, g, b], [r, g, b, w], {r, g, b}, "#rrggbb" or 0xRRGGBB; black when unreadable. */
export function parseColor(value: unknown): Rgbw {
  if (Array.isArray(value)) return { r: channel(value[0]), g: channel(value[1]), b: channel(value[2]), w: channel(value[3]) };
  if (typeof value === "number" && Number.isFinite(value)) {
    return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff, w: 0 };
  }
  if (typeof value === "string" && /^#?[0-9a-f]{6}$/i.test(value)) return parseColor(parseInt(value.replace("#", ""), 16));
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return { r: channel(o.r), g: channel(o.g), b: channel(o.b), w: channel(o.w) };
  }
  return { ...BLACK };
}

/** The colour as the program set it: "#rrggbb" (white ignored). */
export function hexOf({ r, g, b }: Rgbw): string {
  return "#" + [r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("");
}

export function isDark(c: Rgbw): boolean {
  return c.r === 0 && c.g === 0 && c.b === 0 && c.w === 0;
}

/** The least a lit channel is painted at, so that 1/255 shows on a dark background. */
const LIT_FLOOR = 64;

/** 0..255 → 0..255 on a 1/2.2 curve (the eye's view of a LED's duty cycle), lit channels at least LIT_FLOOR. */
function lift(v: number): number {
  return v === 0 ? 0 : Math.max(LIT_FLOOR, Math.round(255 * Math.pow(v / 255, 1 / 2.2)));
}

/** What to paint for a pixel: white mixed in, then each channel gamma-lifted. */
export function displayColor(c: Rgbw): string {
  const mix = (v: number) => lift(Math.min(255, v + c.w));
  return hexOf({ r: mix(c.r), g: mix(c.g), b: mix(c.b), w: 0 });
}

/** The colour list of a NeoPixel state, whichever name it carries them under. */
export function stateColors(state: Record<string, unknown> | undefined): Rgbw[] {
  const list = state?.colors ?? state?.colours ?? state?.pixels;
  return Array.isArray(list) ? list.map(parseColor) : [];
}
