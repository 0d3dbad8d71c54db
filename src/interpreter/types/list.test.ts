import { describe, it, expect } from "vitest";
import { PyList, listGetItem, listSetItem, listDelItem, listPop, listRepr, listSort, listMethods } from "./list";
import { PySlice } from "./slice";
import { None } from "../runtime/builtin-types";
import { isException } from "../runtime/errors";

const L = (...xs: any[]) => new PyList(xs);
const S = (a: any = None, b: any = None, c: any = None) => new PySlice(a, b, c);

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0]}`;
    throw e;
  }
  return "no error";
}

describe("PyList", () => {
  it("indexes and slices", () => {
    const l = L(0, 1, 2, 3, 4);
    expect(listGetItem(l, -1)).toBe(4);
    expect((listGetItem(l, S(1, 3)) as PyList).items).toEqual([1, 2]);
    expect((listGetItem(l, S(None, None, -2)) as PyList).items).toEqual([4, 2, 0]);
    expect(pyError(() => listGetItem(l, 5))).toBe("IndexError: list index out of range");
  });

  it("assigns and deletes slices", () => {
    const l = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    listSetItem(l, S(1, 3), L(10, 20, 30));
    expect(l.items).toEqual([0, 10, 20, 30, 3, 4, 5, 6, 7, 8, 9]);
    listDelItem(l, S(None, None, 2));
    expect(l.items).toEqual([10, 30, 4, 6, 8]);
    listSetItem(l, S(None, None, 2), L(1, 2, 3));
    expect(l.items).toEqual([1, 30, 2, 6, 3]);
    expect(pyError(() => listSetItem(l, S(None, None, 2), L(1)))).toMatch(/^ValueError/);
    listSetItem(l, S(), l);
    expect(l.items).toEqual([1, 30, 2, 6, 3]);
  });

  it("pops, sorts stably and reprs recursive lists", () => {
    const l = L(3, 1, 2);
    expect(listPop(l)).toBe(2);
    expect(pyError(() => listPop(L()))).toBe("IndexError: pop from empty list");
    const m = L("b", "a", "c");
    listSort(m, [], new Map([["reverse", true]]));
    expect(m.items).toEqual(["c", "b", "a"]);
    const r = L(1);
    r.items.push(r);
    expect(listRepr(r)).toBe("[1, [...]]");
    expect(listMethods.index(L(1, 2, 3), 3, 2)).toBe(2);
    expect(pyError(() => listMethods.index(L(1, 2, 3), 1, true))).toBe("ValueError: object not in sequence");
  });
});
