// Tests: framebuf drawing against bytes taken from MicroPython's framebuf tests.
import { describe, expect, it } from "vitest";
import { Surface, MONO_VLSB, MONO_HLSB, GS8, RGB565 } from "./surface";
import { line, rect, scroll, text, blit, ellipse } from "./draw";

function surface(buf: Uint8Array, w: number, h: number, format: number): Surface {
  const s = Surface.create(buf, w, h, format);
  if (typeof s === "string") throw new Error(s);
  return s;
}

describe("framebuf surface and drawing", () => {
  it("draws like MicroPython on MONO_VLSB (framebuf1.py)", () => {
    const buf = new Uint8Array(16);
    const s = surface(buf, 5, 16, MONO_VLSB);
    s.fill(1);
    expect(Array.from(buf)).toEqual([...Array(10).fill(0xff), ...Array(6).fill(0)]);
    s.fill(0);
    rect(s, 1, 1, 3, 3, 1, false);
    expect(Array.from(buf.subarray(0, 5))).toEqual([0, 0x0e, 0x0a, 0x0e, 0]);
    s.fill(0);
    line(s, 3, 3, 2, 1, 1);
    expect(Array.from(buf.subarray(0, 5))).toEqual([0, 0, 6, 8, 0]);
    s.fill(0);
    s.setPixel(2, 7, 1);
    scroll(s, 0, 1);
    expect(buf[7]).toBe(1);
    s.fill(0);
    text(s, new TextEncoder().encode("hello"), 0, 0, 1);
    expect(Array.from(buf.subarray(0, 5))).toEqual([0, 0x7f, 0x7f, 4, 4]);
  });
  it("fills MONO_HLSB rows and rejects small buffers", () => {
    const buf = new Uint8Array(16);
    surface(buf, 5, 16, MONO_HLSB).fill(1);
    expect(buf[0]).toBe(0xf8);
    expect(Surface.create(new Uint8Array(1), 5, 16, MONO_HLSB)).toBe("bad size");
    expect(Surface.create(buf, 5, 16, 99)).toBe("invalid format");
  });
  it("blits with a key and stores RGB565 little-endian", () => {
    const dst = surface(new Uint8Array(20), 5, 4, GS8);
    const src = surface(Uint8Array.from([0x10, 0x11, 0x12, 0x13]), 2, 2, GS8);
    blit(dst, src, 4, 3, 0x11, null);
    expect(dst.getPixel(4, 3)).toBe(0x10);
    const rgb = surface(new Uint8Array(4), 2, 1, RGB565);
    rgb.setPixel(1, 0, 0xee00);
    expect(Array.from(rgb.buf)).toEqual([0, 0, 0, 0xee]);
  });
  it("draws a single pixel for a zero-radius ellipse", () => {
    const s = surface(new Uint8Array(9), 3, 3, GS8);
    ellipse(s, 1, 1, 0, 0, 7, false, 0x0f);
    expect(Array.from(s.buf)).toEqual([0, 0, 0, 0, 7, 0, 0, 0, 0]);
  });
});
