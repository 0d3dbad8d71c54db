// Tests: Yasmarang sequences recorded from MicroPython.
import { describe, expect, it } from "vitest";
import { Yasmarang } from "./yasmarang";

describe("Yasmarang", () => {
  it("reproduces MicroPython's sequence after seed(42)", () => {
    const y = new Yasmarang();
    y.seed(42);
    expect([y.next(), y.next(), y.next()]).toEqual(EXPECTED_42);
  });
  it("draws below n and floats in [0, 1)", () => {
    const y = new Yasmarang();
    for (let i = 0; i < 1000; i++) {
      expect(y.below(10)).toBeLessThan(10);
      const f = y.float(false);
      expect(f >= 0 && f < 1).toBe(true);
    }
  });
});

const EXPECTED_42 = [2003356, 1421623288, 2196272623];

describe("Yasmarang derived draws", () => {
  it("matches MicroPython's random() and randrange after seed(7)", () => {
    const y = new Yasmarang();
    y.seed(7);
    expect(y.float(false)).toBe(0.9065441448936202);
    expect(y.below(10)).toBe(8);
    expect(-5 + y.below(11)).toBe(-1);
    expect(1 + (2 - 1) * y.float(false)).toBe(1.2124968519115593);
  });
  it("truncates seeds to 32 bits", () => {
    const y = new Yasmarang();
    y.seed(-1);
    expect(y.next()).toBe(2002036);
  });
});
