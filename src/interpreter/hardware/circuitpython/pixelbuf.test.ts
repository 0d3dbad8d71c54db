// The built-in adafruit_pixelbuf.PixelBuf on a simulated board: byte orders, brightness on a second buffer,
// header/trailer, RGBW white from equal components, DotStar brightness bytes, slices, and subclasses that
// call super().__init__() and receive show()'s buffer in _transmit.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";

const run = (source: string) => runOnBoard(source, "circuitpython", () => undefined);

const SUBCLASS = `
import adafruit_pixelbuf
class Strip(adafruit_pixelbuf.PixelBuf):
    def __init__(self, n, **kw):
        self.sent = []
        super().__init__(n, **kw)
    def _transmit(self, buf):
        self.sent.append(bytes(buf))
`;

describe("adafruit_pixelbuf.PixelBuf (built in)", () => {
  it("stores colours in the byte order, scales them by brightness, and hands header + pixels + trailer to _transmit", () => {
    const out = run(`${SUBCLASS}
s = Strip(3, byteorder="GRB", brightness=0.5, header=b"\\xaa", trailer=b"\\x55")
s[0] = (200, 100, 50)
s[1] = 0x102030
s.show()
print(s.sent[-1].hex(), s[0], s[1], len(s), s.bpp, s.byteorder, s.brightness, s.auto_write)
s.brightness = 2
s.show()
print(s.sent[-1].hex(), s.brightness)
s[0:3] = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
print(s[:], s[::-1][0], list(s)[1])
s[0:2] = (9, 8, 7, 6, 5, 4)
print(s[0:2])
`);
    expect(out).toBe(
      "aa32641910081800000055 (200, 100, 50) (16, 32, 48) 3 3 GRB 0.5 False\n" +
        "aa64c83220103000000055 1.0\n" +
        "((1, 2, 3), (4, 5, 6), (7, 8, 9)) (7, 8, 9) (4, 5, 6)\n" +
        "((9, 8, 7), (6, 5, 4))\n",
    );
  });

  it("auto_write shows after each change; RGBW turns equal components into white; DotStar packs brightness", () => {
    const out = run(`${SUBCLASS}
w = Strip(2, byteorder="GRBW", auto_write=True)
w[0] = (7, 7, 7)
w[1] = (1, 2, 3, 4)
w.fill(0x090909)
print(len(w.sent), w.sent[0].hex(), w[1], w.sent[-1].hex())
d = Strip(1, byteorder="PBGR")
d[0] = (10, 20, 30, 0.5)
d.show()
print(d.sent[-1].hex(), d[0][:3], round(d[0][3] * 31))
`);
    expect(out).toBe("3 0000000700000000 (0, 0, 0, 9) 0000000900000009\nef1e140a (10, 20, 30) 15\n");
  });

  it("raises as the firmware does: bad byte orders, index, slice lengths, no super().__init__()", () => {
    const out = run(`${SUBCLASS}
import adafruit_pixelbuf
for order in ("RGBX", "RG", "RGBWP", "BGRP"):
    try:
        adafruit_pixelbuf.PixelBuf(1, byteorder=order)
    except ValueError as e:
        print("ValueError", e)
s = Strip(2)
for bad in (lambda: s[2], lambda: s.__setitem__(slice(0, 2), [(1, 2, 3)])):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
class Lazy(adafruit_pixelbuf.PixelBuf):
    def __init__(self):
        pass
try:
    len(Lazy())
except RuntimeError as e:
    print("RuntimeError", e)
`);
    expect(out).toBe(
      "ValueError Invalid byteorder\n".repeat(4) +
        "IndexError Strip index out of range\n" +
        "ValueError Unmatched number of items on RHS (expected 2, got 1).\n" +
        "RuntimeError Call super().__init__() before accessing native object.\n",
    );
  });
});
