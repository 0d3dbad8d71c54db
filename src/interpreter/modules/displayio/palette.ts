// displayio.Palette (index → 0xRRGGBB colour, each possibly transparent), ColorConverter and Colorspace: how a
// TileGrid's bitmap values become colours.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineMethods } from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { PyTuple } from "../../types/tuple";
import { PyBytes } from "../../types/bytes";
import { getBuffer } from "../../types/text/buffer";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { makeCpEnum } from "../../hardware/circuitpython/cp-enum";
import { intArg } from "../args";

export const paletteType = makeNativeType("Palette");
export const colorConverterType = makeNativeType("ColorConverter");

export class PyPalette extends PyObject {
  colors: number[] = [];
  transparent: boolean[] = [];
  dither = false;
  constructor(type: PyType = paletteType) {
    super(type);
  }
}

export class PyColorConverter extends PyObject {
  dither = false;
  transparentColor: number | null = null;
  constructor(type: PyType = colorConverterType) {
    super(type);
  }
}

/** A colour given as an int, an (r, g, b) tuple, or 3-4 bytes (the firmware's palette and converter input). */
export function colorArg(v: PyValue): number {
  if (typeof v === "number" || typeof v === "boolean") {
    const n = Number(v);
    if (n < 0 || n > 0xffffff) return raiseValueError("color must be between 0x000000 and 0xffffff");
    return n;
  }
  if (v instanceof PyTuple) {
    if (v.items.length !== 3) return raiseValueError("color tuple must have 3 components");
    const [r, g, b] = v.items.map(intArg);
    return ((r & 0xff) << 16) | ((g & 0xff) << 8) | (b & 0xff);
  }
  const buf = v instanceof PyBytes ? v.data : getBuffer(v);
  if (buf !== null && (buf.length === 3 || buf.length === 4)) return (buf[0] << 16) | (buf[1] << 8) | buf[2];
  return raiseTypeError("color buffer must be a buffer, tuple, list, or int");
}

function paletteIndex(self: PyPalette, v: PyValue): number {
  let i = intArg(v);
  if (i < 0) i += self.colors.length;
  if (i < 0 || i >= self.colors.length) return raiseIndexError("Palette index out of range");
  return i;
}

paletteType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [{ name: "color_count", kind: "int", required: true }, { name: "dither", kind: "bool", kwOnly: true, dflt: false }]);
    if (a.color_count < 1 || a.color_count > 32767) raiseValueError("color_count must be 1-32767");
    const p = new PyPalette(type);
    p.colors = new Array(a.color_count).fill(0);
    p.transparent = new Array(a.color_count).fill(false);
    p.dither = a.dither;
    return p;
  },
  len: (self: PyPalette) => self.colors.length,
  getitem: (self: PyPalette, index: PyValue) => self.colors[paletteIndex(self, index)],
  setitem: (self: PyPalette, index: PyValue, value: PyValue | undefined) => {
    if (value === undefined) return raiseTypeError("'Palette' object doesn't support item deletion");
    self.colors[paletteIndex(self, index)] = colorArg(value);
  },
});

defineMethods(paletteType, {
  make_transparent: (self: PyPalette, i: PyValue) => ((self.transparent[paletteIndex(self, i)] = true), None),
  make_opaque: (self: PyPalette, i: PyValue) => ((self.transparent[paletteIndex(self, i)] = false), None),
  is_transparent: (self: PyPalette, i: PyValue) => self.transparent[paletteIndex(self, i)],
});

defineProperties(paletteType, {
  dither: { get: (self: PyPalette) => self.dither, set: (self: PyPalette, v: PyValue) => void (self.dither = truthy(v)) },
});

/** displayio.Colorspace: the pixel formats a ColorConverter or display takes. */
export const COLORSPACES = ["RGB888", "RGB565", "RGB565_SWAPPED", "RGB555", "RGB555_SWAPPED", "BGR565", "BGR565_SWAPPED", "BGR555", "BGR555_SWAPPED", "L8"];
export const colorspaceEnum = makeCpEnum("displayio", "Colorspace", COLORSPACES);

colorConverterType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "input_colorspace", kind: "obj", kwOnly: true }, { name: "dither", kind: "bool", kwOnly: true, dflt: false },
    ]);
    const c = new PyColorConverter(type);
    c.dither = a.dither;
    return c;
  },
});

defineMethods(colorConverterType, {
  // RGB888 to the RGB565 a typical display takes.
  convert: (_self: PyColorConverter, color: PyValue) => {
    const c = colorArg(color);
    return (((c >> 19) & 0x1f) << 11) | (((c >> 10) & 0x3f) << 5) | ((c >> 3) & 0x1f);
  },
  make_transparent: (self: PyColorConverter, color: PyValue) => ((self.transparentColor = colorArg(color)), None),
  make_opaque: builtinMethodKw("make_opaque", (self: PyColorConverter) => ((self.transparentColor = null), None)),
});

defineProperties(colorConverterType, {
  dither: { get: (self: PyColorConverter) => self.dither, set: (self: PyColorConverter, v: PyValue) => void (self.dither = truthy(v)) },
});
