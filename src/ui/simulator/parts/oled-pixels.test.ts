// The OLED view's pixel decoding (from the SSD1306 model's own hex rows) and painting.
import { describe, expect, it } from "vitest";
import { pixelRowsHex } from "../../../simulator/parts/ssd1306";
import { countLit, decodeOledRows, paintOled, panelColors } from "./oled-pixels";

describe("OLED pixels", () => {
  it("decodes what the SSD1306 model encodes, pixel for pixel", () => {
    const width = 128;
    const height = 64;
    const pixels = new Uint8Array(width * height);
    for (let x = 0; x < width; x++) pixels[10 * width + x] = 1; // a line across row 10
    for (let y = 0; y < height; y++) pixels[y * width + 127] = 1; // and down the right edge
    pixels[0] = 1;
    const decoded = decodeOledRows(pixelRowsHex(pixels, width), width, height);
    expect(decoded).toEqual(pixels);
    expect(countLit(decoded)).toBe(128 + 64 - 1 + 1);
  });

  it("leaves bad or missing rows dark", () => {
    expect(countLit(decodeOledRows(undefined, 8, 2))).toBe(0);
    expect(countLit(decodeOledRows(["zz", 5], 8, 2))).toBe(0);
    expect([...decodeOledRows(["f0", "0f"], 8, 2)]).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    // Extra rows and digits beyond the panel are ignored.
    expect(countLit(decodeOledRows(["fff", "f", "f"], 4, 2))).toBe(8);
  });

  it("paints lit pixels in the panel colour, dimmer at low contrast", () => {
    const rgba = new Uint8ClampedArray(2 * 4);
    paintOled(Uint8Array.of(1, 0), 2, rgba, panelColors("#ffffff"), 255);
    expect([...rgba]).toEqual([255, 255, 255, 255, 8, 10, 14, 255]);
    paintOled(Uint8Array.of(1, 0), 2, rgba, panelColors("#ffffff"), 0);
    expect(rgba[0]).toBe(140);
    expect(panelColors("blue").top).toBe("#5fc8ff");
    expect(panelColors(3)).toEqual({ top: "#eef6ff", rest: "#eef6ff", split: 0 });
  });

  it("paints a two-colour module's first 16 rows yellow and the rest blue", () => {
    const width = 2;
    const pixels = new Uint8Array(width * 20).fill(1);
    const rgba = new Uint8ClampedArray(pixels.length * 4);
    paintOled(pixels, width, rgba, panelColors("yellow-blue"), 255);
    const at = (x: number, y: number) => "#" + [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)].map((v) => v.toString(16).padStart(2, "0")).join("");
    expect([at(0, 0), at(1, 15), at(0, 16), at(1, 19)]).toEqual(["#ffd84a", "#ffd84a", "#5fc8ff", "#5fc8ff"]);
  });
});
