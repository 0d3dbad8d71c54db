import { describe, it, expect, afterEach } from "vitest";
import { floatRepr, formatFloat } from "./float-format";
import { config } from "../../runtime/config";

afterEach(() => {
  config.singlePrecision = true;
});

describe("repr in double precision (MicroPython's approximate search, as the unix port prints)", () => {
  it("matches MicroPython's outputs", () => {
    config.singlePrecision = false;
    const cases: [number, string][] = [
      [0.1, "0.1"], [1 / 3, "0.3333333333333333"], [0.1 + 0.2, "0.30000000000000004"], [9.7, "9.7"], [1e23, "1e+23"],
      [1e16, "1e+16"], [1e15, "1000000000000000.0"], [1e100, "1e+100"], [1e-5, "1e-05"], [1e-4, "0.0001"],
      [2 ** 0.5, "1.4142135623730952"], [123456789.123, "123456789.123"], [1.5e-7, "1.5e-07"],
      [123456789012345678, "1.2345678901234568e+17"], [-0, "-0.0"],
      [Infinity, "inf"], [-Infinity, "-inf"], [NaN, "nan"], [1234567890123456.7, "1234567890123456.8"], [2 ** 60, "1.152921504606847e+18"],
    ];
    for (const [x, text] of cases) expect(floatRepr(x)).toBe(text);
  });
});

describe("printf conversions in double precision", () => {
  it("formats e, f, g like MicroPython", () => {
    config.singlePrecision = false;
    const cases: [number, string, number, string][] = [
      [1e30, "f", 2, "1e+30"], [1e20, "f", -1, "100000000000000000000.000000"], [0.1, "f", 20, "0.10000000000000000000"],
      [0.0005, "f", 3, "0.000"], [0.125, "f", 2, "0.13"], [0.5, "f", 0, "0"], [1.5, "f", 0, "2"],
      [9999.5, "e", 3, "1.000e+04"], [9999.5, "g", 3, "1e+04"], [123456789, "g", -1, "1.23457e+08"],
      [0.0001234, "g", -1, "0.0001234"], [9.7, "g", 17, "9.7"], [1e23, "f", -1, "100000000000000000000000.000000"], [1.1, "e", 25, "1.100000000000000000000000e+00"], [1e-300, "e", -1, "1.000000e-300"],
      [5.5, "e", 0, "6e+00"], [1e-20, "f", 30, "0.000000000000000000010000000000"], [123456789012.125, "f", 3, "123456789012.125"],
      [0, "e", -1, "0.000000e+00"], [1e-5, "g", -1, "1e-05"], [-3.14159, "f", 4, "-3.1416"], [1.5, "E", 2, "1.50E+00"],
      [Infinity, "F", 2, "INF"], [NaN, "f", 2, "nan"], [2.5, "f", 0, "3"], [1234567, "g", 3, "1.23e+06"],
    ];
    for (const [x, f, p, text] of cases) expect(formatFloat(x, f, p, "")).toBe(text);
    expect(formatFloat(5, "f", 1, "+")).toBe("+5.0");
    expect(formatFloat(-5, "f", 1, "+")).toBe("-5.0");
  });
});

describe("single precision as a Pico prints it", () => {
  it("repr gives the float32's short form", () => {
    config.singlePrecision = true;
    const f = Math.fround;
    expect([f(1 / 3), f(f(0.1) + f(0.2)), f(2 ** 0.5), f(1e10 / 3), f(1e15), f(1e16), f(9.7), f(1e-7)].map(floatRepr))
      .toEqual(["0.33333334", "0.3", "1.4142135", "3333333200.0", "1000000000000000.0", "1e+16", "9.7", "1e-07"]);
  });
  it("%.15f keeps only the digits a float32 has (recorded on a real Pico)", () => {
    config.singlePrecision = true;
    const cases: [number, string][] = [
      [1.1920928955078125e-07, "0.000000119209290"], [1.7881393432617188e-07, "0.000000178813940"],
      [1.0132789611816406e-06, "0.000001013279000"], [1.0013580322265625e-05, "0.000010013580000"],
      [0.0001000165939331054, "0.000100016600000"], [0.0100021362304688, "0.010002140000000"], [0.0999755859375, "0.099975580000000"],
    ];
    for (const [x, text] of cases) expect(formatFloat(Math.fround(x), "f", 15, "")).toBe(text);
  });
});
