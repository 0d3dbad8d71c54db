// CircuitPython's rainbowio.colorwheel(n): 0..255 around the colour wheel as 0xRRGGBB, computed in single-precision
// floats with the firmware's float-to-uint8_t conversions (shared-module/rainbowio).
import type { PyValue } from "../../runtime/object";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { floatArg } from "../../modules/args";

/** (uint8_t)x for a float on the RP2040: saturate to uint32_t (VCVT), keep the low byte. */
function u8(x: number): number {
  const u32 = x <= 0 || Number.isNaN(x) ? 0 : x >= 4294967295 ? 4294967295 : Math.trunc(x);
  return u32 & 0xff;
}

export function colorwheel(n: number): number {
  const f = Math.fround;
  let pos = f(n);
  if (pos > 255) pos = f(pos - Math.trunc(pos / 256) * 256);
  if (pos < 85) return (u8(f(255 - f(pos * 3))) << 16) | u8(f(pos * 3));
  if (pos < 170) {
    pos = f(pos - 85);
    return (u8(f(pos * 3)) << 8) | u8(f(255 - f(pos * 3)));
  }
  pos = f(pos - 170);
  return (u8(f(pos * 3)) << 16) | (u8(f(255 - f(pos * 3))) << 8);
}

export function createRainbowioModule(): PyModule {
  const m = new PyModule("rainbowio");
  m.set("colorwheel", builtinFunction("colorwheel", 1, 1, (n: PyValue) => colorwheel(floatArg(n))));
  return m;
}
