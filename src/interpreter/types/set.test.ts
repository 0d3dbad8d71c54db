import { describe, it, expect } from "vitest";
import "./containers/install";
import { PySet, newSet, setRepr, setType, frozensetType, setPop, setUnion } from "./set";
import { PyFloat } from "./float";
import { PyDict } from "./dict";
import { binaryOp } from "../runtime/operators";
import { PyMethodDescriptor } from "../runtime/function";

const call = (t: typeof setType, name: string, self: PySet, ...args: any[]) =>
  (t.dict.get(name) as PyMethodDescriptor).call(self, args, null);

describe("set", () => {
  it("treats 1, True and 1.0 as one element", () => {
    const s = newSet([true, 1, new PyFloat(1)]);
    expect(s.size).toBe(1);
    expect(setRepr(s)).toBe("{True}");
  });
  it("reprs and combines", () => {
    const a = newSet([1, 2, 3]);
    const b = newSet([2, 3, 4], frozensetType);
    expect(setRepr(setUnion(b, a))).toBe("frozenset({2, 3, 4, 1})");
    expect(setRepr(binaryOp(a, b, "and") as PySet)).toBe("{2, 3}");
    expect(setRepr(new PySet())).toBe("set()");
    expect(setRepr(call(setType, "difference", a, newSet([1]), newSet([2])) as PySet)).toBe("{3}");
  });
  it("pops from the front and holds frozensets", () => {
    const s = newSet([0, 1, 2]);
    expect(setPop(s)).toBe(0);
    const f1 = newSet([1, 2], frozensetType);
    const f2 = newSet([2, 1], frozensetType);
    const ss = newSet([f1, f2]);
    expect(ss.size).toBe(1);
    const d = new PyDict();
    d.set(f1, 5);
    expect(d.get(f2)).toBe(5);
  });
});
