// displayio.Group (a list of layers with a position, scale and hidden flag; subclassed by labels and widgets) and
// displayio.TileGrid (a grid of tiles cut from a bitmap, coloured by a palette or converter), as the firmware's
// shared-module/displayio keeps them. Nothing draws them on a Pico without a display; the tree is what programs build.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, defineMethods } from "../../runtime/function";
import { callMethod, eq, getIter, truthy } from "../../runtime/protocol";
import { PyTuple } from "../../types/tuple";
import { PyList } from "../../types/list";
import { makeNativeType } from "../../hardware/native-type";
import { defineProperties } from "../../hardware/native-property";
import { parseArgs } from "../../hardware/mp-args";
import { intArg } from "../args";

export const groupType = makeNativeType("Group");
export const tileGridType = makeNativeType("TileGrid");
groupType.isBaseType = true;
tileGridType.isBaseType = true;

/** What a layer needs to know about where it is (a layer belongs to at most one group). */
class PyLayer extends PyObject {
  x = 0;
  y = 0;
  hidden = false;
  inGroup = false;
  $dict: Record<string, PyValue> | undefined;
}

export class PyGroup extends PyLayer {
  scale = 1;
  children: PyValue[] = [];
}

export class PyTileGrid extends PyLayer {
  bitmap: PyValue = None;
  pixelShader: PyValue = None;
  widthInTiles = 1;
  heightInTiles = 1;
  tileWidth = 0;
  tileHeight = 0;
  tiles = new Uint16Array(1);
  flipX = false;
  flipY = false;
  transposeXY = false;
}

function layerArg(v: PyValue): PyLayer {
  if (!(v instanceof PyLayer)) return raiseTypeError("Layer must be a Group or TileGrid subclass");
  return v;
}

function childIndex(self: PyGroup, v: PyValue, forInsert = false): number {
  let i = intArg(v);
  const n = self.children.length;
  if (i < 0) i += n;
  if (forInsert) return Math.max(0, Math.min(i, n));
  if (i < 0 || i >= n) return raiseIndexError("Group index out of range");
  return i;
}

function adopt(layer: PyValue): PyValue {
  const l = layerArg(layer);
  if (l.inGroup) raiseValueError("Layer already in a group");
  l.inGroup = true;
  return layer;
}

function release(layer: PyValue): PyValue {
  (layer as PyLayer).inGroup = false;
  return layer;
}

function initGroup(self: PyGroup, args: PyValue[], kw: Kw | null): void {
  const a = parseArgs(args, kw, [
    { name: "scale", kind: "int", kwOnly: true, dflt: 1 }, { name: "x", kind: "int", kwOnly: true, dflt: 0 },
    { name: "y", kind: "int", kwOnly: true, dflt: 0 },
  ]);
  if (a.scale < 1) raiseValueError("scale must be >= 1");
  self.scale = a.scale;
  self.x = a.x;
  self.y = a.y;
}

groupType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const g = new PyGroup(type);
    if (type === groupType) initGroup(g, args, kw);
    return g;
  },
  init: (self: PyGroup, args: PyValue[], kw: Kw | null) => initGroup(self, args, kw),
  len: (self: PyGroup) => self.children.length,
  bool: () => true,
  getitem: (self: PyGroup, i: PyValue) => self.children[childIndex(self, i)],
  setitem: (self: PyGroup, i: PyValue, layer: PyValue | undefined) => {
    const at = childIndex(self, i);
    if (layer === undefined) {
      release(self.children.splice(at, 1)[0]);
      return;
    }
    if (self.children[at] === layer) return;
    adopt(layer);
    release(self.children[at]);
    self.children[at] = layer;
  },
  contains: (self: PyGroup, layer: PyValue) => self.children.includes(layer),
  iter: (self: PyGroup) => getIter(new PyList(self.children.slice())),
});

defineMethods(groupType, {
  append: (self: PyGroup, layer: PyValue) => (self.children.push(adopt(layer)), None),
  insert: (self: PyGroup, i: PyValue, layer: PyValue) => (self.children.splice(childIndex(self, i, true), 0, adopt(layer)), None),
  index: (self: PyGroup, layer: PyValue) => {
    const i = self.children.indexOf(layer);
    return i >= 0 ? i : raiseValueError("object not in sequence");
  },
  pop: builtinMethod("pop", 0, 1, (self: PyGroup, i?: PyValue) => {
    if (self.children.length === 0) return raiseIndexError("pop from empty list");
    return release(self.children.splice(childIndex(self, i ?? -1), 1)[0]);
  }),
  remove: (self: PyGroup, layer: PyValue) => {
    const i = self.children.findIndex((c) => c === layer || eq(c, layer));
    if (i < 0) return raiseValueError("object not in sequence");
    release(self.children.splice(i, 1)[0]);
    return None;
  },
  sort: builtinMethodKw("sort", (self: PyGroup, args: PyValue[], kw: Kw | null) => {
    const list = new PyList(self.children.slice());
    callMethod(list, "sort", args, kw);
    self.children = list.items.slice();
    return None;
  }),
});

const intProp = <T extends PyLayer>(get: (s: T) => number, set: (s: T, v: number) => void) => ({
  get: (self: T) => get(self),
  set: (self: T, v: PyValue) => set(self, intArg(v)),
});
const boolProp = <T extends PyLayer>(get: (s: T) => boolean, set: (s: T, v: boolean) => void) => ({
  get: (self: T) => get(self),
  set: (self: T, v: PyValue) => set(self, truthy(v)),
});

