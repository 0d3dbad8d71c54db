import { describe, expect, it } from "vitest";
import { ticksAdd, ticksDiff, TICKS_PERIOD } from "./ticks";
import { mktime, secondsToStructTime } from "./calendar";

describe("ticks", () => {
  it("adds and diffs with wrap-around", () => {
    expect(ticksAdd(20, 12)).toBe(32);
    expect(ticksAdd(20, -12)).toBe(8);
    expect(ticksAdd(0, -1)).toBe(TICKS_PERIOD - 1);
    expect(ticksDiff(ticksAdd(100, -123)!, 100)).toBe(-123);
    expect(ticksDiff(5, TICKS_PERIOD - 5)).toBe(10);
    expect(ticksAdd(0, -(2 ** 29))).toBeNull();
    expect(ticksAdd(0, 2 ** 29 - 1)).toBe(2 ** 29 - 1);
  });
});

describe("calendar", () => {
  it("converts both ways", () => {
    expect(secondsToStructTime(0)).toEqual({ year: 1970, month: 1, mday: 1, hour: 0, minute: 0, second: 0, weekday: 3, yearday: 1 });
    const t = mktime(2100, 1, 1, 0, 0, 0);
    expect(secondsToStructTime(t).weekday).toBe(4);
    expect(secondsToStructTime(mktime(2024, 2, 29, 13, 5, 7))).toMatchObject({ year: 2024, month: 2, mday: 29, hour: 13, minute: 5, second: 7, yearday: 60 });
  });
  it("normalises out-of-range fields", () => {
    expect(mktime(2023, 13, 1, 0, 0, 0)).toBe(mktime(2024, 1, 1, 0, 0, 0));
    expect(mktime(2024, 3, 0, 0, 0, 0)).toBe(mktime(2024, 2, 29, 0, 0, 0));
    expect(mktime(2024, 1, 1, 0, 0, -1)).toBe(mktime(2023, 12, 31, 23, 59, 59));
    expect(mktime(2001, 1, 1, 13, 0, 0)).toBe(978354000);
  });
});
