import { describe, it, expect, afterEach } from "vitest";
import { parseIntText, parseFloatText, parseComplexText, floatLiteralValue } from "./parse";
import { isException } from "../../runtime/errors";
import { config } from "../../runtime/config";

afterEach(() => {
  config.singlePrecision = true;
});

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0]}`;
    throw e;
  }
  return "no error";
}

describe("int(text, base)", () => {
  it("parses signs, prefixes, underscores and whitespace", () => {
    expect(parseIntText(" 1_000 ", 10)).toBe(1000);
    expect(parseIntText("-0x1F", 0)).toBe(-31);
    expect(parseIntText("0x10", 16)).toBe(16);
    expect(parseIntText("0b101", 0)).toBe(5);
    expect(parseIntText("0o17", 0)).toBe(15);
    expect(parseIntText("00", 0)).toBe(0);
    expect(parseIntText("z", 36)).toBe(35);
    expect(parseIntText("123456789012345678901234567890", 10)).toBe(123456789012345678901234567890n);
    expect(parseIntText("-9007199254740991", 10)).toBe(-9007199254740991);
  });
  it("raises MicroPython's errors", () => {
    expect(errorOf(() => parseIntText("12a", 10))).toBe("ValueError: invalid syntax for integer with base 10: '12a'");
    expect(errorOf(() => parseIntText("", 10))).toBe("ValueError: invalid syntax for integer with base 10: ''");
    expect(errorOf(() => parseIntText("+-1", 10))).toBe("ValueError: invalid syntax for integer with base 10: '-1'");
    expect(errorOf(() => parseIntText("017", 0))).toBe("ValueError: invalid syntax for integer with base 0: '017'");
    expect(errorOf(() => parseIntText("1", 37))).toBe("ValueError: int() arg 2 must be >= 2 and <= 36");
  });
});

describe("float(text)", () => {
  it("parses numbers, inf and nan", () => {
    config.singlePrecision = false;
    expect(parseFloatText(" 1.5 ")).toBe(1.5);
    expect(parseFloatText("1_000.5")).toBe(1000.5);
    expect(parseFloatText("1.")).toBe(1);
    expect(parseFloatText(".5")).toBe(0.5);
    expect(parseFloatText("1e-1")).toBe(0.1);
    expect(parseFloatText("-iNF")).toBe(-Infinity);
    expect(parseFloatText("infinity")).toBe(Infinity);
    expect(Number.isNaN(parseFloatText("nan"))).toBe(true);
    expect(parseFloatText("9".repeat(400) + "e-200")).toBe(1e200);
    expect(errorOf(() => parseFloatText("1e"))).toBe("ValueError: invalid syntax for number");
    expect(errorOf(() => parseFloatText("nanx"))).toBe("ValueError: invalid syntax for number");
    expect(errorOf(() => parseFloatText(""))).toBe("ValueError: invalid syntax for number");
  });
  it("parses in float32 like the Pico in single precision", () => {
    config.singlePrecision = true;
    expect(parseFloatText("0.1")).toBe(Math.fround(0.1));
    expect(parseFloatText("1e38")).toBe(Math.fround(1e38));
    expect(parseFloatText("1e39")).toBe(Infinity);
  });
});

describe("complex(text)", () => {
  it("parses real, imaginary and both", () => {
    config.singlePrecision = false;
    expect(parseComplexText("1+2j")).toEqual([1, 2]);
    expect(parseComplexText("j")).toEqual([0, 1]);
    expect(parseComplexText(" 1.5j ")).toEqual([0, 1.5]);
    expect(parseComplexText("-3")).toEqual([-3, 0]);
    expect(errorOf(() => parseComplexText("1+2"))).toBe("ValueError: invalid syntax for number");
  });
});

describe("floatLiteralValue", () => {
  it("keeps the sign of folded constants (const(-0.3)) in single precision", () => {
    config.singlePrecision = true;
    expect(floatLiteralValue(-0.3)).toBe(Math.fround(-0.3));
    expect(floatLiteralValue(0.3)).toBe(Math.fround(0.3));
    expect(Object.is(floatLiteralValue(-0), -0)).toBe(true);
    config.singlePrecision = false;
    expect(floatLiteralValue(-0.3)).toBe(-0.3);
  });
});