defineProperties(groupType, {
  x: intProp<PyGroup>((s) => s.x, (s, v) => (s.x = v)),
  y: intProp<PyGroup>((s) => s.y, (s, v) => (s.y = v)),
  hidden: boolProp<PyGroup>((s) => s.hidden, (s, v) => (s.hidden = v)),
  scale: intProp<PyGroup>((s) => s.scale, (s, v) => {
    if (v < 1) raiseValueError("scale must be >= 1");
    s.scale = v;
  }),
});

// ---------- TileGrid ----------

/** A bitmap-like source's size: a Bitmap, OnDiskBitmap or anything with width and height. */
function sourceSize(bitmap: PyValue): { width: number; height: number } {
  const b = bitmap as { width?: unknown; height?: unknown };
  if (typeof b.width === "number" && typeof b.height === "number") return { width: b.width, height: b.height };
  return raiseTypeError("unsupported bitmap type");
}

function initTileGrid(self: PyTileGrid, args: PyValue[], kw: Kw | null): void {
  const a = parseArgs(args, kw, [
    { name: "bitmap", kind: "obj", required: true },
    { name: "pixel_shader", kind: "obj", kwOnly: true, required: true },
    { name: "width", kind: "int", kwOnly: true, dflt: 1 }, { name: "height", kind: "int", kwOnly: true, dflt: 1 },
    { name: "tile_width", kind: "obj", kwOnly: true, dflt: None }, { name: "tile_height", kind: "obj", kwOnly: true, dflt: None },
    { name: "default_tile", kind: "int", kwOnly: true, dflt: 0 },
    { name: "x", kind: "int", kwOnly: true, dflt: 0 }, { name: "y", kind: "int", kwOnly: true, dflt: 0 },
  ]);
  const size = sourceSize(a.bitmap);
  const tw = a.tile_width === None ? size.width : intArg(a.tile_width);
  const th = a.tile_height === None ? size.height : intArg(a.tile_height);
  if (tw < 1 || size.width % tw !== 0) raiseValueError("Tile width must exactly divide bitmap width");
  if (th < 1 || size.height % th !== 0) raiseValueError("Tile height must exactly divide bitmap height");
  Object.assign(self, {
    bitmap: a.bitmap, pixelShader: a.pixel_shader, widthInTiles: a.width, heightInTiles: a.height,
    tileWidth: tw, tileHeight: th, x: a.x, y: a.y,
  });
  self.tiles = new Uint16Array(a.width * a.height).fill(a.default_tile);
}

function tileOffset(self: PyTileGrid, index: PyValue): number {
  if (index instanceof PyTuple) {
    const [x, y] = index.items.map(intArg);
    if (x < 0 || y < 0 || x >= self.widthInTiles || y >= self.heightInTiles) return raiseIndexError("Tile index out of bounds");
    return y * self.widthInTiles + x;
  }
  const i = intArg(index);
  if (i < 0 || i >= self.tiles.length) return raiseIndexError("Tile index out of bounds");
  return i;
}

tileGridType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const t = new PyTileGrid(type);
    initTileGrid(t, args, kw);
    return t;
  },
  init: (self: PyTileGrid, args: PyValue[], kw: Kw | null) => {
    if (args.length > 0) initTileGrid(self, args, kw);
  },
  getitem: (self: PyTileGrid, i: PyValue) => self.tiles[tileOffset(self, i)],
  setitem: (self: PyTileGrid, i: PyValue, v: PyValue | undefined) => {
    if (v === undefined) return raiseTypeError("'TileGrid' object doesn't support item deletion");
    const size = sourceSize(self.bitmap);
    const tiles = (size.width / self.tileWidth) * (size.height / self.tileHeight);
    const tile = intArg(v);
    if (tile < 0 || tile >= tiles) return raiseValueError(`Tile value out of bounds`);
    self.tiles[tileOffset(self, i)] = tile;
  },
});

defineMethods(tileGridType, {
  contains: (self: PyTileGrid, touch: PyValue) => {
    const [x, y] = (touch as PyTuple).items.map(intArg);
    return x >= self.x && y >= self.y && x < self.x + self.widthInTiles * self.tileWidth && y < self.y + self.heightInTiles * self.tileHeight;
  },
});

defineProperties(tileGridType, {
  x: intProp<PyTileGrid>((s) => s.x, (s, v) => (s.x = v)),
  y: intProp<PyTileGrid>((s) => s.y, (s, v) => (s.y = v)),
  hidden: boolProp<PyTileGrid>((s) => s.hidden, (s, v) => (s.hidden = v)),
  flip_x: boolProp<PyTileGrid>((s) => s.flipX, (s, v) => (s.flipX = v)),
  flip_y: boolProp<PyTileGrid>((s) => s.flipY, (s, v) => (s.flipY = v)),
  transpose_xy: boolProp<PyTileGrid>((s) => s.transposeXY, (s, v) => (s.transposeXY = v)),
  width: { get: (s: PyTileGrid) => s.widthInTiles },
  height: { get: (s: PyTileGrid) => s.heightInTiles },
  tile_width: { get: (s: PyTileGrid) => s.tileWidth },
  tile_height: { get: (s: PyTileGrid) => s.tileHeight },
  pixel_shader: { get: (s: PyTileGrid) => s.pixelShader, set: (s: PyTileGrid, v: PyValue) => void (s.pixelShader = v) },
  bitmap: {
    get: (s: PyTileGrid) => s.bitmap,
    set: (s: PyTileGrid, v: PyValue) => {
      const size = sourceSize(v);
      if (size.width % s.tileWidth !== 0 || size.height % s.tileHeight !== 0) raiseValueError("New bitmap must be same size as old bitmap");
      s.bitmap = v;
    },
  },
});
