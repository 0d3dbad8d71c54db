// Tests: The re module's Python surface: match objects, sub, split, errors.
import { describe, expect, it } from "vitest";
import { createReModule } from "./index";
import { callObject, callMethod, repr } from "../../runtime/protocol";
import { None } from "../../runtime/builtin-types";
import { isException } from "../../runtime/errors";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PyBytes } from "../../types/bytes";
import type { PyValue } from "../../runtime/object";

const re = createReModule();
const fn = (name: string, ...args: PyValue[]) => callObject(re.$dict[name], args);

function errorName(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args.map(String).join(",")}`;
    throw e;
  }
  return "no error";
}

describe("re module", () => {
  it("matches, with groups, spans and None for missing groups", () => {
    const m = fn("match", "(a)?b(c)", "bc");
    expect(callMethod(m, "group", [0])).toBe("bc");
    expect(callMethod(m, "group", [1])).toBe(None);
    expect(repr(callMethod(m, "span", [2]))).toBe("(1, 2)");
    expect((callMethod(m, "groups", []) as PyTuple).items).toEqual([None, "c"]);
    expect(repr(m)).toBe("<match num=3>");
    expect(errorName(() => callMethod(m, "group", [3]))).toBe("IndexError: 3");
  });
  it("substitutes with templates and functions", () => {
    expect(fn("sub", "(abc)", "\\g<1>\\g<1>", "abc")).toBe("abcabc");
    expect(fn("sub", "b", "\\\\b", "abc")).toBe("a\\bc");
    expect(fn("sub", "^ab|cab", "*", "abababcabab")).toBe("*abab*ab");
    expect(fn("sub", "a", "b", "1a2a3a", 2)).toBe("1b2b3a");
    expect(errorName(() => fn("sub", "(a)", "b\\2", "a"))).toBe("IndexError: 2");
    const doubled = callObject(re.$dict.sub, ["\\d+", re.$dict.compile, "x"]);
    expect(doubled).toBe("x");
    const b = fn("sub", new PyBytes(Uint8Array.of(46)), new PyBytes(Uint8Array.of(97)), new PyBytes(Uint8Array.of(97)));
    expect(repr(b)).toBe("b'a'");
    expect(errorName(() => fn("sub", 123, "a", "a"))).toMatch(/^TypeError/);
  });
  it("splits, stopping at empty matches", () => {
    const p = fn("compile", " *");
    expect((callMethod(p, "split", ["a b    c   foobar"]) as PyList).items).toEqual(["a b    c   foobar"]);
    const q = fn("compile", ",");
    expect((callMethod(q, "split", ["a,b,c", 1]) as PyList).items).toEqual(["a", "b,c"]);
  });
  it("honours pos/endpos on compiled patterns only", () => {
    const p = fn("compile", "o");
    expect(callMethod(p, "match", ["dog", 1])).not.toBe(None);
    expect(callMethod(p, "match", ["dog", 2, 1])).toBe(None);
    expect(callMethod(p, "search", ["dog", -2, -5])).toBe(None);
  });
  it("raises MicroPython's errors", () => {
    expect(errorName(() => fn("compile", "a**"))).toBe("ValueError: regex too complex");
    expect(errorName(() => fn("compile", "a)"))).toBe("ValueError: error in regex");
    expect(errorName(() => fn("match", "(a*)*", "aaa"))).toBe("RuntimeError: maximum recursion depth exceeded");
  });
});
