import { describe, it, expect } from "vitest";
import "./containers/install";
import { newEnumerate, newZip, newReversed, newCallableIterator } from "./iterators";
import { PyList } from "./list";
import { PyTuple } from "./tuple";
import { typeOf } from "../runtime/builtin-types";
import { STOP, type PyValue } from "../runtime/object";
import { PyBuiltinFunction } from "../runtime/function";

function collect(it: PyValue): PyValue[] {
  const next = typeOf(it).slots.next!;
  const out: PyValue[] = [];
  for (let x = next(it); x !== STOP; x = next(it)) out.push(x instanceof PyTuple ? (x.items as never) : x);
  return out;
}

describe("iterators", () => {
  it("enumerate with start by keyword", () => {
    expect(collect(newEnumerate([new PyList(["a", "b"])], new Map([["start", 5]])))).toEqual([[5, "a"], [6, "b"]]);
  });
  it("zip stops at the shortest", () => {
    expect(collect(newZip([new PyList([1, 2, 3]), new PyList(["a", "b"])], null))).toEqual([[1, "a"], [2, "b"]]);
    expect(collect(newZip([], null))).toEqual([]);
  });
  it("reversed walks lists, strings by code point", () => {
    expect(collect(newReversed([new PyList([1, 2, 3])], null))).toEqual([3, 2, 1]);
    expect(collect(newReversed(["a😀b"], null))).toEqual(["b", "😀", "a"]);
  });
  it("iter(callable, sentinel)", () => {
    let n = 0;
    const f = new PyBuiltinFunction("f", () => ++n);
    expect(collect(newCallableIterator(f, 3))).toEqual([1, 2]);
  });
});
