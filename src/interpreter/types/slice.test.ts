import { describe, it, expect } from "vitest";
import { resolveSlice, itemIndex, countSlice } from "./slice";
import { None } from "../runtime/builtin-types";

function pick<T>(xs: T[], start: any, stop: any, step: any): T[] {
  const b = resolveSlice(start, stop, step, xs.length);
  const out: T[] = [];
  for (let i = 0, p = b.start; i < b.length; i++, p += b.step) out.push(xs[p]);
  return out;
}

describe("slicing", () => {
  const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  it("matches Python for common slices", () => {
    expect(pick(xs, 2, None, None)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pick(xs, None, None, -1)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(pick(xs, -3, None, None)).toEqual([7, 8, 9]);
    expect(pick(xs, 8, 2, -2)).toEqual([8, 6, 4]);
    expect(pick(xs, None, None, 3)).toEqual([0, 3, 6, 9]);
    expect(pick(xs, 100, -100, -1)).toEqual(xs.slice().reverse());
    expect(pick(xs, 5, 2, None)).toEqual([]);
  });
  it("clamps bigints", () => {
    expect(pick(xs, -(10n ** 30n), 2, None)).toEqual([0, 1]);
    expect(pick(xs, None, None, 10n ** 30n)).toEqual([0]);
  });
  it("rejects a zero step", () => {
    expect(() => resolveSlice(None, None, 0, 3)).toThrow();
  });
  it("normalises item indices", () => {
    expect(itemIndex(-1, 3, "list")).toBe(2);
    expect(() => itemIndex(3, 3, "list")).toThrow();
    expect(countSlice(0, 10, 3)).toBe(4);
  });
});
