import { describe, it, expect } from "vitest";
import { parseFormatSpec, padFormatted, groupDigits } from "./format-spec";
import { isException } from "../../runtime/errors";

describe("parseFormatSpec", () => {
  it("parses every field", () => {
    expect(parseFormatSpec("*^+#012,.3f")).toEqual({
      fill: "*", align: "^", sign: "+", alternate: true, zeroPad: true,
      width: 12, grouping: ",", precision: 3, type: "f",
    });
  });
  it("leaves unset fields empty", () => {
    expect(parseFormatSpec("")).toMatchObject({ fill: "", align: "", width: -1, precision: -1, type: "" });
    expect(parseFormatSpec("10")).toMatchObject({ width: 10, align: "" });
  });
  it("treats a leading 0 as fill 0 with '=' alignment", () => {
    expect(parseFormatSpec("05d")).toMatchObject({ fill: "0", align: "=", width: 5, type: "d" });
    expect(parseFormatSpec("<05")).toMatchObject({ fill: "0", align: "<", width: 5 });
  });
  it("accepts a fill character that is itself an alignment or a non-BMP character", () => {
    expect(parseFormatSpec("<<5")).toMatchObject({ fill: "<", align: "<", width: 5 });
    expect(parseFormatSpec("😀>3")).toMatchObject({ fill: "😀", align: ">", width: 3 });
  });
  it("rejects junk with MicroPython's message", () => {
    try {
      parseFormatSpec("5q");
      expect.unreachable();
    } catch (e) {
      expect(isException(e) && e.args[0]).toBe("invalid format specifier");
    }
  });
});

describe("padFormatted", () => {
  it("aligns", () => {
    expect(padFormatted("ab", parseFormatSpec("5"))).toBe("ab   ");
    expect(padFormatted("ab", parseFormatSpec("5"), ">")).toBe("   ab");
    expect(padFormatted("ab", parseFormatSpec("*^5"))).toBe("*ab**");
    expect(padFormatted("-0x1f", parseFormatSpec("08"), ">")).toBe("-0x0001f");
  });
  it("counts code points", () => {
    expect(padFormatted("😀", parseFormatSpec("3"))).toBe("😀  ");
  });
});

describe("groupDigits", () => {
  it("groups and zero-pads like {:0N,d}", () => {
    expect(groupDigits("1234567", ",", 3)).toBe("1,234,567");
    expect(groupDigits("0", ",", 3, 4)).toBe("0,000");
    expect(groupDigits("0", ",", 3, 6)).toBe("00,000");
    expect(groupDigits("10", "_", 4, 5)).toBe("0_0010");
  });
});
