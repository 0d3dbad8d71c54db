import { describe, it, expect } from "vitest";
import { PyDict } from "./dict";
import { PyFloat } from "./float";
import { PyTuple } from "./tuple";

describe("PyDict", () => {
  it("keeps insertion order and str/int fast paths", () => {
    const d = new PyDict();
    d.setStr("b", 1);
    d.set("a", 2);
    d.set(3, 4);
    expect([...d.keys()]).toEqual(["b", "a", 3]);
    expect(d.getStr("a")).toBe(2);
    expect(d.get(3)).toBe(4);
    expect(d.get("3")).toBeUndefined();
    expect(d.size).toBe(3);
  });

  it("makes 1, True and 1.0 one key, keeping the first key", () => {
    const d = new PyDict();
    d.set(1, "a");
    d.set(true, "b");
    d.set(new PyFloat(1.0), "c");
    expect(d.size).toBe(1);
    expect([...d.entries()]).toEqual([[1, "c"]]);
    const e = new PyDict();
    e.set(true, "x");
    e.set(1, "y");
    expect([...e.entries()]).toEqual([[true, "y"]]);
    expect(e.get(new PyFloat(1))).toBe("y");
    expect(e.delete(1)).toBe(true);
    expect(e.size).toBe(0);
  });

  it("maps integral big floats onto bigint keys", () => {
    const d = new PyDict();
    d.set(10n ** 20n, 1);
    expect(d.get(new PyFloat(1e20))).toBe(1);
    expect(d.get(new PyFloat(0.5))).toBeUndefined();
  });

  it("identity-keys objects without __eq__", () => {
    const d = new PyDict();
    const t = new PyTuple([]);
    d.set(t, 1);
    expect(d.get(t)).toBe(1);
    expect(d.delete(t)).toBe(true);
    expect(d.has(t)).toBe(false);
  });
});
