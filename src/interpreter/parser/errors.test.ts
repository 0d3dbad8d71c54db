// Error tests: the first diagnostic of bad input — exception class, MicroPython message, line and column.

import { describe, expect, it } from "vitest";
import { parse } from "./index.js";

/** [source, errorType, message, line, column] of the first diagnostic. */
const CASES: [string, string, string, number, number][] = [
  ["a \\a\n", "SyntaxError", "invalid syntax", 1, 3],
  ["def f():\n  a\n a\n", "IndentationError", "unindent doesn't match any outer indent level", 3, 2],
  ["'abc", "SyntaxError", "invalid syntax", 1, 1],
  [" a\n", "IndentationError", "unexpected indent", 1, 2],
  ["123z", "SyntaxError", "invalid syntax for integer with base 10: '123z'", 1, 1],
  ["1 or 2 or", "SyntaxError", "invalid syntax", 1, 10],
  ["{1:", "SyntaxError", "invalid syntax", 1, 4],
  ["1 = 2", "SyntaxError", "can't assign to expression", 1, 1],
  ["'' = 1", "SyntaxError", "can't assign to expression", 1, 1],
  ["{} = 1", "SyntaxError", "can't assign to expression", 1, 1],
  ["(i for i in a) = 1", "SyntaxError", "can't assign to expression", 1, 1],
  ["f() = 1", "SyntaxError", "can't assign to expression", 1, 1],
  ["f**2 = 1", "SyntaxError", "can't assign to expression", 1, 1],
  ["x = *x", "SyntaxError", "*x must be assignment target", 1, 5],
  ["*a, *b = c", "SyntaxError", "multiple *x in assignment", 1, 5],
  ["a, b += c", "SyntaxError", "can't assign to expression", 1, 1],
  ["[a, b] += c", "SyntaxError", "can't assign to expression", 1, 1],
  ["def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12],
  ["del f()", "SyntaxError", "can't delete expression", 1, 5],
  ["del (a for a in a)", "SyntaxError", "can't delete expression", 1, 5],
  ["break", "SyntaxError", "'break'/'continue' outside loop", 1, 1],
  ["continue", "SyntaxError", "'break'/'continue' outside loop", 1, 1],
  ["yield", "SyntaxError", "'yield' outside function", 1, 1],
  ["nonlocal a", "SyntaxError", "can't declare nonlocal in outer code", 1, 1],
  ["await 1", "SyntaxError", "'await' outside function", 1, 1],
  ["try:\n a\nexcept:\n pass\nexcept:\n pass", "SyntaxError", "default 'except' must be last", 5, 1],
  ["f(1=2)", "SyntaxError", "LHS of keyword arg must be an id", 1, 3],
  ["f(a=1, 2)", "SyntaxError", "positional arg after keyword arg", 1, 8],
  ["{1:2, 3}", "SyntaxError", "expecting key:value for dict", 1, 7],
  ["{1, 2:3}", "SyntaxError", "expecting just a value for set", 1, 5],
  ["'abc' b'def'", "SyntaxError", "invalid syntax", 1, 7],
  ["def f(a, a): pass", "SyntaxError", "argument name reused", 1, 10],
  ["def f(x):\n global x", "SyntaxError", "identifier redefined as global", 2, 2],
  ["def f(x):\n nonlocal x", "SyntaxError", "identifier redefined as nonlocal", 2, 2],
  ["def f(x, *a, *):\n pass", "SyntaxError", "invalid syntax", 1, 14],
  ["lambda x, *a, **kw, r: 1", "SyntaxError", "invalid syntax", 1, 21],
  ["if 1:\npass", "SyntaxError", "invalid syntax", 2, 1],
  ["print(1 2)", "SyntaxError", "invalid syntax", 1, 9],
  ["x = (1,\n", "SyntaxError", "invalid syntax", 2, 1],
  ["x = 1 +\ny = 2", "SyntaxError", "invalid syntax", 1, 8],
  ["0x", "SyntaxError", "invalid syntax for integer with base 16: ''", 1, 1],
  ["01", "SyntaxError", "invalid syntax for integer with base 0: '01'", 1, 1],
  ["1e", "SyntaxError", "invalid syntax for number", 1, 1],
  ["1.2.3", "SyntaxError", "invalid syntax for number", 1, 1],
  ["'\\N{DASH}'", "NotImplementedError", "unicode name escapes", 1, 2],
  ["'\\x4'", "SyntaxError", "invalid syntax", 1, 2],
  ["b'\\777'", "SyntaxError", "invalid syntax", 1, 3],
  ["'\\U00110000'", "SyntaxError", "invalid syntax", 1, 2],
  ["f'{}'", "SyntaxError", "f-string: valid expression required before '}'", 1, 3],
  ["f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 3],
  ["f'{x!z}'", "SyntaxError", "invalid syntax", 1, 6],
  ["f'{x'", "SyntaxError", "invalid syntax", 1, 5],
  ["f'{x:{y}'", "SyntaxError", "invalid syntax", 1, 9],
  ["x = $", "SyntaxError", "invalid syntax", 1, 5],
  ["def f():\n    return 1\n  x = 2", "IndentationError", "unindent doesn't match any outer indent level", 3, 3],
  ["class A:\n return 1", "SyntaxError", "'return' outside function", 2, 2],
  ["def f():\n class A:\n  yield", "SyntaxError", "'yield' outside function", 3, 3],
  ["for x in y:\n def g():\n  break", "SyntaxError", "'break'/'continue' outside loop", 3, 3],
  ["while 1:\n pass\nelse:\n break", "SyntaxError", "'break'/'continue' outside loop", 4, 2],
  ["f(**a, *b)", "SyntaxError", "* arg after **", 1, 8],
  ["f(**a, b)", "SyntaxError", "positional arg after **", 1, 8],
  ["f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3],
  ["def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7],
  ["x, y: int = 1", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1],
  ["(a.b := 1)", "SyntaxError", "can't assign to expression", 1, 2],
  ["print((*a))", "SyntaxError", "*x must be assignment target", 1, 8],
  ["async for x in y: pass", "SyntaxError", "async for/with outside async function", 1, 1],
  ["def f():\n async with a: pass", "SyntaxError", "async for/with outside async function", 2, 2],
  ["x = 1 if 2", "SyntaxError", "invalid syntax", 1, 11],
  ["@x\nx = 1", "SyntaxError", "invalid syntax", 2, 1],
  ["from a import *, b", "SyntaxError", "invalid syntax", 1, 16],
  ["import .a", "SyntaxError", "invalid syntax", 1, 8],
  ["try:\n pass\n", "SyntaxError", "invalid syntax", 3, 1],
  ["try:\n pass\nelse:\n pass", "SyntaxError", "invalid syntax", 3, 1],
  ["x.None", "SyntaxError", "invalid syntax", 1, 3],
  ["def f(): [(yield) for x in y]", "SyntaxError", "'yield' outside function", 1, 12],
];

function firstProblem(source: string): [string, string, number, number] | null {
  const result = parse(source);
  const first = result.diagnostics[0];
  if (first === undefined) return null;
  return [first.errorType, first.message, result.lines.lineOf(first.start), result.lines.columnOf(first.start)];
}

describe("parser: errors", () => {
  it.each(CASES)("%j", (source, errorType, message, line, column) => {
    expect(firstProblem(source)).toEqual([errorType, message, line, column]);
  });
});

describe("parser: errors that need more than one line to show", () => {
  it("limits nesting instead of overflowing the stack", () => {
    expect(firstProblem("(".repeat(300) + ")".repeat(300))?.[1]).toBe("too many nested parentheses");
    expect(firstProblem("-".repeat(5000) + "1")?.[1]).toBe("too many nested parentheses");
    expect(firstProblem("not ".repeat(5000) + "1")?.[1]).toBe("too many nested parentheses");
    expect(firstProblem("x = " + "[".repeat(1000))?.[1]).toBe("too many nested parentheses");
  });

  it("accepts long elif chains", () => {
    let source = "if x == 0: pass\n";
    for (let i = 1; i < 5000; i++) source += `elif x == ${i}: pass\n`;
    source += "else: pass\n";
    expect(firstProblem(source)).toBeNull();
  });

  it("limits chains of ** too", () => {
    expect(firstProblem("x = " + "2 ** ".repeat(3000) + "2")?.[1]).toBe("too many nested parentheses");
  });

  it("accepts 100 nested parentheses and long flat expressions", () => {
    expect(firstProblem("(".repeat(100) + "1" + ")".repeat(100))).toBeNull();
    expect(firstProblem("x = " + Array.from({ length: 20000 }, (_, i) => `a${i}`).join(" + "))).toBeNull();
    expect(firstProblem("x = [" + "1, ".repeat(50000) + "]")).toBeNull();
  });

  it("limits indentation depth", () => {
    let source = "";
    for (let i = 0; i < 120; i++) source += " ".repeat(i) + "if x:\n";
    source += " ".repeat(120) + "pass\n";
    expect(firstProblem(source)?.slice(0, 2)).toEqual(["IndentationError", "too many levels of indentation"]);
  });

  it("reports one problem per line and carries on with the next lines", () => {
    const result = parse("x = = 1\ny = 2\nz = )\nw = 3\n");
    expect(result.diagnostics.map((d) => result.lines.lineOf(d.start))).toEqual([1, 3]);
    const assignedLines = result.module.body.filter((s) => s.kind === "Assign").map((s) => result.lines.lineOf(s.start));
    expect(assignedLines).toEqual(expect.arrayContaining([2, 4]));
  });

  it("reads the block after a broken header so its lines do not cascade", () => {
    const result = parse("if x y:\n    a = 1\n    b = 2\nc = 3\n");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.module.body.map((s) => s.kind)).toEqual(["If", "Assign"]);
  });

  it("parses the lines of an unexpected indented block", () => {
    const result = parse("x = 1\n    y = 2\n    z = (\n");
    expect(result.diagnostics[0].message).toBe("unexpected indent");
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(1);
  });

  it("explains terse messages in `detail`", () => {
    expect(parse("if 1:\npass").diagnostics[0].detail).toBe("expected an indented block");
    expect(parse("s = 'abc").diagnostics[0].detail).toBe("unterminated string literal");
    expect(parse("s = '''abc").diagnostics[0].detail).toBe("unterminated triple-quoted string literal");
  });

  it("rejects non-ASCII characters in bytes literals", () => {
    expect(firstProblem("b'é'")?.[1]).toBe("bytes can only contain ASCII literal characters");
  });

  it("rejects control characters after an expression (MicroPython's lexer test)", () => {
    for (let byte = 0; byte < 9; byte++) expect(firstProblem("123" + String.fromCharCode(byte))?.[0]).toBe("SyntaxError");
    expect(firstProblem("123\t")).toBeNull();
  });
});
