// Parser tests per construct: each source must parse cleanly into the expected tree (compact dump).

import { describe, expect, it } from "vitest";
import { dumpAst } from "./ast-dump.js";
import { parse } from "./index.js";

/** The dump of the statements of `source` (a single statement dumps without the list brackets). */
function dump(source: string): string {
  const result = parse(source);
  expect(result.diagnostics).toEqual([]);
  const body = result.module.body;
  return dumpAst(body.length === 1 ? body[0] : body);
}

const CASES: [source: string, expected: string][] = [
  ["x: int = 5",
    "AnnAssign(target=x, annotation=int, value=5, simple=True)"],
  ["x: int",
    "AnnAssign(target=x, annotation=int, simple=True)"],
  ["(x): int = 1",
    "AnnAssign(target=x, annotation=int, value=1)"],
  ["a.b: list[int]",
    "AnnAssign(target=Attribute(value=a, attr=\"b\"), annotation=Subscript(value=list, slice=int))"],
  ["def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw: dict) -> None:\n    \"\"\"doc\"\"\"\n    return a",
    "FunctionDef(name=\"f\", args=arguments(posonlyargs=[arg(arg=\"a\"), arg(arg=\"b\", annotation=int)], args=[arg(arg=\"c\")], vararg=arg(arg=\"args\", annotation=str), kwonlyargs=[arg(arg=\"d\"), arg(arg=\"e\")], kwDefaults=[None, 3], kwarg=arg(arg=\"kw\", annotation=dict), defaults=[1, 2]), body=[Expr(value=\"doc\"), Return(value=a)], returns=None, docstring=\"doc\")"],
  ["lambda x, y=1, *a, z, **k: x + y",
    "Expr(value=Lambda(args=arguments(args=[arg(arg=\"x\"), arg(arg=\"y\")], vararg=arg(arg=\"a\"), kwonlyargs=[arg(arg=\"z\")], kwDefaults=[None], kwarg=arg(arg=\"k\"), defaults=[1]), body=BinOp(left=x, op=\"+\", right=y)))"],
  ["lambda: 0",
    "Expr(value=Lambda(args=arguments(), body=0))"],
  ["async def f():\n    async for x in y:\n        await z\n    async with a as b, c as d:\n        pass\n    return [i async for i in g() if await i]",
    "FunctionDef(name=\"f\", args=arguments(), body=[For(target=x, iter=y, body=[Expr(value=Await(value=z))], isAsync=True), With(items=[withitem(contextExpr=a, optionalVars=b), withitem(contextExpr=c, optionalVars=d)], body=[Pass()], isAsync=True), Return(value=ListComp(elt=i, generators=[comprehension(target=i, iter=Call(func=g), ifs=[Await(value=i)], isAsync=True)]))], isAsync=True)"],
  ["@dec\n@dec2(1).x\nclass A(B, metaclass=M, *rest, **kw):\n    x = 1",
    "ClassDef(name=\"A\", bases=[B, Starred(value=rest)], keywords=[keyword(arg=\"metaclass\", value=M), keyword(value=kw)], body=[Assign(targets=[x], value=1)], decorators=[dec, Attribute(value=Call(func=dec2, args=[1]), attr=\"x\")])"],
  ["def g():\n    x = yield",
    "FunctionDef(name=\"g\", args=arguments(), body=[Assign(targets=[x], value=Yield())])"],
  ["a = b = c = 1, 2",
    "Assign(targets=[a, b, c], value=Tuple(elts=[1, 2]))"],
  ["a, *b = c",
    "Assign(targets=[Tuple(elts=[a, Starred(value=b)])], value=c)"],
  ["for x, (y, *z) in w: pass\nelse: pass",
    "For(target=Tuple(elts=[x, Tuple(elts=[y, Starred(value=z)], parenthesized=True)]), iter=w, body=[Pass()], orelse=[Pass()])"],
  ["while (n := f()) > 0: break",
    "While(test=Compare(left=NamedExpr(target=n, value=Call(func=f)), ops=[\">\"], comparators=[0]), body=[Break()])"],
  ["x = 1 if a else 2 if b else 3",
    "Assign(targets=[x], value=IfExp(test=a, body=1, orelse=IfExp(test=b, body=2, orelse=3)))"],
  ["a < b <= c != d is not e not in f in g is h",
    "Expr(value=Compare(left=a, ops=[\"<\", \"<=\", \"!=\", \"is not\", \"not in\", \"in\", \"is\"], comparators=[b, c, d, e, f, g, h]))"],
  ["not a and b or c and not d",
    "Expr(value=BoolOp(op=\"or\", values=[BoolOp(op=\"and\", values=[UnaryOp(op=\"not\", operand=a), b]), BoolOp(op=\"and\", values=[c, UnaryOp(op=\"not\", operand=d)])]))"],
  ["-x ** -y ** 2",
    "Expr(value=UnaryOp(op=\"-\", operand=BinOp(left=x, op=\"**\", right=UnaryOp(op=\"-\", operand=BinOp(left=y, op=\"**\", right=2)))))"],
  ["a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
    "Expr(value=BinOp(left=a, op=\"|\", right=BinOp(left=b, op=\"^\", right=BinOp(left=c, op=\"&\", right=BinOp(left=BinOp(left=d, op=\"<<\", right=e), op=\">>\", right=BinOp(left=BinOp(left=f, op=\"+\", right=g), op=\"-\", right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=h, op=\"*\", right=i), op=\"/\", right=j), op=\"//\", right=k), op=\"%\", right=l), op=\"@\", right=m)))))))"],
  ["async def g():\n    ~a + await b",
    "FunctionDef(name=\"g\", args=arguments(), body=[Expr(value=BinOp(left=UnaryOp(op=\"~\", operand=a), op=\"+\", right=Await(value=b)))], isAsync=True)"],
  ["x[1:2, ::3, a:, :b, ...]",
    "Expr(value=Subscript(value=x, slice=Tuple(elts=[Slice(lower=1, upper=2), Slice(step=3), Slice(lower=a), Slice(upper=b), ...])))"],
  ["x[a:b:c]",
    "Expr(value=Subscript(value=x, slice=Slice(lower=a, upper=b, step=c)))"],
  ["x[()]",
    "Expr(value=Subscript(value=x, slice=Tuple(parenthesized=True)))"],
  ["x[1:2,]",
    "Expr(value=Subscript(value=x, slice=Tuple(elts=[Slice(lower=1, upper=2)])))"],
  ["x[*a]",
    "Expr(value=Subscript(value=x, slice=Tuple(elts=[Starred(value=a)])))"],
  ["{**a, 'k': v, **b}",
    "Expr(value=Dict(keys=[None, \"k\", None], values=[a, v, b]))"],
  ["{*a, b}",
    "Expr(value=Set(elts=[Starred(value=a), b]))"],
  ["[*a, *b]",
    "Expr(value=List(elts=[Starred(value=a), Starred(value=b)]))"],
  ["{}",
    "Expr(value=Dict())"],
  ["{1: 2 for x in y for z in w if z if w}",
    "Expr(value=DictComp(key=1, value=2, generators=[comprehension(target=x, iter=y), comprehension(target=z, iter=w, ifs=[z, w])]))"],
  ["(x for x in y)",
    "Expr(value=GeneratorExp(elt=x, generators=[comprehension(target=x, iter=y)]))"],
  ["f(x for x in y)",
    "Expr(value=Call(func=f, args=[GeneratorExp(elt=x, generators=[comprehension(target=x, iter=y)])]))"],
  ["f(a, *b, c=1, *d, **e)",
    "Expr(value=Call(func=f, args=[a, Starred(value=b), Starred(value=d)], keywords=[keyword(arg=\"c\", value=1), keyword(value=e)]))"],
  ["async def g():\n    [x async for x in y]",
    "FunctionDef(name=\"g\", args=arguments(), body=[Expr(value=ListComp(elt=x, generators=[comprehension(target=x, iter=y, isAsync=True)]))], isAsync=True)"],
  ["((a))",
    "Expr(value=a)"],
  ["(a,)",
    "Expr(value=Tuple(elts=[a], parenthesized=True))"],
  ["()",
    "Expr(value=Tuple(parenthesized=True))"],
  ["def g():\n    (yield x)",
    "FunctionDef(name=\"g\", args=arguments(), body=[Expr(value=Yield(value=x))])"],
  ["def g():\n    x = yield from y",
    "FunctionDef(name=\"g\", args=arguments(), body=[Assign(targets=[x], value=YieldFrom(value=y))])"],
  ["del a, b[0], c.d",
    "Delete(targets=[a, Subscript(value=b, slice=0), Attribute(value=c, attr=\"d\")])"],
  ["del (a, b)",
    "Delete(targets=[Tuple(elts=[a, b], parenthesized=True)])"],
  ["global a, b",
    "Global(names=[\"a\", \"b\"])"],
  ["def g():\n    nonlocal a",
    "FunctionDef(name=\"g\", args=arguments(), body=[Nonlocal(names=[\"a\"])])"],
  ["assert x, \"m\"",
    "Assert(test=x, msg=\"m\")"],
  ["raise X from Y",
    "Raise(exc=X, cause=Y)"],
  ["raise",
    "Raise()"],
  ["import a.b.c as d, e",
    "Import(names=[alias(name=\"a.b.c\", asname=\"d\"), alias(name=\"e\")])"],
  ["from . import x",
    "ImportFrom(names=[alias(name=\"x\")], level=1)"],
  ["from ..a.b import (c as d, e,)",
    "ImportFrom(module=\"a.b\", names=[alias(name=\"c\", asname=\"d\"), alias(name=\"e\")], level=2)"],
  ["from ... import z",
    "ImportFrom(names=[alias(name=\"z\")], level=3)"],
  ["from .... import z",
    "ImportFrom(names=[alias(name=\"z\")], level=4)"],
  ["from a import *",
    "ImportFrom(module=\"a\", names=[alias(name=\"*\")], level=0)"],
  ["try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[A, B], parenthesized=True), name=\"e\", body=[Pass()]), ExceptHandler(type=C, body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])"],
  ["with (a as b, c as d,): pass",
    "With(items=[withitem(contextExpr=a, optionalVars=b), withitem(contextExpr=c, optionalVars=d)], body=[Pass()])"],
  ["with (a, b): pass",
    "With(items=[withitem(contextExpr=a), withitem(contextExpr=b)], body=[Pass()])"],
  ["with (a) as b: pass",
    "With(items=[withitem(contextExpr=a, optionalVars=b)], body=[Pass()])"],
  ["with (a, b) as c: pass",
    "With(items=[withitem(contextExpr=Tuple(elts=[a, b], parenthesized=True), optionalVars=c)], body=[Pass()])"],
  ["if a: pass\nelif b: pass\nelif c: pass\nelse: pass",
    "If(test=a, body=[Pass()], orelse=[If(test=b, body=[Pass()], orelse=[If(test=c, body=[Pass()], orelse=[Pass()])])])"],
  ["x = 5; y = 6;",
    "[Assign(targets=[x], value=5), Assign(targets=[y], value=6)]"],
  ["x += 1",
    "AugAssign(target=x, op=\"+\", value=1)"],
  ["x **= 2",
    "AugAssign(target=x, op=\"**\", value=2)"],
  ["print(f\"{x!r:>{w}}\", f'{x=}', f\"{{}}\")",
    "Expr(value=Call(func=print, args=[JoinedStr(values=[FormattedValue(value=x, conversion=114, formatSpec=JoinedStr(values=[\">\", FormattedValue(value=w)]))]), JoinedStr(values=[\"x=\", FormattedValue(value=x, conversion=114)]), JoinedStr(values=[\"{}\"])]))"],
  ["s = 'a' \"b\" '''c''' r'\\d'",
    "Assign(targets=[s], value=\"abc\\\\d\")"],
  ["b = b'\\x00\\xff' rb'\\d'",
    "Assign(targets=[b], value=b\"\\u0000ÿ\\\\d\")"],
  ["n = 0xff, 0o17, 0b101, 1_000, 2**64, 1.5, 1e-3, 2j, 123456789012345678901234567890",
    "Assign(targets=[n], value=Tuple(elts=[255, 15, 5, 1000, BinOp(left=2, op=\"**\", right=64), float(1.5), float(0.001), imag(2), 123456789012345678901234567890n]))"],
  ["e = ...",
    "Assign(targets=[e], value=...)"],
  ["t = True, False, None, __debug__",
    "Assign(targets=[t], value=Tuple(elts=[True, False, None, True]))"],
  ["a @= b",
    "AugAssign(target=a, op=\"@\", value=b)"],
];

