// CircuitPython's built-in adafruit_pixelbuf.PixelBuf (shared-module/adafruit_pixelbuf): an RGB[W] or DotStar
// pixel buffer with header/trailer bytes, brightness scaling in 256 steps on a second buffer, auto_write, and
// show() calling the subclass's _transmit(buffer). The `neopixel` library subclasses it; on a Pico it is in the
// firmware, so `import neopixel` works without adafruit_pixelbuf.py in lib/.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseRuntimeError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { callMethod, getIter, len, toArray, truthy } from "../../runtime/protocol";
import type { PyType } from "../../runtime/type";
import { PyByteArray } from "../../types/bytearray";
import { PyList } from "../../types/list";
import { PyFloat, asFloatOperand, newFloat } from "../../types/float";
import { newTuple } from "../../types/tuple";
import { isSlice, itemIndex, sliceBounds } from "../../types/slice";
import { getBuffer } from "../../types/text/buffer";
import { PyModule } from "../../types/module";
import { makeBuiltinType } from "../../runtime/builtin-types";
import { defineProperties } from "../native-property";
import { isIntObject, parseArgs, type ArgSpec } from "../mp-args";
import { intTruncated } from "../rp2/buffers";

const DOTSTAR_LED_START = 0b11100000;
const DOTSTAR_LED_START_FULL_BRIGHT = 0xff;

interface ByteOrder {
  text: string;
  bpp: number;
  r: number;
  g: number;
  b: number;
  w: number;
  hasWhite: boolean;
  isDotstar: boolean;
}

export const pixelbufType = makeBuiltinType("PixelBuf");
pixelbufType.isBaseType = true;

class PyPixelBuf extends PyObject {
  $dict: Record<string, PyValue> | undefined;
  inited = false;
  count = 0;
  order!: ByteOrder;
  bytesPerPixel = 3;
  brightness = 1.0;
  scaled = 0x100;
  autoWrite = false;
  transmit!: PyByteArray;
  headerLength = 0;
  pre: Uint8Array | null = null;

  constructor(type: PyType) {
    super(type);
  }

  /** The pixel bytes as sent (after brightness). */
  get post(): Uint8Array {
    return this.transmit.buf.subarray(this.headerLength, this.headerLength + this.count * this.bytesPerPixel);
  }
}

/** mp_obj_assert_native_inited: a subclass must call super().__init__() first. */
function native(self: PyPixelBuf): PyPixelBuf {
  if (!self.inited) raiseRuntimeError("Call super().__init__() before accessing native object.");
  return self;
}

function parseByteorder(v: PyValue): ByteOrder {
  if (typeof v !== "string") return raiseTypeError(`byteorder must be of type str, not ${typeOf(v).name}`);
  const invalid = (): never => raiseValueError("Invalid byteorder");
  if (v.length < 3 || v.length > 4) invalid();
  const at = (c: string) => v.indexOf(c);
  const count = ["P", "W", "R", "G", "B"].filter((c) => at(c) >= 0).length;
  if (count < v.length || at("R") < 0 || at("G") < 0 || at("B") < 0) invalid();
  const isDotstar = at("P") >= 0;
  const hasWhite = at("W") >= 0;
  if ((isDotstar && v[0] !== "P") || (hasWhite && isDotstar)) invalid();
  return { text: v, bpp: v.length, r: at("R"), g: at("G"), b: at("B"), w: hasWhite ? at("W") : 0, hasWhite, isDotstar };
}

const INIT_ARGS: ArgSpec[] = [
  { name: "size", kind: "int", required: true },
  { name: "byteorder", kind: "obj", kwOnly: true, dflt: "BGR" },
  { name: "brightness", kind: "obj", kwOnly: true, dflt: None },
  { name: "auto_write", kind: "bool", kwOnly: true, dflt: false },
  { name: "header", kind: "obj", kwOnly: true, dflt: None },
  { name: "trailer", kind: "obj", kwOnly: true, dflt: None },
];

function floatOf(v: PyValue): number {
  return asFloatOperand(v) ?? raiseTypeError(`can't convert ${typeOf(v).name} to float`);
}

