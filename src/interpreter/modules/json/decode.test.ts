// Tests: json.loads: documents, MicroPython's laxness and its errors.
import { describe, expect, it } from "vitest";
import { parseJson } from "./decode";
import { PyList } from "../../types/list";
import { PyDict } from "../../types/dict";
import { PyFloat } from "../../types/float";
import { None } from "../../runtime/builtin-types";
import { isException } from "../../runtime/errors";
import { config } from "../../runtime/config";

config.singlePrecision = false;

/** Converts the parsed Python values to plain JS for comparison. */
function plain(v: unknown): unknown {
  if (v instanceof PyList) return v.items.map(plain);
  if (v instanceof PyDict) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), plain(x)]));
  if (v instanceof PyFloat) return { float: v.value };
  if (v === None) return null;
  return v;
}

function errorOf(text: string): string {
  try {
    parseJson(text);
  } catch (e) {
    if (isException(e)) return String(e.args[0]);
    throw e;
  }
  return "no error";
}

describe("json.loads", () => {
  it("reads documents", () => {
    expect(plain(parseJson(" [ null , false , true ] "))).toEqual([null, false, true]);
    expect(plain(parseJson('{"a":[], "b":[1], "c":{"3":4}}'))).toEqual({ a: [], b: [1], c: { "3": 4 } });
    expect(plain(parseJson('"abc\\u0064e\\n"'))).toBe("abcde\n");
    expect(plain(parseJson("-2e-3"))).toEqual({ float: -0.002 });
    expect(plain(parseJson("12345678901234567890123"))).toBe(12345678901234567890123n);
    expect(plain(parseJson('"\\ud83d\\ude00"'))).toBe("😀");
  });
  it("is as lax as MicroPython", () => {
    expect(plain(parseJson("[1 2]"))).toEqual([1, 2]);
    expect(plain(parseJson('{"a" 1}'))).toEqual({ a: 1 });
    expect(plain(parseJson("[{]}"))).toEqual([{}]);
    expect(plain(parseJson('{"a"}'))).toEqual({});
    expect(plain(parseJson("01"))).toBe(1);
  });
  it("raises MicroPython's errors", () => {
    for (const bad of ["", '"abc', "]", "a", '{{}:"abc"}', "[null]   a", '{"a":0,', "[0,", "[[]", "[]]", "nul", "1_0"]) {
      expect(errorOf(bad)).toBe("syntax error in JSON");
    }
    expect(errorOf("1e")).toBe("invalid syntax for number");
    expect(errorOf("--1")).toBe("invalid syntax for integer with base 10: '-1'");
    expect(errorOf("-")).toBe("invalid syntax for integer with base 10: ''");
  });
});
