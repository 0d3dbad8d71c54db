// Drawing on a Surface with MicroPython's exact pixel choices: Bresenham lines, midpoint ellipses, scan-line
// polygons, blits with a transparent key and palette, scrolling and 8x8 text.
import { Surface } from "./surface";
import { glyphColumns } from "./font";

export function rect(s: Surface, x: number, y: number, w: number, h: number, col: number, fill: boolean): void {
  if (fill) {
    s.fillRect(x, y, w, h, col);
    return;
  }
  s.fillRect(x, y, w, 1, col);
  s.fillRect(x, y + h - 1, w, 1, col);
  s.fillRect(x, y, 1, h, col);
  s.fillRect(x + w - 1, y, 1, h, col);
}

export function line(s: Surface, x1: number, y1: number, x2: number, y2: number, col: number): void {
  let dx = x2 - x1;
  let sx = 1;
  if (dx <= 0) { dx = -dx; sx = -1; }
  let dy = y2 - y1;
  let sy = 1;
  if (dy <= 0) { dy = -dy; sy = -1; }
  const steep = dy > dx;
  if (steep) {
    [x1, y1] = [y1, x1];
    [dx, dy] = [dy, dx];
    [sx, sy] = [sy, sx];
  }
  let e = 2 * dy - dx;
  for (let i = 0; i < dx; i++) {
    if (steep) s.setPixelClipped(y1, x1, col);
    else s.setPixelClipped(x1, y1, col);
    while (e >= 0) {
      y1 += sy;
      e -= 2 * dx;
    }
    x1 += sx;
    e += 2 * dy;
  }
  s.setPixelClipped(x2, y2, col);
}

/** Quadrant bits for ellipse(): Q1 top right, Q2 top left, Q3 bottom left, Q4 bottom right. */
export const ELLIPSE_ALL = 0x0f;

function ellipsePoints(s: Surface, cx: number, cy: number, x: number, y: number, col: number, quadrants: number, fill: boolean): void {
  if (fill) {
    if (quadrants & 1) s.fillRect(cx, cy - y, x + 1, 1, col);
    if (quadrants & 2) s.fillRect(cx - x, cy - y, x + 1, 1, col);
    if (quadrants & 4) s.fillRect(cx - x, cy + y, x + 1, 1, col);
    if (quadrants & 8) s.fillRect(cx, cy + y, x + 1, 1, col);
    return;
  }
  if (quadrants & 1) s.setPixelClipped(cx + x, cy - y, col);
  if (quadrants & 2) s.setPixelClipped(cx - x, cy - y, col);
  if (quadrants & 4) s.setPixelClipped(cx - x, cy + y, col);
  if (quadrants & 8) s.setPixelClipped(cx + x, cy + y, col);
}

/** The midpoint ellipse in two passes (shallow then steep part of each quadrant), as MicroPython draws it. */
export function ellipse(s: Surface, cx: number, cy: number, rx: number, ry: number, col: number, fill: boolean, quadrants: number): void {
  quadrants &= ELLIPSE_ALL;
  if (rx === 0 && ry === 0) {
    if (quadrants) s.setPixelClipped(cx, cy, col);
    return;
  }
  const twoA2 = 2 * rx * rx;
  const twoB2 = 2 * ry * ry;
  let x = rx;
  let y = 0;
  let xchange = ry * ry * (1 - 2 * rx);
  let ychange = rx * rx;
  let err = 0;
  let stopx = twoB2 * rx;
  let stopy = 0;
  while (stopx >= stopy) {
    ellipsePoints(s, cx, cy, x, y, col, quadrants, fill);
    y++;
    stopy += twoA2;
    err += ychange;
    ychange += twoA2;
    if (2 * err + xchange > 0) {
      x--;
      stopx -= twoB2;
      err += xchange;
      xchange += twoB2;
    }
  }
  x = 0;
  y = ry;
  xchange = ry * ry;
  ychange = rx * rx * (1 - 2 * ry);
  err = 0;
  stopx = 0;
  stopy = twoA2 * ry;
  while (stopx <= stopy) {
    ellipsePoints(s, cx, cy, x, y, col, quadrants, fill);
    x++;
    stopx += twoB2;
    err += xchange;
    xchange += twoB2;
    if (2 * err + ychange > 0) {
      y--;
      stopy -= twoA2;
      err += ychange;
      ychange += twoA2;
    }
  }
}

/** C's integer division (truncates toward zero). */
const cdiv = (a: number, b: number) => Math.trunc(a / b);

