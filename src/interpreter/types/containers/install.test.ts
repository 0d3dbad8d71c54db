import { describe, it, expect } from "vitest";
import "./install";
import { listType, PyList } from "../list";
import { dictType, PyDict, dictRepr } from "../dict";
import { PyMethodDescriptor } from "../../runtime/function";
import { PyTuple } from "../tuple";
import { isException } from "../../runtime/errors";

function method(t: typeof listType, name: string): PyMethodDescriptor {
  return t.dict.get(name) as PyMethodDescriptor;
}

describe("container methods", () => {
  it("installs list methods", () => {
    const l = new PyList([3, 1, 2]);
    method(listType, "append").call(l, [4], null);
    method(listType, "sort").call(l, [], null);
    expect(l.items).toEqual([1, 2, 3, 4]);
    expect(method(listType, "pop").call(l, [], null)).toBe(4);
  });

  it("installs dict methods", () => {
    const d = new PyDict();
    method(dictType, "update").call(d, [new PyList([new PyTuple(["a", 1]), new PyList(["b", 2])])], new Map([["c", 3]]));
    expect(dictRepr(d)).toBe("{'a': 1, 'b': 2, 'c': 3}");
    const item = method(dictType, "popitem").call(d, [], null) as PyTuple;
    expect(item.items).toEqual(["c", 3]);
    expect(method(dictType, "get").call(d, ["zz", 5], null)).toBe(5);
    d.clear();
    try {
      method(dictType, "popitem").call(d, [], null);
    } catch (e) {
      expect(isException(e) && e.args[0]).toBe("popitem(): dictionary is empty");
    }
  });
});
