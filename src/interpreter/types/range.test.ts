import { describe, it, expect } from "vitest";
import { newRange, rangeGetItem, rangeContains, rangeIter, rangeReversed, PyRange } from "./range";
import { PySlice } from "./slice";
import { None, typeOf } from "../runtime/builtin-types";
import { STOP, type PyValue } from "../runtime/object";

function collect(it: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const next = typeOf(it).slots.next!;
  for (let x = next(it); x !== STOP; x = next(it)) out.push(x);
  return out;
}

describe("range", () => {
  it("iterates, indexes and slices", () => {
    const r = newRange([1, 10, 3]);
    expect(collect(rangeIter(r))).toEqual([1, 4, 7]);
    expect(rangeGetItem(r, -1)).toBe(7);
    const s = rangeGetItem(newRange([10]), new PySlice(None, None, -2)) as PyRange;
    expect(collect(rangeIter(s))).toEqual([9, 7, 5, 3, 1]);
    expect(collect(rangeReversed(r))).toEqual([7, 4, 1]);
    expect(rangeContains(r, 4)).toBe(true);
    expect(rangeContains(r, 5)).toBe(false);
  });
  it("reverses exactly on both sides of 2**53", () => {
    expect(collect(rangeReversed(newRange([2 ** 53 - 2, 2n ** 53n + 2n])))).toEqual([2n ** 53n + 1n, 2n ** 53n, 2 ** 53 - 1, 2 ** 53 - 2]);
    expect(collect(rangeReversed(newRange([9007199254740990, 2n ** 53n + 1n, 2])))).toEqual([2n ** 53n, 9007199254740990]);
    expect(collect(rangeReversed(newRange([10, 0, -3])))).toEqual([1, 4, 7, 10]);
  });
  it("handles sys.maxsize-sized bounds", () => {
    const maxsize = 2n ** 63n - 1n;
    const r = newRange([maxsize, 0, -1]);
    expect(r.length).toBe(maxsize);
    expect(rangeGetItem(r, 1)).toBe(maxsize - 1n);
    const it = rangeIter(r);
    const next = typeOf(it).slots.next!;
    expect(next(it)).toBe(maxsize);
    expect(next(it)).toBe(maxsize - 1n);
    const neg = newRange([-maxsize + 1n, -1]);
    expect(rangeGetItem(neg, -1)).toBe(-2);
  });
});
