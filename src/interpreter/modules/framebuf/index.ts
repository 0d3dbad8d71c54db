// The `framebuf` module: FrameBuffer objects (subclassable, e.g. by display drivers) over any writable buffer.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { newException, ValueError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunctionKw, builtinMethod, checkArity, defineMethods } from "../../runtime/function";
import { toArray, truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { PyBytes } from "../../types/bytes";
import { getBuffer } from "../../types/text/buffer";
import { bytesLikeArg, intArg } from "../args";
import { Surface, MONO_VLSB, RGB565, GS2_HMSB, GS4_HMSB, GS8, MONO_HLSB, MONO_HMSB } from "./surface";
import { blit, ellipse, ELLIPSE_ALL, line, poly, rect, scroll, text } from "./draw";

export const frameBufferType = makeBuiltinType("FrameBuffer");

class PyFrameBuffer extends PyObject {
  surface: Surface | null = null;
  /** The buffer object given at construction (what the buffer protocol hands back). */
  source: PyValue = None;
  $dict: Record<string, PyValue> | undefined;
  constructor(type: PyType) {
    super(type);
  }
  get s(): Surface {
    return this.surface ?? raiseTypeError("FrameBuffer not initialised");
  }
}

/** A Surface from (buffer, width, height, format[, stride]) or ValueError, as the constructor and blit check. */
function surfaceFrom(buffer: Uint8Array, args: PyValue[]): Surface {
  const [w, h, format] = args.slice(0, 3).map(intArg);
  const stride = args.length > 3 ? intArg(args[3]) : w;
  const s = Surface.create(buffer, w, h, format, stride);
  if (s === "invalid format") return raiseValueError("invalid format");
  if (s === "bad size") throw newException(ValueError);
  return s;
}

function writableBuffer(v: PyValue): Uint8Array {
  const buf = v instanceof PyBytes ? null : getBuffer(v);
  return buf ?? raiseTypeError("object with buffer protocol required");
}

function initFrameBuffer(self: PyFrameBuffer, args: PyValue[], kw: Kw | null): void {
  checkArity(args.length, 4, 5, kw !== null && kw.size > 0);
  self.surface = surfaceFrom(writableBuffer(args[0]), args.slice(1));
  self.source = args[0];
}

/** A blit source or palette: a FrameBuffer or a (buffer, width, height, format[, stride]) tuple. */
function sourceSurface(v: PyValue): Surface {
  if (v instanceof PyFrameBuffer) return v.s;
  if (v instanceof PyTuple) {
    if (v.items.length < 4 || v.items.length > 5) throw newException(ValueError);
    return surfaceFrom(bytesLikeArg(v.items[0]), v.items.slice(1));
  }
  return raiseTypeError(undefined as never);
}

const ints = (args: PyValue[]) => args.map(intArg);

frameBufferType.defineSlots({
  new: (type: PyType, args: PyValue[], kw: Kw | null) => {
    const fb = new PyFrameBuffer(type);
    if (type === frameBufferType) initFrameBuffer(fb, args, kw);
    return fb;
  },
  init: (self: PyFrameBuffer, args: PyValue[], kw: Kw | null) => {
    if (self.surface === null || args.length > 0) initFrameBuffer(self, args, kw);
  },
  buffer: (self: PyFrameBuffer) => writableBuffer(self.source),
});

defineMethods(frameBufferType, {
  fill: (self: PyFrameBuffer, c: PyValue) => (self.s.fill(intArg(c)), None),
  fill_rect: builtinMethod("fill_rect", 5, 5, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [x, y, w, h, c] = ints(a);
    self.s.fillRect(x, y, w, h, c);
    return None;
  }),
  pixel: builtinMethod("pixel", 2, 3, (self: PyFrameBuffer, xa: PyValue, ya: PyValue, c?: PyValue) => {
    const x = intArg(xa);
    const y = intArg(ya);
    if (!self.s.contains(x, y)) return None;
    if (c === undefined) return self.s.getPixel(x, y);
    self.s.setPixel(x, y, intArg(c));
    return None;
  }),
  hline: builtinMethod("hline", 4, 4, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [x, y, w, c] = ints(a);
    self.s.fillRect(x, y, w, 1, c);
    return None;
  }),
  vline: builtinMethod("vline", 4, 4, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [x, y, h, c] = ints(a);
    self.s.fillRect(x, y, 1, h, c);
    return None;
  }),
  rect: builtinMethod("rect", 5, 6, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [x, y, w, h, c] = ints(a.slice(0, 5));
    rect(self.s, x, y, w, h, c, a.length > 5 && truthy(a[5]));
    return None;
  }),
  line: builtinMethod("line", 5, 5, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [x1, y1, x2, y2, c] = ints(a);
    line(self.s, x1, y1, x2, y2, c);
    return None;
  }),
  ellipse: builtinMethod("ellipse", 5, 7, (self: PyFrameBuffer, ...a: PyValue[]) => {
    const [cx, cy, rx, ry, c] = ints(a.slice(0, 5));
    const fill = a.length > 5 && truthy(a[5]);
    const quadrants = a.length > 6 ? intArg(a[6]) : ELLIPSE_ALL;
    ellipse(self.s, cx, cy, rx, ry, c, fill, quadrants);
    return None;
  }),
  poly: builtinMethod("poly", 4, 5, (self: PyFrameBuffer, xa: PyValue, ya: PyValue, coords: PyValue, c: PyValue, fill?: PyValue) => {
    const values = toArray(coords).map(intArg);
    if (values.length < 2) return None;
    poly(self.s, intArg(xa), intArg(ya), values.slice(0, values.length & ~1), intArg(c), fill !== undefined && truthy(fill));
    return None;
  }),
  blit: builtinMethod("blit", 3, 5, (self: PyFrameBuffer, src: PyValue, xa: PyValue, ya: PyValue, key?: PyValue, palette?: PyValue) => {
    const source = sourceSurface(src);
    const pal = palette === undefined || palette === None ? null : sourceSurface(palette);
    blit(self.s, source, intArg(xa), intArg(ya), key === undefined ? -1 : intArg(key), pal);
    return None;
  }),
  scroll: (self: PyFrameBuffer, dx: PyValue, dy: PyValue) => (scroll(self.s, intArg(dx), intArg(dy)), None),
  text: builtinMethod("text", 3, 4, (self: PyFrameBuffer, s: PyValue, xa: PyValue, ya: PyValue, c?: PyValue) => {
    text(self.s, bytesLikeArg(s), intArg(xa), intArg(ya), c === undefined ? 1 : intArg(c));
    return None;
  }),
});

/** The legacy FrameBuffer1(buffer, width, height[, stride]): a MONO_VLSB frame buffer. */
const frameBuffer1 = builtinFunctionKw("FrameBuffer1", (args, kw) => {
  checkArity(args.length, 3, 4, kw !== null && kw.size > 0);
  const fb = new PyFrameBuffer(frameBufferType);
  initFrameBuffer(fb, [args[0], args[1], args[2], MONO_VLSB, ...args.slice(3)], null);
  return fb;
});

export function createFramebufModule(): PyModule {
  const m = new PyModule("framebuf");
  m.set("FrameBuffer", frameBufferType);
  m.set("FrameBuffer1", frameBuffer1);
  const constants: Record<string, number> = {
    MVLSB: MONO_VLSB, MONO_VLSB, RGB565, GS2_HMSB, GS4_HMSB, GS8, MONO_HLSB, MONO_HMSB,
  };
  for (const [name, value] of Object.entries(constants)) m.set(name, value);
  return m;
}
