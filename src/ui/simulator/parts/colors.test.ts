// Colour parsing and the gamma lift the NeoPixel and RGB LED views paint with.
import { describe, expect, it } from "vitest";
import { displayColor, hexOf, parseColor, stateColors } from "./colors";

describe("part colours", () => {
  it("reads arrays, RGBW arrays, hex strings, numbers and objects", () => {
    expect(hexOf(parseColor([255, 0, 16]))).toBe("#ff0010");
    expect(parseColor([1, 2, 3, 4])).toEqual({ r: 1, g: 2, b: 3, w: 4 });
    expect(hexOf(parseColor("#00a0ff"))).toBe("#00a0ff");
    expect(hexOf(parseColor(0x123456))).toBe("#123456");
    expect(hexOf(parseColor({ r: 300, g: -5, b: 7.4 }))).toBe("#ff0007");
    expect(hexOf(parseColor("red"))).toBe("#000000");
    expect(hexOf(parseColor(null))).toBe("#000000");
  });

  it("lifts dim colours so they are visible and keeps black and full colours", () => {
    expect(displayColor(parseColor([0, 0, 0]))).toBe("#000000");
    expect(displayColor(parseColor([255, 0, 0]))).toBe("#ff0000");
    const dim = parseInt(displayColor(parseColor([5, 0, 0])).slice(1, 3), 16);
    expect(dim).toBeGreaterThanOrEqual(64);
    expect(displayColor(parseColor([1, 0, 0]))).toBe("#400000");
    // White of an RGBW pixel shows as white light.
    expect(displayColor(parseColor([0, 0, 0, 255]))).toBe("#ffffff");
  });

  it("finds the colour list under colors or colours, and none otherwise", () => {
    expect(stateColors({ colors: [[1, 2, 3]] }).map(hexOf)).toEqual(["#010203"]);
    expect(stateColors({ colours: ["#ffffff"] }).map(hexOf)).toEqual(["#ffffff"]);
    expect(stateColors({ colors: "nope" })).toEqual([]);
    expect(stateColors(undefined)).toEqual([]);
  });
});