describe("parser: constructs", () => {
  it.each(CASES)("%j", (source, expected) => {
    expect(dump(source)).toBe(expected);
  });
});

describe("parser: layout", () => {
  it("joins lines with backslashes and brackets, and ignores comments", () => {
    expect(dump("x = 1 + \\\n    2  # comment\ny = [1,\n  # inside\n  2]")).toBe(
      "[Assign(targets=[x], value=BinOp(left=1, op=\"+\", right=2)), Assign(targets=[y], value=List(elts=[1, 2]))]");
  });

  it("reads nested blocks indented with tabs and spaces", () => {
    expect(dump("def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n")).toBe(
      "FunctionDef(name=\"f\", args=arguments(), body=[If(test=x, body=[Return(value=1)]), Return(value=2)])");
  });

  it("reads a compound statement's body on the header line", () => {
    expect(dump("class C: x = 1; y = 2")).toBe(
      "ClassDef(name=\"C\", body=[Assign(targets=[x], value=1), Assign(targets=[y], value=2)])");
  });

  it("decorates async functions", () => {
    expect(dump("@d\nasync def f(): pass")).toBe(
      "FunctionDef(name=\"f\", args=arguments(), body=[Pass()], decorators=[d], isAsync=True)");
  });
});

describe("parser: positions", () => {
  it("gives statements and expressions offset + length", () => {
    const source = "x = foo(1, bar)\nif x:\n    y = 2\n";
    const [assign, ifStmt] = parse(source).module.body;
    expect([assign.start, assign.length]).toEqual([0, 15]);
    expect(assign.kind === "Assign" && [assign.value.start, assign.value.length]).toEqual([4, 11]);
    expect([ifStmt.start, ifStmt.length]).toEqual([16, source.length - 1 - 16]);
  });

  it("maps offsets to lines and columns", () => {
    const { lines } = parse("a = 1\r\nbb = 2\nc");
    expect([lines.lineOf(0), lines.columnOf(0)]).toEqual([1, 1]);
    expect([lines.lineOf(7), lines.columnOf(8)]).toEqual([2, 2]);
    expect(lines.lineText(2)).toBe("bb = 2");
    expect(lines.lineText(3)).toBe("c");
  });
});

