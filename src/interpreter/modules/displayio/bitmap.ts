// displayio.Bitmap: a width × height grid of palette indices of 1..32 bits each (CircuitPython's shared-module
// displayio/Bitmap.c), indexed by [x, y] or [y * width + x]; what labels, sprites and fonts draw into.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import { PyTuple } from "../../types/tuple";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { intArg } from "../args";

export const bitmapType = makeNativeType("Bitmap");

export class PyBitmap extends PyObject {
  width = 0;
  height = 0;
  bitsPerValue = 1;
  pixels = new Uint32Array(0);
  readOnly = false;
  $dict: Record<string, PyValue> | undefined;
  constructor(type: PyType = bitmapType) {
    super(type);
  }

  init(width: number, height: number, valueCount: number): this {
    if (width < 0 || height < 0) raiseValueError("width and height must be >= 0");
    let bits = 1;
    // The smallest of 1, 2, 4, 8, 16, 32 bits that holds value_count - 1 (as the firmware picks).
    while (bits < 32 && 2 ** bits < valueCount) bits *= 2;
    this.width = width;
    this.height = height;
    this.bitsPerValue = bits;
    this.pixels = new Uint32Array(width * height);
    return this;
  }

  get maxValue(): number {
    return this.bitsPerValue === 32 ? 0xffffffff : 2 ** this.bitsPerValue - 1;
  }

  get(x: number, y: number): number {
    return x < 0 || y < 0 || x >= this.width || y >= this.height ? 0 : this.pixels[y * this.width + x];
  }

  /** Sets a pixel inside the bitmap (callers clip); the value is masked to the bitmap's depth. */
  set(x: number, y: number, value: number): void {
    this.pixels[y * this.width + x] = value & this.maxValue;
  }

  checkValue(value: number): number {
    if (value < 0 || value > this.maxValue) return raiseValueError(`value must be in range 0-${this.maxValue}`);
    return value;
  }
}

export function isBitmap(v: PyValue): v is PyBitmap {
  return v instanceof PyBitmap;
}

export function bitmapArg(v: PyValue, what = "bitmap"): PyBitmap {
  return v instanceof PyBitmap ? v : raiseTypeError(`${what} must be a Bitmap`);
}

/** The pixel offset of an index: an int (y * width + x) or an (x, y) tuple. */
function offsetOf(self: PyBitmap, index: PyValue): number {
  let x: number;
  let y: number;
  if (index instanceof PyTuple) {
    if (index.items.length !== 2) return raiseTypeError("index must be an int or an (x, y) tuple");
    x = intArg(index.items[0]);
    y = intArg(index.items[1]);
  } else {
    const i = intArg(index);
    if (i < 0 || i >= self.width * self.height) return raiseIndexError("pixel index out of range");
    x = i % self.width;
    y = Math.floor(i / self.width);
  }
  if (x < 0 || y < 0 || x >= self.width || y >= self.height) return raiseIndexError("pixel coordinates out of bounds");
  return y * self.width + x;
}

bitmapType.isBaseType = true;
bitmapType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "width", kind: "int", required: true },
      { name: "height", kind: "int", required: true },
      { name: "value_count", kind: "int", required: true },
    ]);
    if (a.value_count < 1 || a.value_count > 2 ** 32) raiseValueError("value_count must be in 1-65536");
    return new PyBitmap(type).init(a.width, a.height, a.value_count);
  },
  init: () => undefined,
  getitem: (self: PyBitmap, index: PyValue) => self.pixels[offsetOf(self, index)],
  setitem: (self: PyBitmap, index: PyValue, value: PyValue | undefined) => {
    if (value === undefined) return raiseTypeError("'Bitmap' object doesn't support item deletion");
    if (self.readOnly) return raiseTypeError("read-only bitmap");
    self.pixels[offsetOf(self, index)] = self.checkValue(intArg(value));
  },
  len: (self: PyBitmap) => self.width * self.height,
});

defineProperties(bitmapType, {
  width: { get: (self: PyBitmap) => self.width },
  height: { get: (self: PyBitmap) => self.height },
  bits_per_value: { get: (self: PyBitmap) => self.bitsPerValue },
});

/** Copies source[x1:x2, y1:y2] to dest at (x, y), clipped, skipping pixels equal to `skip` (bitmaptools.blit). */
export function blitBitmap(
  dest: PyBitmap, source: PyBitmap, x: number, y: number,
  area: { x1: number; y1: number; x2: number; y2: number }, skipSource: number | null, skipDest: number | null,
): void {
  const x2 = Math.min(area.x2, source.width);
  const y2 = Math.min(area.y2, source.height);
  for (let sy = Math.max(0, area.y1); sy < y2; sy++) {
    const dy = y + sy - area.y1;
    if (dy < 0 || dy >= dest.height) continue;
    for (let sx = Math.max(0, area.x1); sx < x2; sx++) {
      const dx = x + sx - area.x1;
      if (dx < 0 || dx >= dest.width) continue;
      const v = source.get(sx, sy);
      if (v === skipSource || (skipDest !== null && dest.get(dx, dy) === skipDest)) continue;
      dest.set(dx, dy, v);
    }
  }
}

/** Keyword area arguments of blit: x1, y1 default 0, x2, y2 the source's size. */
export function blitArea(source: PyBitmap, a: Record<string, PyValue | undefined>): { x1: number; y1: number; x2: number; y2: number } {
  const n = (v: PyValue | undefined, d: number) => (v === undefined || v === None ? d : intArg(v));
  return { x1: n(a.x1, 0), y1: n(a.y1, 0), x2: n(a.x2, source.width), y2: n(a.y2, source.height) };
}

defineMethods(bitmapType, {
  fill: (self: PyBitmap, value: PyValue) => {
    self.pixels.fill(self.checkValue(intArg(value)));
    return None;
  },
  // The firmware tracks dirty areas for displays; a bitmap shown nowhere has nothing to refresh.
  dirty: builtinMethodKw("dirty", () => None),
  deinit: () => None,
  blit: builtinMethodKw("blit", (self: PyBitmap, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "x", kind: "int", required: true },
      { name: "y", kind: "int", required: true },
      { name: "source_bitmap", kind: "obj", required: true },
      { name: "x1", kind: "obj", kwOnly: true }, { name: "y1", kind: "obj", kwOnly: true },
      { name: "x2", kind: "obj", kwOnly: true }, { name: "y2", kind: "obj", kwOnly: true },
      { name: "skip_index", kind: "obj", kwOnly: true },
    ]);
    const source = bitmapArg(a.source_bitmap, "source_bitmap");
    const skip = a.skip_index === undefined || a.skip_index === None ? null : intArg(a.skip_index);
    blitBitmap(self, source, a.x, a.y, blitArea(source, a), skip, null);
    return None;
  }),
});
