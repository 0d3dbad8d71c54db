// displayio, fontio, terminalio, bitmaptools and warnings as CircuitPython programs and the display_text library use them.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../runtime/interpreter";
import { testHost } from "../test-support";

function run(lines: string[], flavor: "circuitpython" | "micropython" = "circuitpython"): string {
  const host = testHost();
  const interp = new Interpreter(host, { flavor });
  interp.runInMain(lines.join("\n") + "\n");
  return host.out.join("") + host.err.join("");
}

describe("displayio", () => {
  it("bitmaps hold palette indices of the depth their value count needs", () => {
    expect(run([
      "import displayio",
      "b = displayio.Bitmap(4, 3, 5)",
      "b[1, 2] = 4",
      "b[0] = 1",
      "print(b.width, b.height, b.bits_per_value, b[1, 2], b[9], b[0, 0], len(b))",
      "try:\n    b[0] = 16\nexcept ValueError as e:\n    print('ValueError', e)",
      "b.fill(2)",
      "print(b[3, 2])",
    ])).toBe("4 3 4 4 4 1 12\nValueError value must be in range 0-15\n2\n");
  });

  it("palettes take ints, tuples and bytes, and mark transparency", () => {
    expect(run([
      "import displayio",
      "p = displayio.Palette(3)",
      "p[0] = 0x123456",
      "p[1] = (255, 0, 16)",
      "p[2] = b'\\x01\\x02\\x03'",
      "p.make_transparent(1)",
      "print(len(p), hex(p[0]), hex(p[1]), hex(p[2]), p.is_transparent(1), p.is_transparent(0))",
    ])).toBe("3 0x123456 0xff0010 0x10203 True False\n");
  });

  it("groups hold layers once, and subclasses initialise them through super()", () => {
    expect(run([
      "import displayio",
      "class Label(displayio.Group):",
      "    def __init__(self, text, **kw):",
      "        super().__init__(**kw)",
      "        self.text = text",
      "g = displayio.Group(scale=2, x=5)",
      "b = displayio.Bitmap(8, 8, 2)",
      "t = displayio.TileGrid(b, pixel_shader=displayio.Palette(2), width=2, height=1, tile_width=4, tile_height=8)",
      "l = Label('hi', x=3, y=4)",
      "g.append(t)",
      "g.insert(0, l)",
      "print(len(g), g[0].text, g[0].x, g[0].y, g.index(t), g.scale, g.x, t.width, t.tile_width, t[1])",
      "t[1] = 1",
      "print(t[1, 0])",
      "try:\n    g.append(t)\nexcept ValueError as e:\n    print(e)",
      "try:\n    g.append(5)\nexcept TypeError as e:\n    print(e)",
      "print(g.pop() is t, len(g), [type(x).__name__ for x in g])",
    ])).toBe("2 hi 3 4 1 2 5 2 4 0\n1\nLayer already in a group\nLayer must be a Group or TileGrid subclass\nTrue 1 ['Label']\n");
  });

  it("terminalio.FONT gives 6×12 glyphs that bitmaptools blits into a label's bitmap", () => {
    expect(run([
      "import terminalio, bitmaptools, displayio, fontio",
      "f = terminalio.FONT",
      "g = f.get_glyph(ord('A'))",
      "print(f.get_bounding_box(), g.width, g.height, g.shift_x, g.tile_index, f.get_glyph(0x2603), isinstance(g, fontio.Glyph))",
      "dest = displayio.Bitmap(6, 12, 2)",
      "bitmaptools.blit(dest, g.bitmap, 0, 0, x1=g.tile_index * 6, y1=0, x2=g.tile_index * 6 + 6, y2=12)",
      "print(sum(dest[i] for i in range(len(dest))) > 10)",
      "bitmaptools.replace_color(dest, 1, 0)",
      "bitmaptools.fill_region(dest, 0, 0, 2, 2, 1)",
      "print(sum(dest[i] for i in range(len(dest))))",
    ])).toBe("(6, 12) 6 12 6 33 None True\nTrue\n4\n");
  });

  it("is CircuitPython's: MicroPython has none of it", () => {
    expect(run(["import displayio"], "micropython")).toMatch(/ImportError: no module named 'displayio'/);
    expect(run(["import warnings", "warnings.warn('careful')", "warnings.simplefilter('ignore')", "warnings.warn('quiet')"])).toBe("Warning: careful\n");
  });
});