/** A polygon from flat [x0, y0, x1, y1, ...] offsets, outlined or filled by scan lines. */
export function poly(s: Surface, x: number, y: number, coords: number[], col: number, fill: boolean): void {
  const n = coords.length >> 1;
  if (n === 0) return;
  if (!fill) {
    let px1 = coords[0], py1 = coords[1];
    for (let i = n * 2 - 1; i >= 0; ) {
      const py2 = coords[i--], px2 = coords[i--];
      line(s, x + px1, y + py1, x + px2, y + py2, col);
      px1 = px2;
      py1 = py2;
    }
    return;
  }
  let yMin = Infinity, yMax = -Infinity;
  for (let i = 0; i < n; i++) {
    yMin = Math.min(yMin, coords[i * 2 + 1]);
    yMax = Math.max(yMax, coords[i * 2 + 1]);
  }
  for (let row = yMin; row <= yMax; row++) {
    const nodes: number[] = [];
    let px1 = coords[0], py1 = coords[1];
    for (let i = n * 2 - 1; i >= 0; ) {
      const py2 = coords[i--], px2 = coords[i--];
      // The bottom pixel of each edge is left out so that shared vertices are not counted twice.
      if (py1 !== py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
        nodes.push(cdiv(32 * px1 + cdiv(32 * (px2 - px1) * (row - py1), py2 - py1) + 16, 32));
      } else if (row === Math.max(py1, py2)) {
        // Local minima and horizontal edges would otherwise be missed.
        if (py1 < py2) s.setPixelClipped(x + px2, y + py2, col);
        else if (py2 < py1) s.setPixelClipped(x + px1, y + py1, col);
        else line(s, x + px1, y + py1, x + px2, y + py2, col);
      }
      px1 = px2;
      py1 = py2;
    }
    nodes.sort((a, b) => a - b);
    for (let i = 0; i + 1 < nodes.length; i += 2) s.fillRect(x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, col);
  }
}

/** Copies `src` onto `dst` at (x, y), skipping pixels equal to `key`, mapping colours through `palette` row 0. */
export function blit(dst: Surface, src: Surface, x: number, y: number, key: number, palette: Surface | null): void {
  if (x >= dst.width || y >= dst.height || -x >= src.width || -y >= src.height) return;
  const x0 = Math.max(0, x);
  let y0 = Math.max(0, y);
  const x1 = Math.max(0, -x);
  let y1 = Math.max(0, -y);
  const x0end = Math.min(dst.width, x + src.width);
  const y0end = Math.min(dst.height, y + src.height);
  for (; y0 < y0end; y0++, y1++) {
    for (let cx0 = x0, cx1 = x1; cx0 < x0end; cx0++, cx1++) {
      let col = src.getPixel(cx1, y1);
      if (palette) col = palette.getPixel(col, 0);
      if (col !== key) dst.setPixel(cx0, y0, col);
    }
  }
}

/** Shifts the contents by (xstep, ystep); the uncovered area keeps its old pixels, as on MicroPython. */
export function scroll(s: Surface, xstep: number, ystep: number): void {
  let sx: number, xend: number, dx: number;
  if (xstep < 0) {
    sx = 0;
    xend = s.width + xstep;
    if (xend <= 0) return;
    dx = 1;
  } else {
    sx = s.width - 1;
    xend = xstep - 1;
    if (xend >= sx) return;
    dx = -1;
  }
  let y: number, yend: number, dy: number;
  if (ystep < 0) {
    y = 0;
    yend = s.height + ystep;
    if (yend <= 0) return;
    dy = 1;
  } else {
    y = s.height - 1;
    yend = ystep - 1;
    if (yend >= y) return;
    dy = -1;
  }
  for (; y !== yend; y += dy) {
    for (let x = sx; x !== xend; x += dx) s.setPixel(x, y, s.getPixel(x - xstep, y - ystep));
  }
}

/** Draws UTF-8 `bytes` with the 8x8 font; bytes outside 32..127 draw the checkerboard glyph 127. */
export function text(s: Surface, bytes: Uint8Array, x0: number, y0: number, col: number): void {
  for (const byte of bytes) {
    const columns = glyphColumns(byte < 32 || byte > 127 ? 127 : byte);
    for (let j = 0; j < 8; j++, x0++) {
      if (x0 < 0 || x0 >= s.width) continue;
      let bits = columns[j]; // one column of 8 pixels, least significant bit at the top
      for (let y = y0; bits; bits >>= 1, y++) {
        if (bits & 1 && y >= 0 && y < s.height) s.setPixel(x0, y, col);
      }
    }
  }
}
