import { describe, it, expect } from "vitest";
import "../../types/containers/install";
import { createArrayModule } from "./index";
import { typeOf } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { PyList } from "../../types/list";
import { newBytes } from "../../types/bytes";
import { PyArray } from "./array";

const arrayType = createArrayModule().$dict.array as PyType;
const make = (...args: any[]) => arrayType.slots.new!(arrayType, args, null) as PyArray;
const repr = (v: any) => typeOf(v).slots.repr!(v);

describe("array", () => {
  it("constructs and reprs", () => {
    expect(repr(make("B", new PyList([1, 2, 3])))).toBe("array('B', [1, 2, 3])");
    expect(repr(make("i"))).toBe("array('i')");
    expect(repr(make("h", newBytes(new Uint8Array([0x31, 0x32]))))).toBe("array('h', [12849])");
    expect(repr(make("Q", new PyList([0, 2n ** 64n - 1n])))).toBe("array('Q', [0, 18446744073709551615])");
    expect(repr(make("q", new PyList([-(2n ** 63n)])))).toBe("array('q', [-9223372036854775808])");
    expect(repr(make("l", new PyList([-1])))).toBe("array('l', [-1])");
  });
  it("compares like MicroPython", () => {
    const rc = (a: any, b: any, op: any) => typeOf(a).slots.richcompare!(a, b, op);
    expect(rc(make("l", new PyList([1, 2])), make("L", new PyList([1, 2])), "eq")).toBe(true);
    expect(() => rc(make("f"), make("f"), "eq")).toThrow();
    expect(rc(make("b", new PyList([0x61])), newBytes(new Uint8Array([0x61])), "eq")).toBe(false);
    expect(rc(make("B", new PyList([0x61])), newBytes(new Uint8Array([0x61])), "eq")).toBe(false);
  });
});