function construct(self: PyPixelBuf, args: PyValue[], kw: Kw | null): void {
  const a = parseArgs(args, kw, INIT_ARGS);
  const order = parseByteorder(a.byteorder);
  const header = getBuffer(a.header) ?? new Uint8Array(0);
  const trailer = getBuffer(a.trailer) ?? new Uint8Array(0);
  let brightness = 1.0;
  if (a.brightness !== None) brightness = Math.min(1, Math.max(0, floatOf(a.brightness)));
  self.count = a.size;
  self.order = order;
  self.bytesPerPixel = order.isDotstar ? 4 : order.bpp;
  self.autoWrite = false;
  const pixelLength = self.count * self.bytesPerPixel;
  const bytes = new Uint8Array(header.length + pixelLength + trailer.length);
  bytes.set(header, 0);
  bytes.set(trailer, header.length + pixelLength);
  self.transmit = new PyByteArray(bytes);
  self.headerLength = header.length;
  self.pre = null;
  self.inited = true;
  if (order.isDotstar) for (let i = 0; i < pixelLength; i += 4) self.post[i] = DOTSTAR_LED_START_FULL_BRIGHT;
  self.brightness = 1.0;
  self.scaled = 0x100;
  setBrightness(self, brightness);
  self.autoWrite = a.auto_write;
}

function setBrightness(self: PyPixelBuf, brightness: number): void {
  self.brightness = brightness;
  const scaled = Math.trunc(brightness * 256) & 0xffff;
  if (scaled === self.scaled) return;
  self.scaled = scaled;
  const post = self.post;
  if (scaled === 0x100 && self.pre === null) return;
  if (self.pre === null) self.pre = post.slice();
  for (let i = 0; i < post.length; i++) {
    if (self.order.isDotstar && i % 4 === 0) continue;
    post[i] = Math.floor((self.pre[i] * scaled) / 256);
  }
  if (self.autoWrite) show(self);
}

function show(self: PyPixelBuf): PyValue {
  native(self);
  callMethod(self, "_transmit", [self.transmit]);
  return None;
}

/** _pixelbuf_get_as_uint8: an int (truncated) or a float (truncated toward zero), as a byte. */
function asByte(v: PyValue): number {
  if (isIntObject(v) || typeof v === "boolean") return intTruncated(v) & 0xff;
  if (v instanceof PyFloat) return Math.trunc(v.value) & 0xff;
  return raiseTypeError(`can't convert ${typeOf(v).name} to int`);
}

/** pixelbuf_parse_color: an int 0xRRGGBB (or float), or a 3/4-item sequence; equal r, g, b go to white on RGBW. */
function parseColor(self: PyPixelBuf, color: PyValue): [number, number, number, number] {
  const order = self.order;
  let w = order.isDotstar ? 255 : 0;
  let r: number;
  let g: number;
  let b: number;
  if (isIntObject(color) || typeof color === "boolean" || color instanceof PyFloat) {
    const value = color instanceof PyFloat ? Math.trunc(color.value) : intTruncated(color);
    r = (value >>> 16) & 0xff;
    g = (value >>> 8) & 0xff;
    b = value & 0xff;
  } else {
    const items = toArray(color);
    if (items.length < 3 || items.length > 4) raiseValueError(`color length must be 3-4`);
    r = asByte(items[0]);
    g = asByte(items[1]);
    b = asByte(items[2]);
    if (items.length > 3) {
      const wv = items[3];
      w = wv instanceof PyFloat ? Math.trunc(255 * wv.value) & 0xff : intTruncated(wv) & 0xff;
      return [r, g, b, w];
    }
  }
  if (!order.isDotstar && order.bpp === 4 && order.hasWhite && r === g && r === b) return [0, 0, 0, r];
  return [r, g, b, w];
}

function setPixelColor(self: PyPixelBuf, index: number, [r, g, b, w]: [number, number, number, number]): void {
  const order = self.order;
  if (self.bytesPerPixel === 4 && order.isDotstar) w = DOTSTAR_LED_START | (w >> 3);
  const offset = index * self.bytesPerPixel;
  const post = self.post;
  const unscaled = self.pre ?? post;
  if (self.bytesPerPixel === 4) unscaled[offset + order.w] = w;
  unscaled[offset + order.r] = r;
  unscaled[offset + order.g] = g;
  unscaled[offset + order.b] = b;
  if (self.pre === null) return;
  const s = self.scaled;
  if (self.bytesPerPixel === 4) post[offset + order.w] = order.isDotstar ? w : Math.floor((w * s) / 256);
  post[offset + order.r] = Math.floor((r * s) / 256);
  post[offset + order.g] = Math.floor((g * s) / 256);
  post[offset + order.b] = Math.floor((b * s) / 256);
}

