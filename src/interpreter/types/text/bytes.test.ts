import { describe, it, expect } from "vitest";
import "./test-setup";
import "./install";
import "../str";
import { bytesType, bytesFromLatin1 } from "../bytes";
import { PyByteArray, bytearrayType } from "../bytearray";
import { memoryviewType } from "../memoryview";
import { callMethod, repr, getItem, setItem, binaryOp, len, toArray, richCompare, contains, str, delItem } from "../../runtime/protocol";
import { isException } from "../../runtime/errors";
import { PyList } from "../list";
import { PyTuple } from "../tuple";
import { PySlice } from "../slice";
import { None } from "../../runtime/builtin-types";
import { strType } from "../str";
import type { PyMethodDescriptor } from "../../runtime/function";
import type { PyValue } from "../../runtime/object";

const b = (s: string) => bytesFromLatin1(s);
const ba = (s: string) => new PyByteArray(bytesFromLatin1(s).data.slice());
const call = (s: PyValue, name: string, ...args: PyValue[]) => callMethod(s, name, args, null);
const make = (type: typeof bytesType, ...args: PyValue[]) => type.slots.new!(type, args, null);

function error(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0] ?? ""}`;
    throw e;
  }
  return "no error";
}

describe("bytes", () => {
  it("constructs", () => {
    expect(repr(make(bytesType))).toBe("b''");
    expect(repr(make(bytesType, 3))).toBe("b'\\x00\\x00\\x00'");
    expect(repr(make(bytesType, new PyList([128, 255])))).toBe("b'\\x80\\xff'");
    expect(repr(make(bytesType, "é", "utf-8"))).toBe("b'\\xc3\\xa9'");
    expect(error(() => make(bytesType, "abc"))).toBe("TypeError: wrong number of arguments");
    expect(error(() => make(bytesType, new PyList([256])))).toBe("ValueError: bytes value out of range");
    expect(error(() => make(bytesType, -1))).toMatch(/^ValueError/);
  });
  it("reprs, indexes, slices, iterates", () => {
    expect(repr(b("a'b\"\n\\"))).toBe("b'a\\'b\"\\n\\\\'");
    expect(repr(b("'"))).toBe(`b"'"`);
    expect(str(b("12"))).toBe("b'12'");
    expect(getItem(b("123"), -1)).toBe(51);
    expect(repr(getItem(b("12345"), new PySlice(1, None, 2)))).toBe("b'24'");
    expect(toArray(b("ab"))).toEqual([97, 98]);
    expect(len(b("abc"))).toBe(3);
  });
  it("shares str's methods with bytes semantics", () => {
    expect(call(b("0000"), "find", 48, 3)).toBe(3);
    expect(error(() => call(b("0000"), "find", 256))).toMatch(/^ValueError/);
    expect(call(b("\x80abc"), "find", b("a"), 1)).toBe(1);
    expect((call(b("a b"), "split") as PyList).items.map(repr)).toEqual(["b'a'", "b'b'"]);
    expect(repr(call(b("asdf"), "replace", b("a"), b("b")))).toBe("b'bsdf'");
    expect(repr(call(b(","), "join", new PyList([b("a"), ba("b")])))).toBe("b'a,b'");
    expect(repr(call(b("ab"), "upper"))).toBe("b'AB'");
    expect(call(b("caf\xc3\xa9"), "decode")).toBe("café");
    expect(call(b("\x01\xab"), "hex")).toBe("01ab");
    expect(repr((bytesType.dict.get("fromhex") as PyMethodDescriptor).call(bytesType, ["01 ab"], null))).toBe("b'\\x01\\xab'");
    expect(error(() => call(b("abc"), "find", "a"))).toBe("TypeError: can't convert 'str' object to bytes implicitly");
  });
  it("operates", () => {
    expect(repr(binaryOp(b("ab"), ba("c"), "add"))).toBe("b'abc'");
    expect(repr(binaryOp(b("ab"), 2, "mul"))).toBe("b'abab'");
    expect(richCompare(b("123"), ba("123"), "eq")).toBe(true);
    expect(richCompare(b("123"), ba("124"), "lt")).toBe(true);
    expect(richCompare(b("1"), "1", "eq")).toBe(false);
    expect(contains(b("1234"), ba("23"))).toBe(true);
    expect(contains(b("1234"), 50)).toBe(true);
    expect(repr(binaryOp(b("=%d=%s="), new PyTuple([1, b("x")]), "mod"))).toBe("b'=1=x='");
    expect(repr(binaryOp(b("%r"), b("s"), "mod"))).toBe(`b"b's'"`);
  });
  it("decodes with error handlers", () => {
    expect(strType.slots.new!(strType, [b("a\xffb\x80c"), "utf-8", "replace"], null)).toBe("a\ufffdb\ufffdc");
    expect(strType.slots.new!(strType, [b("x\xc3\x28y"), "utf-8", "ignore"], null)).toBe("x(y");
    expect(error(() => strType.slots.new!(strType, [b("a\xffb"), "utf-8"], null))).toBe("UnicodeError: ");
    expect(error(() => strType.slots.new!(strType, [b("ni\xe5"), "ascii"], null))).toBe("UnicodeError: ");
  });
});


describe("bytearray", () => {
  it("mutates", () => {
    const a = make(bytearrayType, new PyList([1, 2, 200])) as PyByteArray;
    setItem(a, 2, 255);
    callMethod(a, "append", [10]);
    expect(repr(a)).toBe("bytearray(b'\\x01\\x02\\xff\\n')");
    setItem(a, new PySlice(0, 2, None), b("xyz"));
    expect(repr(a)).toBe("bytearray(b'xyz\\xff\\n')");
    delItem(a, new PySlice(3, None, None));
    expect(repr(a)).toBe("bytearray(b'xyz')");
    expect(binaryOp(a, b("!"), "add") instanceof PyByteArray).toBe(true);
    callMethod(a, "extend", [a]);
    expect(repr(a)).toBe("bytearray(b'xyzxyz')");
    expect(error(() => setItem(a, 0, 256))).toMatch(/^ValueError/);
    expect(repr(call(ba(",") as PyValue, "join", new PyTuple([ba("abc"), b("def")])))).toBe("bytearray(b'abc,def')");
    expect(repr(call(ba("abc  efg "), "strip", b("g a")))).toBe("bytearray(b'bc  ef')");
  });
});

describe("memoryview", () => {
  it("views and assigns slices", () => {
    const b1 = ba("1234");
    const b2 = ba("5678");
    const m1 = make(memoryviewType, b1);
    const m2 = make(memoryviewType, b2);
    setItem(m2, new PySlice(1, 3, None), getItem(m1, new PySlice(0, 2, None)));
    expect(repr(b2)).toBe("bytearray(b'5128')");
    expect(error(() => setItem(m2, new PySlice(1, 3, None), b("1234")))).toMatch(/^ValueError/);
    const b3 = make(bytearrayType, make(memoryviewType, ba("0123456789")));
    const mv = make(memoryviewType, b3);
    setItem(mv, new PySlice(1, None, None), getItem(mv, new PySlice(None, -1, None)));
    expect(repr(b3)).toBe("bytearray(b'0012345678')");
    expect(repr(mv)).toBe("<memoryview>");
    expect(getItem(make(memoryviewType, b("ab")), 1)).toBe(98);
    expect(error(() => setItem(make(memoryviewType, b("ab")), 0, 1))).toMatch(/^TypeError/);
    expect(repr(make(bytesType, getItem(mv, new PySlice(0, 3, None))))).toBe("b'001'");
  });
});