describe("parser: literals", () => {
  it("decodes escapes as MicroPython does", () => {
    expect(dump(String.raw`'\n\t\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600\q'`)).toBe(
      `Expr(value=${JSON.stringify("\n\t\\'\"\x07\b\f\v\0AAé😀\\q")})`);
  });

  it("continues a string over an escaped newline", () => {
    expect(dump("'a\\\nb'")).toBe('Expr(value="ab")');
  });

  it("keeps \\u escapes literal in bytes", () => {
    expect(dump(String.raw`b'\u1234\x41'`)).toBe(`Expr(value=b${JSON.stringify("\\u1234A")})`);
  });

  it("normalises newlines inside triple-quoted strings", () => {
    expect(dump("'''a\r\nb\rc'''")).toBe('Expr(value="a\\nb\\nc")');
  });

  it("keeps ints up to 2**53-1 as numbers and larger ones as bigints", () => {
    expect(dump("9007199254740991, 9007199254740992, 0x20000000000000")).toBe(
      "Expr(value=Tuple(elts=[9007199254740991, 9007199254740992n, 9007199254740992n]))");
  });

  it("reads float and imaginary forms", () => {
    expect(dump("1., .5, 1e3, 1_000.5, 5j, 1.5e-3J, 09.5")).toBe(
      "Expr(value=Tuple(elts=[float(1), float(0.5), float(1000), float(1000.5), imag(5), imag(0.0015), float(9.5)]))");
  });

  it("concatenates f-strings with plain strings", () => {
    expect(dump("'a' f'{x}' 'b' f'c'")).toBe('Expr(value=JoinedStr(values=["a", FormattedValue(value=x), "bc"]))');
  });

  it("keeps the debug text of {x = } with its spaces, repr by default", () => {
    expect(dump("f'{x = }'")).toBe('Expr(value=JoinedStr(values=["x = ", FormattedValue(value=x, conversion=114)]))');
    expect(dump("f'{x=!s}'")).toBe('Expr(value=JoinedStr(values=["x=", FormattedValue(value=x, conversion=115)]))');
    expect(dump("f'{x=:>4}'")).toBe('Expr(value=JoinedStr(values=["x=", FormattedValue(value=x, formatSpec=JoinedStr(values=[">4"]))]))');
  });

  it("nests f-strings with the same quotes (Python 3.12)", () => {
    expect(dump('f"a{f"b{x}c"}d"')).toBe(
      'Expr(value=JoinedStr(values=["a", FormattedValue(value=JoinedStr(values=["b", FormattedValue(value=x), "c"])), "d"]))');
  });

  it("allows tuples, dicts and a != comparison inside fields", () => {
    expect(dump("f'{x,}{ {1: 2} }{a != b}'")).toBe(
      'Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[x])), FormattedValue(value=Dict(keys=[1], values=[2])), FormattedValue(value=Compare(left=a, ops=["!="], comparators=[b]))]))');
  });
});

