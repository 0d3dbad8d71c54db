import { describe, it, expect } from "vitest";
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intLshift, intRshift, intAnd, intOr, intXor,
  intInvert, intNeg, intTrueDiv, powMod, intBitLength,
} from "./int-ops";
import { isException } from "../../runtime/errors";

const MAX = Number.MAX_SAFE_INTEGER;

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0]}`;
    throw e;
  }
  return "no error";
}

describe("normalisation at the safe-integer boundary", () => {
  it("goes big exactly past 2**53 - 1 and comes back", () => {
    expect(intAdd(MAX, 1)).toBe(9007199254740992n);
    expect(intAdd(MAX, 2)).toBe(9007199254740993n);
    expect(intSub(intAdd(MAX, 1), 1)).toBe(MAX);
    expect(intSub(-MAX, 1)).toBe(-9007199254740992n);
    expect(intMul(94906267, 94906267)).toBe(9007199515875289n);
    expect(intMul(2 ** 26, 2 ** 26)).toBe(2 ** 52);
    expect(intMul(10n ** 20n, 0)).toBe(0);
    expect(intNeg(-MAX)).toBe(MAX);
  });
  it("never returns -0", () => {
    expect(Object.is(intMul(0, -5), 0)).toBe(true);
    expect(Object.is(intMod(-5, 5), 0)).toBe(true);
    expect(Object.is(intFloorDiv(0, -3), 0)).toBe(true);
  });
});

describe("floor division and modulo", () => {
  it("floor toward minus infinity, modulo takes the divisor's sign", () => {
    expect([intFloorDiv(7, 2), intFloorDiv(-7, 2), intFloorDiv(7, -2), intFloorDiv(-7, -2)]).toEqual([3, -4, -4, 3]);
    expect([intMod(7, 3), intMod(-7, 3), intMod(7, -3), intMod(-7, -3)]).toEqual([1, 2, -2, -1]);
    expect(intFloorDiv(-(10n ** 30n), 7)).toBe(-142857142857142857142857142858n);
    expect(intMod(-(10n ** 30n), 7)).toBe(6);
    expect(intFloorDiv(10n ** 30n, 10n ** 29n)).toBe(10);
    // Big operands of differing signs: exact quotients stay, inexact ones step down.
    expect(intFloorDiv(-(2n ** 100n), 2n ** 60n)).toBe(-(2 ** 40));
    expect(intFloorDiv(2n ** 100n + 1n, -(2n ** 60n))).toBe(-(2 ** 40) - 1);
    expect(intFloorDiv(-(2n ** 100n), 2n ** 100n + 1n)).toBe(-1);
    expect(intFloorDiv(0, -(2n ** 70n))).toBe(0);
  });
  it("raises ZeroDivisionError as MicroPython words it", () => {
    expect(errorOf(() => intFloorDiv(1, 0))).toBe("ZeroDivisionError: divide by zero");
    expect(errorOf(() => intMod(10n ** 20n, 0))).toBe("ZeroDivisionError: divide by zero");
    expect(errorOf(() => intTrueDiv(1, 0))).toBe("ZeroDivisionError: divide by zero");
  });
  it("true division of huge ints is correctly rounded", () => {
    expect(intTrueDiv(10n ** 400n, 10n ** 399n)).toBe(10);
    expect(intTrueDiv(1, 3)).toBe(1 / 3);
    expect(intTrueDiv(2n ** 1100n, 3n * 2n ** 1098n)).toBe(4 / 3);
  });
});

describe("powers and shifts", () => {
  it("computes exact powers", () => {
    expect(intPow(2, 10)).toBe(1024);
    expect(intPow(2, 53)).toBe(2n ** 53n);
    expect(intPow(3, 40)).toBe(3n ** 40n);
    expect(intPow(-3, 3)).toBe(-27);
    expect(intPow(7, 0)).toBe(1);
    expect(intPow(10n ** 20n, 2)).toBe(10n ** 40n);
  });
  it("pow with modulus", () => {
    expect(powMod(3, 200, 7)).toBe(Number(3n ** 200n % 7n));
    expect(powMod(-2, 3, 5)).toBe(2);
    expect(powMod(2, 10, -3)).toBe(-2);
    expect(errorOf(() => powMod(2, 3, 0))).toBe("ValueError: divide by zero");
  });
  it("shifts exactly, with negative counts refused", () => {
    expect(intLshift(1, 100)).toBe(2n ** 100n);
    expect(intLshift(-3, 2)).toBe(-12);
    expect(intLshift(1, 52)).toBe(2 ** 52);
    expect(intLshift(1, 53)).toBe(2n ** 53n);
    expect(intRshift(-1, 5)).toBe(-1);
    expect(intRshift(-7, 1)).toBe(-4);
    expect(intRshift(2n ** 100n, 98)).toBe(4);
    expect(intRshift(-(2n ** 100n), 200)).toBe(-1);
    expect(errorOf(() => intLshift(1, -1))).toBe("ValueError: negative shift count");
    expect(errorOf(() => intRshift(1, -1))).toBe("ValueError: negative shift count");
  });
  it("bitwise operators on small and big ints", () => {
    expect(intAnd(-1, 2n ** 70n)).toBe(2n ** 70n);
    expect(intOr(2 ** 40, 1)).toBe(2 ** 40 + 1);
    expect(intXor(2n ** 60n, 2n ** 60n)).toBe(0);
    expect(intAnd(0xff, -256)).toBe(0);
    expect(intInvert(5)).toBe(-6);
    expect(intInvert(-(2n ** 70n))).toBe(2n ** 70n - 1n);
    expect(intBitLength(255)).toBe(8);
    expect(intBitLength(-(2n ** 64n))).toBe(65);
  });
});
