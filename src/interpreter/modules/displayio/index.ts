// CircuitPython's displayio family on a Pico: displayio (Bitmap, Palette, ColorConverter, Group, TileGrid),
// fontio, terminalio and bitmaptools. A Pico has no built-in display (board.DISPLAY and supervisor.runtime.display
// don't exist / are None), but programs build display trees and fonts with these before showing them anywhere.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { bitmapType } from "./bitmap";
import { colorConverterType, colorspaceEnum, paletteType } from "./palette";
import { groupType, PyGroup, tileGridType } from "./group";
import { builtinTerminalFont, createFontioModule, createTerminalioModule } from "./fonts";
import { createBitmaptoolsModule } from "./bitmaptools";

export function createDisplayioModule(): PyModule {
  const m = new PyModule("displayio");
  const entries: Record<string, PyValue> = {
    Bitmap: bitmapType, Palette: paletteType, ColorConverter: colorConverterType, Colorspace: colorspaceEnum.type,
    Group: groupType, TileGrid: tileGridType,
    // Nothing to release: a Pico starts with no display.
    release_displays: builtinFunction("release_displays", 0, 0, () => None),
    CIRCUITPYTHON_TERMINAL: new PyGroup(groupType),
  };
  for (const [name, v] of Object.entries(entries)) m.set(name, v);
  return m;
}

/** The modules by name, for the CircuitPython flavour's registry. */
export const DISPLAYIO_MODULES: Record<string, () => PyModule> = {
  displayio: createDisplayioModule,
  fontio: createFontioModule,
  terminalio: createTerminalioModule,
  bitmaptools: createBitmaptoolsModule,
};

export { builtinTerminalFont };
