// Tests: re1.5 compiler and matcher.
import { describe, expect, it } from "vitest";
import { compileRegex, type RegexProgram } from "./program";
import { runRegex, RegexStackOverflow } from "./matcher";

const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

function prog(p: string): RegexProgram {
  const r = compileRegex(cps(p));
  if (typeof r === "string") throw new Error(r);
  return r;
}

/** Returns the groups' substrings (null when a group did not match), or null when there is no match. */
function groups(p: string, s: string, anchored = true, begin = 0, end = -1): (string | null)[] | null {
  const chars = cps(s);
  const caps = runRegex(prog(p), { chars, begin, end: end < 0 ? chars.length : end }, anchored);
  if (!caps) return null;
  const out: (string | null)[] = [];
  for (let i = 0; i < caps.length; i += 2) {
    out.push(caps[i] < 0 ? null : String.fromCodePoint(...chars.slice(caps[i], caps[i + 1])));
  }
  return out;
}

describe("re1.5 compiler", () => {
  it("rejects syntax errors as 'regex too complex'", () => {
    for (const p of ["a**", "(a", "*", "a\\", "[ab", "+", "(?:", "?"]) expect(compileRegex(cps(p))).toBe("regex too complex");
  });
  it("rejects an unmatched ')' as 'error in regex'", () => {
    expect(compileRegex(cps("a)"))).toBe("error in regex");
  });
  it("limits groups to what fits in a byte", () => {
    expect(typeof compileRegex(cps("(".repeat(63) + ")".repeat(63)))).toBe("object");
    expect(compileRegex(cps("(".repeat(64) + ")".repeat(64)))).toBe("regex too complex");
    expect(compileRegex(cps("(".repeat(65536) + ")".repeat(65536)))).toBe("regex too complex");
  });
  it("limits jumps to a signed byte", () => {
    expect(compileRegex(cps("(" + "a".repeat(100) + ")*"))).toBe("regex too complex");
  });
});

describe("re1.5 matcher", () => {
  it("matches groups and nested groups", () => {
    expect(groups("(([0-9]*)([a-z]*)[0-9]*)", "1234hello567")).toEqual(["1234hello567", "1234hello567", "1234", "hello"]);
    expect(groups("(a)?b(c)", "bc")).toEqual(["bc", null, "c"]);
    expect(groups("(a)?b(c)", "abc")).toEqual(["abc", "a", "c"]);
  });
  it("anchors match() but not search()", () => {
    expect(groups("o", "dog")).toBeNull();
    expect(groups("o", "dog", false)).toEqual(["o"]);
    expect(groups("^o", "dog", true, 1)).toBeNull();
    expect(groups("o", "dog", true, 1)).toEqual(["o"]);
    expect(groups("o", "dog", true, 1, 1)).toBeNull();
  });
  it("supports classes, named classes, alternation, lazy quantifiers and $", () => {
    expect(groups("[a-c]+", "abcd")).toEqual(["abc"]);
    expect(groups("[^a-c]+", "xyza")).toEqual(["xyz"]);
    expect(groups("\\d+\\s\\w+", "12 ab_c!")).toEqual(["12 ab_c"]);
    expect(groups("[\\d.]+", "1.5x")).toEqual(["1.5"]);
    expect(groups("\\D\\S\\W", "a b")).toBeNull();
    expect(groups("ab|cd|ef", "ef")).toEqual(["ef"]);
    expect(groups("a+?", "aaa")).toEqual(["a"]);
    expect(groups("a*?b", "aab")).toEqual(["aab"]);
    expect(groups("a??", "a")).toEqual([""]);
    expect(groups("a$", "ab")).toBeNull();
    expect(groups("b$", "ab", false)).toEqual(["b"]);
    expect(groups("(?:ab)+(c)", "ababc")).toEqual(["ababc", "c"]);
    expect(groups("\\n", "\n")).toBeNull(); // re1.5 has no escape sequences: \n is 'n'
    expect(groups("[]", "]")).toBeNull();
  });
  it("matches code points, not UTF-16 units", () => {
    expect(groups(".", "é😀", false)).toEqual(["é"]);
    expect(groups("😀+", "😀😀")).toEqual(["😀😀"]);
  });
  it("reports runaway backtracking instead of overflowing", () => {
    expect(() => groups("(a*)*", "aaa")).toThrow(RegexStackOverflow);
  });
  it("handles long subjects without recursion", () => {
    expect(groups("a*b", "a".repeat(100000) + "b")![0]!.length).toBe(100001);
  });
});
