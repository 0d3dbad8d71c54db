// CircuitPython's bitmaptools: fast operations on displayio.Bitmap (blit, replace_color, fill_region, draw_line,
// draw_circle, arrayblit, readinto) that label and font libraries use instead of per-pixel Python loops.
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinFunctionKw } from "../../runtime/function";
import { callMethod } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { getBuffer } from "../../types/text/buffer";
import { PyBytes } from "../../types/bytes";
import { parseArgs, type ArgSpec } from "../../hardware/mp-args";
import { intArg } from "../args";
import { bitmapArg, blitArea, blitBitmap, type PyBitmap } from "./bitmap";

const optionalInt = (v: PyValue | undefined): number | null => (v === undefined || v === None ? null : intArg(v));

function fn(name: string, specs: ArgSpec[], body: (a: Record<string, any>) => void) {
  return builtinFunctionKw(name, (args: PyValue[], kw: Kw | null) => {
    body(parseArgs(args, kw, specs));
    return None;
  });
}

const req = (name: string, kind: ArgSpec["kind"] = "int"): ArgSpec => ({ name, kind, required: true });
const opt = (name: string): ArgSpec => ({ name, kind: "obj", kwOnly: true });

/** Fills the rectangle between two corners (x2, y2 exclusive), clipped to the bitmap. */
function fillRegion(b: PyBitmap, x1: number, y1: number, x2: number, y2: number, value: number): void {
  const [xa, xb] = [Math.max(0, Math.min(x1, x2)), Math.min(b.width, Math.max(x1, x2))];
  const [ya, yb] = [Math.max(0, Math.min(y1, y2)), Math.min(b.height, Math.max(y1, y2))];
  for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) b.set(x, y, value);
}

function plot(b: PyBitmap, x: number, y: number, value: number): void {
  if (x >= 0 && y >= 0 && x < b.width && y < b.height) b.set(x, y, value);
}

/** Bresenham's line, both ends included. */
function drawLine(b: PyBitmap, x0: number, y0: number, x1: number, y1: number, value: number): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    plot(b, x0, y0, value);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) (err += dy), (x0 += sx);
    if (e2 <= dx) (err += dx), (y0 += sy);
  }
}

function drawCircle(b: PyBitmap, cx: number, cy: number, r: number, value: number): void {
  let x = r;
  let y = 0;
  let err = 1 - r;
  while (x >= y) {
    for (const [px, py] of [[x, y], [y, x], [-y, x], [-x, y], [-x, -y], [-y, -x], [y, -x], [x, -y]]) plot(b, cx + px, cy + py, value);
    y++;
    if (err < 0) err += 2 * y + 1;
    else (x--, (err += 2 * (y - x) + 1));
  }
}

/** Packed pixels from a file (BMP-style rows) into the bitmap: `bits` per pixel in `elementSize`-byte elements. */
function readInto(b: PyBitmap, file: PyValue, bits: number, elementSize: number, reversePixels: boolean, swapBytes: boolean, reverseRows: boolean): void {
  if (![1, 2, 4, 8, 16, 24, 32].includes(bits)) raiseValueError("bits must be 1, 2, 4, 8, 16, 24, or 32");
  const rowBytes = Math.ceil((b.width * bits) / 8 / elementSize) * elementSize;
  for (let row = 0; row < b.height; row++) {
    const chunk = callMethod(file, "read", [rowBytes]);
    const data = chunk instanceof PyBytes ? chunk.data : (getBuffer(chunk) ?? new Uint8Array(0));
    const y = reverseRows ? b.height - 1 - row : row;
    for (let x = 0; x < b.width; x++) b.set(x, y, pixelAt(data, x, bits, elementSize, reversePixels, swapBytes));
  }
}

function pixelAt(data: Uint8Array, x: number, bits: number, elementSize: number, reversePixels: boolean, swapBytes: boolean): number {
  if (bits >= 8) {
    const n = bits / 8;
    let v = 0;
    for (let i = 0; i < n; i++) v = swapBytes ? v | (data[x * n + i] << (8 * i)) : (v << 8) | data[x * n + i];
    return v >>> 0;
  }
  const perByte = 8 / bits;
  const byte = data[Math.floor(x / perByte)] ?? 0;
  let slot = x % perByte;
  if (!reversePixels) slot = perByte - 1 - slot;
  void elementSize;
  return (byte >> (slot * bits)) & ((1 << bits) - 1);
}