describe("parser: modes", () => {
  it("parses one expression in eval mode", () => {
    const result = parse("  1 + 2\n\n", "<eval>", "eval");
    expect(result.diagnostics).toEqual([]);
    expect(dumpAst(result.module.body)).toBe('[Expr(value=BinOp(left=1, op="+", right=2))]');
  });

  it("rejects statements and empty input in eval mode", () => {
    expect(parse("x = 1", "<eval>", "eval").diagnostics[0]?.message).toBe("invalid syntax");
    expect(parse("", "<eval>", "eval").diagnostics[0]?.message).toBe("invalid syntax");
    expect(parse("1;", "<eval>", "eval").diagnostics[0]?.message).toBe("invalid syntax");
  });

  it("parses one statement (or one line of them) in single mode, as MicroPython's REPL does", () => {
    expect(parse("x = 1; y = 2", "<stdin>", "single").diagnostics).toEqual([]);
    expect(parse("if 1:\n  pass\n", "<stdin>", "single").diagnostics).toEqual([]);
    expect(parse("", "<stdin>", "single").diagnostics).toEqual([]);
    expect(parse("x = 1\ny = 2\n", "<stdin>", "single").diagnostics[0]?.message).toBe("invalid syntax");
    expect(parse("\\\n", "<stdin>", "single").diagnostics[0]?.message).toBe("invalid syntax");
  });

  it("accepts empty input and lone line continuations in exec mode", () => {
    expect(parse("").diagnostics).toEqual([]);
    expect(parse("\\\n").diagnostics).toEqual([]);
  });
});