function getPixel(self: PyPixelBuf, index: number): PyValue {
  const order = self.order;
  const buffer = self.pre ?? self.post;
  const at = order.bpp * index;
  const items: PyValue[] = [buffer[at + order.r], buffer[at + order.g], buffer[at + order.b]];
  if (order.bpp > 3) {
    const w = buffer[at + order.w];
    items.push(order.isDotstar ? newFloat((w & 0b00011111) / 31.0) : w);
  }
  return newTuple(items);
}

function fill(self: PyPixelBuf, color: PyValue): PyValue {
  native(self);
  const parsed = parseColor(self, color);
  for (let i = 0; i < self.count; i++) setPixelColor(self, i, parsed);
  if (self.autoWrite) show(self);
  return None;
}

function getitem(self: PyPixelBuf, index: PyValue): PyValue {
  native(self);
  if (isSlice(index)) {
    const bounds = sliceBounds(index, self.count);
    return newTuple(Array.from({ length: bounds.length }, (_, i) => getPixel(self, bounds.start + i * bounds.step)));
  }
  return getPixel(self, itemIndex(index, self.count, typeOf(self).name));
}

function setitem(self: PyPixelBuf, index: PyValue, value: PyValue | undefined): void {
  native(self);
  if (value === undefined) return raiseTypeError(`'${typeOf(self).name}' object doesn't support item deletion`);
  if (!isSlice(index)) {
    setPixelColor(self, itemIndex(index, self.count, typeOf(self).name), parseColor(self, value));
    if (self.autoWrite) show(self);
    return;
  }
  const bounds = sliceBounds(index, self.count);
  const expected = bounds.length;
  const items = len(value);
  if (items !== expected && items !== expected * self.order.bpp) {
    raiseValueError(`Unmatched number of items on RHS (expected ${expected}, got ${items}).`);
  }
  const flat = items !== expected;
  let at = bounds.start;
  let group: PyValue[] = [];
  for (const item of toArray(value)) {
    if (flat) {
      group.push(item);
      if (group.length < self.bytesPerPixel) continue;
      setPixelColor(self, at, parseColor(self, newTuple(group)));
      group = [];
    } else setPixelColor(self, at, parseColor(self, item));
    at += bounds.step;
  }
  if (self.autoWrite) show(self);
}

pixelbufType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const self = new PyPixelBuf(type);
    if (type === pixelbufType) construct(self, args, kw);
    return self;
  },
  init: (self: PyPixelBuf, args: PyValue[], kw: Kw | null) => {
    if (!self.inited || self.$type !== pixelbufType) construct(self, args, kw);
  },
  len: (self: PyPixelBuf) => native(self).count,
  bool: () => true,
  getitem,
  setitem,
  iter: (self: PyPixelBuf) => getIter(new PyList(Array.from({ length: native(self).count }, (_, i) => getPixel(self, i)))),
});

defineProperties(pixelbufType, {
  bpp: { get: (self: PyPixelBuf) => native(self).order.bpp },
  brightness: {
    get: (self: PyPixelBuf) => newFloat(native(self).brightness),
    set: (self: PyPixelBuf, v: PyValue) => setBrightness(native(self), Math.min(1, Math.max(0, floatOf(v)))),
  },
  auto_write: { get: (self: PyPixelBuf) => native(self).autoWrite, set: (self: PyPixelBuf, v: PyValue) => void (native(self).autoWrite = truthy(v)) },
  byteorder: { get: (self: PyPixelBuf) => native(self).order.text },
});

defineMethods(pixelbufType, {
  show,
  fill: builtinMethod("fill", 1, 1, fill),
});

export function createPixelbufModule(): PyModule {
  const m = new PyModule("adafruit_pixelbuf");
  m.set("PixelBuf", pixelbufType);
  return m;
}
