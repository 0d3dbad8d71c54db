// fontio (Glyph, BuiltinFont) and terminalio (FONT, the firmware's built-in 6×12 font that labels default to).
// The glyphs here are drawn from framebuf's 8×8 font centred in 6×12 cells: the metrics are the firmware's
// (what layout code depends on), the pixels an approximation of its Terminus face.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { callObject } from "../../runtime/protocol";
import type { PyType } from "../../runtime/type";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { namedtuple } from "../collections/namedtuple";
import { glyphColumns } from "../framebuf/font";
import { intArg } from "../args";
import { PyBitmap } from "./bitmap";

const GLYPH_WIDTH = 6;
const GLYPH_HEIGHT = 12;
const FIRST = 32;
const LAST = 126;

let glyph: PyType | null = null;

/** fontio.Glyph, a namedtuple as in the firmware (made on first use: only CircuitPython's display code needs it). */
function glyphType(): PyType {
  return (glyph ??= namedtuple("Glyph", "bitmap tile_index width height dx dy shift_x shift_y"));
}

export const builtinFontType = makeNativeType("BuiltinFont");

export class PyBuiltinFont extends PyObject {
  constructor(readonly bitmap: PyBitmap, readonly glyphs: Map<number, PyValue>) {
    super(builtinFontType);
  }
}

defineMethods(builtinFontType, {
  get_bounding_box: () => new PyTuple([GLYPH_WIDTH, GLYPH_HEIGHT]),
  get_glyph: (self: PyBuiltinFont, codepoint: PyValue) => self.glyphs.get(intArg(codepoint)) ?? None,
});
defineProperties(builtinFontType, { bitmap: { get: (self: PyBuiltinFont) => self.bitmap } });
builtinFontType.defineSlots({ new: () => raiseTypeError("cannot create 'BuiltinFont' instances") });

/** The 8×8 glyph's 6 middle columns, rows 0-7 placed at rows 2-9 of the 12-row cell. */
function drawGlyph(bitmap: PyBitmap, tile: number, code: number): void {
  const columns = glyphColumns(code);
  for (let col = 0; col < GLYPH_WIDTH; col++) {
    const bits = columns[col + 1] ?? 0;
    for (let row = 0; row < 8; row++) if ((bits >> row) & 1) bitmap.set(tile * GLYPH_WIDTH + col, row + 2, 1);
  }
}

let terminalFont: PyBuiltinFont | null = null;

/** terminalio.FONT: one bitmap of 95 tiles (ASCII 32-126), each glyph 6×12 advancing 6 pixels. */
export function builtinTerminalFont(): PyBuiltinFont {
  if (terminalFont !== null) return terminalFont;
  const count = LAST - FIRST + 1;
  const bitmap = new PyBitmap().init(GLYPH_WIDTH * count, GLYPH_HEIGHT, 2);
  const glyphs = new Map<number, PyValue>();
  for (let code = FIRST; code <= LAST; code++) {
    const tile = code - FIRST;
    drawGlyph(bitmap, tile, code);
    glyphs.set(code, callObject(glyphType(), [bitmap, tile, GLYPH_WIDTH, GLYPH_HEIGHT, 0, 0, GLYPH_WIDTH, 0], null));
  }
  bitmap.readOnly = true;
  terminalFont = new PyBuiltinFont(bitmap, glyphs);
  return terminalFont;
}

export function createFontioModule(): PyModule {
  const m = new PyModule("fontio");
  m.set("Glyph", glyphType());
  m.set("BuiltinFont", builtinFontType);
  return m;
}

export function createTerminalioModule(): PyModule {
  const m = new PyModule("terminalio");
  m.set("FONT", builtinTerminalFont());
  return m;
}
