import { describe, it, expect } from "vitest";
import "./test-setup";
import "./install";
import "../str";
import "../bytes";
import { callMethod, repr, getItem, binaryOp, len, toArray, richCompare, contains } from "../../runtime/protocol";
import { isException } from "../../runtime/errors";
import { PyList } from "../list";
import { PyTuple } from "../tuple";
import { PySlice } from "../slice";
import { None } from "../../runtime/builtin-types";
import type { PyValue } from "../../runtime/object";

const call = (s: PyValue, name: string, ...args: PyValue[]) => callMethod(s, name, args, null);
const items = (v: PyValue) => (v as PyList).items;

function error(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0] ?? ""}`;
    throw e;
  }
  return "no error";
}

describe("str methods", () => {
  it("finds", () => {
    expect(call("hello world", "find", "ll")).toBe(2);
    expect(call("hello world", "find", "ll", 1, 3)).toBe(-1);
    expect(call("0000", "find", "0", 4)).toBe(-1);
    expect(call("abc", "find", "", 3)).toBe(3);
    expect(call("abc", "find", "", 4)).toBe(-1);
    expect(call("hello", "rfind", "l")).toBe(3);
    expect(call("hello", "index", "l", -100)).toBe(2);
    expect(error(() => call("0000", "index", "1"))).toBe("ValueError: substring not found");
    expect(error(() => call("abc", "find", 1))).toBe("TypeError: can't convert 'int' object to str implicitly");
    expect(call("a😀b😀", "find", "b")).toBe(2);
    expect(call("a😀b😀", "rfind", "😀")).toBe(3);
  });
  it("counts and replaces", () => {
    expect(call("aaa", "count", "a")).toBe(3);
    expect(call("aaa", "count", "")).toBe(4);
    expect(call("aaa", "count", "aa")).toBe(1);
    expect(call("abcabc", "replace", "b", "X", 1)).toBe("aXcabc");
    expect(call("abc", "replace", "", "-")).toBe("-a-b-c-");
  });
  it("splits and joins", () => {
    expect(items(call("  a  b c ", "split"))).toEqual(["a", "b", "c"]);
    expect(items(call("   a   b  c  ", "split", None, 1))).toEqual(["a", "b  c  "]);
    expect(items(call("a,b,,c", "split", ","))).toEqual(["a", "b", "", "c"]);
    expect(items(call("a,b,c", "rsplit", ",", 1))).toEqual(["a,b", "c"]);
    expect(items(call("   a   b  c  ", "rsplit", None, 1))).toEqual(["   a   b", "c"]);
    expect(error(() => call("abc", "split", ""))).toBe("ValueError: empty separator");
    expect(items(call("foo\r\nbar\n\nx", "splitlines"))).toEqual(["foo", "bar", "", "x"]);
    expect(items(callMethod("a\rb\r\r", "splitlines", [], new Map([["keepends", true]])))).toEqual(["a\r", "b\r", "\r"]);
    expect(call(",", "join", new PyList(["a", "b"]))).toBe("a,b");
    expect(error(() => call(",", "join", new PyList(["a", 1])))).toBe(
      "TypeError: join expects a list of str/bytes objects consistent with self object",
    );
  });
  it("strips, partitions, centres, changes case", () => {
    expect(call("  x ", "strip")).toBe("x");
    expect(call("xxaxx", "lstrip", "x")).toBe("axx");
    expect((call("a=b=c", "partition", "=") as PyTuple).items).toEqual(["a", "=", "b=c"]);
    expect((call("a=b=c", "rpartition", "=") as PyTuple).items).toEqual(["a=b", "=", "c"]);
    expect((call("abc", "rpartition", "=") as PyTuple).items).toEqual(["", "", "abc"]);
    expect(call("foo", "center", 6)).toBe(" foo  ");
    expect(call("ab", "center", 5)).toBe("  ab ");
    expect(call("aBc", "upper")).toBe("ABC");
    expect(call("123a", "islower")).toBe(true);
    expect(call("123", "isupper")).toBe(false);
    expect(call(" \t", "isspace")).toBe(true);
    expect(call("", "isdigit")).toBe(false);
    expect(call("hello", "startswith", new PyTuple(["x", "he"]))).toBe(true);
    expect(call("hello", "endswith", "ll", 0, 4)).toBe(true);
  });
  it("formats", () => {
    expect(call("{}-{}", "format", 1, "a")).toBe("1-a");
    expect(call("{1}{0}", "format", "a", "b")).toBe("ba");
    expect(call("{!r:>6}", "format", "ab")).toBe("  'ab'");
    expect(call("{:^7s}|{{}}", "format", "ab")).toBe("  ab   |{}");
    expect(callMethod("{a}{b[1]}", "format", [], new Map<string, PyValue>([["a", "x"], ["b", "yz"]]))).toBe("xz");
    expect(error(() => call("}", "format"))).toBe("ValueError: single '}' encountered in format string");
    expect(error(() => call("{}{0}", "format", 1))).toMatch(/can't switch from automatic/);
    expect(error(() => call("{}{}", "format", 1))).toBe("IndexError: tuple index out of range");
    expect(call("{:{}{}}", "format", "ab", ">", 4)).toBe("  ab");
  });
});

describe("str.format keyword names", () => {
  it("are interned names of at most 255 bytes", () => {
    const kw = (name: string) => new Map<string, PyValue>([[name, 1]]);
    const name255 = "a".repeat(255);
    expect(callMethod(`{${name255}}`, "format", [], kw(name255))).toBe("1");
    expect(error(() => callMethod(`{${name255}b}`, "format", [], kw(name255 + "b")))).toBe("RuntimeError: name too long");
    expect(error(() => callMethod(`{${"é".repeat(128)}}`, "format", [], kw("é".repeat(128))))).toBe("RuntimeError: name too long");
  });
});

describe("str slots", () => {
  it("reprs like MicroPython", () => {
    expect(repr("abc")).toBe("'abc'");
    expect(repr("'\"")).toBe("'\\'\"'");
    expect(repr("'")).toBe(`"'"`);
    expect(repr("\x07\b\t\n\v\f\r\x7f\\")).toBe("'\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x7f\\\\'");
    expect(repr("café😀")).toBe("'café😀'");
  });
  it("indexes and slices by code point", () => {
    expect(getItem("abc", -1)).toBe("c");
    expect(getItem("a😀b", 1)).toBe("😀");
    expect(getItem("a😀b", 2)).toBe("b");
    expect(len("a😀b")).toBe(3);
    expect(getItem("abcdef", new PySlice(None, None, -2))).toBe("fdb");
    expect(getItem("a😀b", new PySlice(1, None, None))).toBe("😀b");
    expect(error(() => getItem("abc", 3))).toBe("IndexError: string index out of range");
    expect(error(() => getItem("abc", "x"))).toBe("TypeError: string indices must be integers, not str");
    expect(toArray("a😀")).toEqual(["a", "😀"]);
  });
  it("operates", () => {
    expect(binaryOp("ab", 3, "mul")).toBe("ababab");
    expect(binaryOp(2, "ab", "mul")).toBe("abab");
    expect(error(() => binaryOp("1", 1, "add"))).toBe("TypeError: can't convert 'int' object to str implicitly");
    expect(richCompare("a", "b", "lt")).toBe(true);
    expect(contains("abc", "bc")).toBe(true);
  });
  it("%-formats", () => {
    expect(binaryOp("%s=%d", new PyTuple(["a", 5]), "mod")).toBe("a=5");
    expect(binaryOp("%5s|%-5s|", new PyTuple(["ab", "cd"]), "mod")).toBe("   ab|cd   |");
    expect(binaryOp("%05d %x %#o %+d", new PyTuple([-42, 255, 8, 3]), "mod")).toBe("-0042 ff 0o10 +3");
    expect(binaryOp("%c%c", new PyTuple([65, "b"]), "mod")).toBe("Ab");
    expect(binaryOp("%.1s", "ab", "mod")).toBe("a");
    expect(binaryOp("%*d", new PyTuple([4, 7]), "mod")).toBe("   7");
    expect(error(() => binaryOp("%s %s", 1, "mod"))).toBe("TypeError: not enough arguments for format string");
    expect(error(() => binaryOp("%s", new PyTuple([1, 2]), "mod"))).toBe(
      "TypeError: not all arguments converted during string formatting",
    );
    expect(error(() => binaryOp("%(a)s", 1, "mod"))).toBe("TypeError: format requires a dict");
    expect(error(() => binaryOp("%l", 1, "mod"))).toBe("ValueError: unsupported format character 'l' (0x6c) at index 1");
    expect(error(() => binaryOp("a%", 1, "mod"))).toBe("ValueError: incomplete format");
  });
});
