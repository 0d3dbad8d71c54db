import { describe, it, expect } from "vitest";
import "../types/int";
import "../types/bool";
import "../types/str";
import { PyFunction, bindArgs, builtinMethod, defineMethods, type FunctionCode } from "./function";
import { binaryOp, richCompare, truthy, getAttr, callMethod, callObject, len } from "./protocol";
import { makeBuiltinType, None } from "./builtin-types";
import { PySingleton } from "./object";
import { PyBaseException } from "./errors";
import { newAttrDict } from "./attr-dict";

function code(over: Partial<FunctionCode>): FunctionCode {
  return {
    name: "f", qualname: "f", argnames: [], posonlyCount: 0, kwonlyNames: [], varargs: false, varkw: false,
    file: "t.py", line: 1, isGenerator: false, isAsync: false, ...over,
  };
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.$type.name}: ${String(e.args[0])}`;
    throw e;
  }
  return "no error";
}

describe("argument binding", () => {
  const f = new PyFunction((a, b) => a + b, code({ argnames: ["a", "b"] }), [10], null, newAttrDict());
  it("fills defaults and keywords", () => {
    expect(bindArgs(f, [1], null)).toEqual([1, 10]);
    expect(bindArgs(f, [], new Map([["b", 2], ["a", 1]]))).toEqual([1, 2]);
  });
  it("uses MicroPython's messages", () => {
    expect(message(() => bindArgs(f, [1, 2, 3], null))).toBe("TypeError: function takes 2 positional arguments but 3 were given");
    expect(message(() => bindArgs(f, [], null))).toBe("TypeError: function takes 1 positional arguments but 0 were given");
    expect(message(() => bindArgs(f, [1], new Map([["c", 1]])))).toBe("TypeError: unexpected keyword argument 'c'");
    expect(message(() => bindArgs(f, [1], new Map([["a", 1]])))).toBe("TypeError: function got multiple values for argument 'a'");
  });
});

describe("protocol", () => {
  it("adds ints exactly and reports unsupported types", () => {
    expect(binaryOp(2, 3, "add")).toBe(5);
    expect(message(() => binaryOp(None, 1, "add"))).toBe("TypeError: unsupported types for __add__: 'NoneType', 'int'");
    expect(richCompare(1, 2, "lt")).toBe(true);
    expect(truthy(0)).toBe(false);
    expect(message(() => len(None))).toBe("TypeError: object of type 'NoneType' has no len()");
    expect(message(() => getAttr(None, "x"))).toBe("AttributeError: 'NoneType' object has no attribute 'x'");
    expect(message(() => callObject(None, []))).toBe("TypeError: 'NoneType' object isn't callable");
  });
  it("calls builtin methods with arity checks", () => {
    const t = makeBuiltinType("thing");
    defineMethods(t, { twice: (_self, x: number) => x * 2, opt: builtinMethod("opt", 0, 1, (_s, x?: number) => x ?? -1) });
    const obj = new PySingleton(t, "thing");
    expect(callMethod(obj, "twice", [4])).toBe(8);
    expect(callMethod(obj, "opt", [])).toBe(-1);
    expect(message(() => callMethod(obj, "twice", []))).toBe("TypeError: function takes 2 positional arguments but 1 were given");
  });
});
