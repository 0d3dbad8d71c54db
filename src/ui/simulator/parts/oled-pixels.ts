// An OLED state's pixels: the hex rows the worker sends (4 pixels a digit, leftmost pixel in the high bit) back to
// one byte a pixel, and painted into RGBA image data in the panel's colour, dimmed by the contrast setting.

/** Hex digit character code → its value, -1 for anything else. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE["0123456789abcdef".charCodeAt(i)] = HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;

/** 1 per lit pixel, row by row; rows missing or short (a bad state) stay dark. */
export function decodeOledRows(rows: unknown, width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  if (!Array.isArray(rows)) return pixels;
  for (let y = 0; y < Math.min(height, rows.length); y++) {
    const row = rows[y];
    if (typeof row !== "string") continue;
    const base = y * width;
    for (let digit = 0; digit < row.length && digit * 4 < width; digit++) {
      const code = row.charCodeAt(digit);
      const nibble = code < 128 ? HEX_VALUE[code] : -1;
      if (nibble <= 0) continue;
      const x = digit * 4;
      if (nibble & 8) pixels[base + x] = 1;
      if (nibble & 4 && x + 1 < width) pixels[base + x + 1] = 1;
      if (nibble & 2 && x + 2 < width) pixels[base + x + 2] = 1;
      if (nibble & 1 && x + 3 < width) pixels[base + x + 3] = 1;
    }
  }
  return pixels;
}

export function countLit(pixels: Uint8Array): number {
  let n = 0;
  for (const p of pixels) n += p;
  return n;
}

/** The panel colours modules come in; any "#rrggbb" works too. */
const PANEL_COLORS: Record<string, string> = { white: "#eef6ff", blue: "#5fc8ff", yellow: "#ffd84a", green: "#7dff9a" };

/** Lit-pixel colours: `top` for the first `split` rows, `rest` below (two-colour modules: 16 yellow rows, then blue). */
export interface PanelColors {
  top: string;
  rest: string;
  split: number;
}

export function panelColors(option: unknown): PanelColors {
  if (option === "yellow-blue") return { top: PANEL_COLORS.yellow, rest: PANEL_COLORS.blue, split: 16 };
  const one = typeof option === "string" && /^#[0-9a-f]{6}$/i.test(option) ? option : PANEL_COLORS[typeof option === "string" ? option : ""] ?? PANEL_COLORS.white;
  return { top: one, rest: one, split: 0 };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** A colour at `level` as one 32-bit word whose bytes in memory are r, g, b, 255. */
function packed(color: string, level: number): number {
  const [r, g, b] = [1, 3, 5].map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) * level));
  return (LITTLE_ENDIAN ? (255 << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
}

const DARK = "#080a0e";

/** Lit pixels in the panel's colours, at a brightness from 55 % (contrast 0) to full (255); dark pixels near-black. */
export function paintOled(pixels: Uint8Array, width: number, rgba: Uint8ClampedArray, colors: PanelColors, contrast: number): void {
  const level = 0.55 + 0.45 * Math.max(0, Math.min(255, contrast)) / 255;
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, pixels.length);
  const dark = packed(DARK, 1);
  const top = packed(colors.top, level);
  const rest = packed(colors.rest, level);
  const split = Math.min(pixels.length, colors.split * width);
  for (let i = 0; i < split; i++) words[i] = pixels[i] === 1 ? top : dark;
  for (let i = split; i < pixels.length; i++) words[i] = pixels[i] === 1 ? rest : dark;
}
