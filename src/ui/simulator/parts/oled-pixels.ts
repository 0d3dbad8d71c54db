// An OLED state's pixels: the hex rows the worker sends (4 pixels a digit, leftmost pixel in the high bit) back to
// one byte a pixel, and painted into RGBA image data in the panel's colour, dimmed by the contrast setting.

/** 1 per lit pixel, row by row; rows missing or short (a bad state) stay dark. */
export function decodeOledRows(rows: unknown, width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height);
  if (!Array.isArray(rows)) return pixels;
  for (let y = 0; y < Math.min(height, rows.length); y++) {
    const row = rows[y];
    if (typeof row !== "string") continue;
    for (let digit = 0; digit < row.length && digit * 4 < width; digit++) {
      const nibble = parseInt(row[digit], 16);
      if (Number.isNaN(nibble)) continue;
      for (let bit = 0; bit < 4 && digit * 4 + bit < width; bit++) {
        if (nibble & (8 >> bit)) pixels[y * width + digit * 4 + bit] = 1;
      }
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

function rgbAt(color: string, level: number): number[] {
  return [1, 3, 5].map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) * level));
}

/** Lit pixels in the panel's colours, at a brightness from 55 % (contrast 0) to full (255); dark pixels near-black. */
export function paintOled(pixels: Uint8Array, width: number, rgba: Uint8ClampedArray, colors: PanelColors, contrast: number): void {
  const level = 0.55 + 0.45 * Math.max(0, Math.min(255, contrast)) / 255;
  const top = rgbAt(colors.top, level);
  const rest = rgbAt(colors.rest, level);
  for (let i = 0; i < pixels.length; i++) {
    const lit = pixels[i] === 1;
    const rgb = i < colors.split * width ? top : rest;
    rgba[i * 4] = lit ? rgb[0] : 8;
    rgba[i * 4 + 1] = lit ? rgb[1] : 10;
    rgba[i * 4 + 2] = lit ? rgb[2] : 14;
    rgba[i * 4 + 3] = 255;
  }
}