export function createBitmaptoolsModule(): PyModule {
  const m = new PyModule("bitmaptools");
  const funcs = [
    fn("blit", [req("dest_bitmap", "obj"), req("source_bitmap", "obj"), req("x"), req("y"), opt("x1"), opt("y1"), opt("x2"), opt("y2"),
      opt("skip_source_index"), opt("skip_dest_index")], (a) => {
      const source = bitmapArg(a.source_bitmap, "source_bitmap");
      blitBitmap(bitmapArg(a.dest_bitmap, "dest_bitmap"), source, a.x, a.y, blitArea(source, a), optionalInt(a.skip_source_index), optionalInt(a.skip_dest_index));
    }),
    fn("replace_color", [req("dest_bitmap", "obj"), req("old_color"), req("new_color")], (a) => {
      const b = bitmapArg(a.dest_bitmap, "dest_bitmap");
      const value = b.checkValue(a.new_color);
      for (let i = 0; i < b.pixels.length; i++) if (b.pixels[i] === a.old_color) b.pixels[i] = value;
    }),
    fn("fill_region", [req("dest_bitmap", "obj"), req("x1"), req("y1"), req("x2"), req("y2"), req("value")], (a) => {
      const b = bitmapArg(a.dest_bitmap, "dest_bitmap");
      fillRegion(b, a.x1, a.y1, a.x2, a.y2, b.checkValue(a.value));
    }),
    fn("draw_line", [req("dest_bitmap", "obj"), req("x1"), req("y1"), req("x2"), req("y2"), req("value")], (a) => {
      const b = bitmapArg(a.dest_bitmap, "dest_bitmap");
      drawLine(b, a.x1, a.y1, a.x2, a.y2, b.checkValue(a.value));
    }),
    fn("draw_circle", [req("dest_bitmap", "obj"), req("x"), req("y"), req("radius"), req("value")], (a) => {
      const b = bitmapArg(a.dest_bitmap, "dest_bitmap");
      drawCircle(b, a.x, a.y, a.radius, b.checkValue(a.value));
    }),
    fn("arrayblit", [req("bitmap", "obj"), req("data", "obj"), { name: "x1", kind: "int", dflt: 0 }, { name: "y1", kind: "int", dflt: 0 },
      { name: "x2", kind: "obj", dflt: None }, { name: "y2", kind: "obj", dflt: None }, { name: "skip_index", kind: "obj", dflt: None }], (a) => {
      const b = bitmapArg(a.bitmap);
      const data = getBuffer(a.data) ?? (a.data instanceof PyBytes ? a.data.data : new Uint8Array(0));
      const x2 = optionalInt(a.x2) ?? b.width;
      const y2 = optionalInt(a.y2) ?? b.height;
      const skip = optionalInt(a.skip_index);
      if ((x2 - a.x1) * (y2 - a.y1) !== data.length) raiseValueError("Data buffer is the wrong size");
      let i = 0;
      for (let y = a.y1; y < y2; y++) for (let x = a.x1; x < x2; x++, i++) if (data[i] !== skip) plot(b, x, y, data[i]);
    }),
    fn("readinto", [req("bitmap", "obj"), req("file", "obj"), req("bits_per_pixel"), { name: "element_size", kind: "int", dflt: 1 },
      { name: "reverse_pixels_in_element", kind: "bool", dflt: false }, { name: "swap_bytes_in_element", kind: "bool", dflt: false },
      { name: "reverse_rows", kind: "bool", dflt: false }], (a) => {
      readInto(bitmapArg(a.bitmap), a.file, a.bits_per_pixel, a.element_size, a.reverse_pixels_in_element, a.swap_bytes_in_element, a.reverse_rows);
    }),
  ];
  for (const f of funcs) m.set(f.name, f);
  return m;
}
