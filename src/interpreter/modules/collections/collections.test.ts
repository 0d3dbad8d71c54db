import { describe, it, expect } from "vitest";
import "../../types/containers/install";
import { createCollectionsModule } from "./index";
import { typeOf } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { callObject } from "../../runtime/call";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PySlice } from "../../types/slice";
import { None } from "../../runtime/builtin-types";

const m = createCollectionsModule().$dict;
const repr = (v: any) => typeOf(v).slots.repr!(v);

describe("collections", () => {
  it("namedtuple binds positional and keyword fields", () => {
    const T = callObject(m.namedtuple, ["Tup", "foo bar"], null) as PyType;
    const t = T.slots.new!(T, [1], new Map([["bar", 2]]));
    expect(repr(t)).toBe("Tup(foo=1, bar=2)");
    expect(typeOf(t).slots.getattr!(t, "bar")).toBe(2);
    expect(() => T.slots.new!(T, [1], null)).toThrow();
    expect(t instanceof PyTuple).toBe(true);
  });
  it("deque drops from the other end when full", () => {
    const D = m.deque as PyType;
    const d = D.slots.new!(D, [new PyList([1, 2]), 2], null);
    callObject(typeOf(d).lookup("append")!, [d, 3], null);
    expect(repr(d)).toBe("deque([2, 3], maxlen=2)");
  });
  it("OrderedDict accepts unhashable keys", () => {
    const O = m.OrderedDict as PyType;
    const od = O.slots.new!(O, [], null);
    const key = new PySlice(None, "a", None); // unhashable, as in MicroPython's slice_optimise test
    typeOf(od).slots.setitem!(od, key, 1);
    expect(typeOf(od).slots.getitem!(od, key)).toBe(1);
  });
});
