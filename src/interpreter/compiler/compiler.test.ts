// Compiler unit tests: scope analysis, the shape of generated code, and behaviour of compiled programs.
import { describe, it, expect } from "vitest";
import { parse } from "../parser/index";
import { analyzeModule } from "./scope";
import { generateModuleSource } from "./index";
import { Interpreter, makeMemoryHost } from "../index";
import type * as A from "../parser/ast";

function scopesOf(source: string) {
  const parsed = parse(source, "t.py");
  expect(parsed.diagnostics).toEqual([]);
  return { table: analyzeModule(parsed.module), module: parsed.module };
}

function jsOf(source: string): string {
  const parsed = parse(source, "t.py");
  return generateModuleSource(parsed.module, (o) => parsed.lines.lineOf(o), { filename: "t.py", mode: "exec" }).source;
}

function run(source: string): string {
  let out = "";
  const interp = new Interpreter(makeMemoryHost((s) => void (out += s)), { floatPrecision: "double" });
  interp.runModule(source, "t.py");
  return out;
}

describe("scope analysis", () => {
  it("resolves locals, free variables, globals and class names", () => {
    const { table, module } = scopesOf(
      "g = 1\ndef f(a):\n    b = a\n    def h():\n        nonlocal b\n        return b + g\n    return h\nclass C:\n    x = 1\n",
    );
    const f = table.of(module.body[1]);
    expect(f.resolve("a").kind).toBe("local");
    expect(f.resolve("g").kind).toBe("global");
    const h = table.of((module.body[1] as A.FunctionDefStmt).body[1]);
    expect(h.resolve("b")).toMatchObject({ kind: "free" });
    expect(f.captured.has("b")).toBe(true);
    expect(table.of(module.body[2]).resolve("x").kind).toBe("class");
  });

  it("skips class scopes for names used in methods and comprehensions", () => {
    const { table, module } = scopesOf("def f():\n    v = 1\n    class K:\n        v = 2\n        def m(self):\n            return v\n");
    const k = (module.body[0] as A.FunctionDefStmt).body[1] as A.ClassDefStmt;
    expect(table.of(k.body[1]).resolve("v")).toMatchObject({ kind: "free" });
  });

  it("marks generators and the class cell for super()", () => {
    const { table, module } = scopesOf("class A:\n    def m(self):\n        super().m()\n        yield 1\n");
    const cls = table.of(module.body[0]);
    expect(cls.needsClassCell).toBe(true);
    const m = table.of((module.body[0] as A.ClassDefStmt).body[0]);
    expect(m.isGenerator && m.usesClassCell).toBe(true);
  });
});

describe("generated code", () => {
  it("keeps locals in JS variables and counts loop back-edges", () => {
    const js = jsOf("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
    expect(js).toContain("let $ln");
    expect(js).toMatch(/t_ = \$iadd\(t_, i_\)/);
    expect(js).toContain("--$R.budget");
    expect(js).toContain("$rangeType");
  });

  it("reads instance attributes inline", () => {
    expect(jsOf("def f(o):\n    return o.x\n")).toContain("$o.$dict.x");
  });

  it("writes a method call's arguments once, so nested method calls don't double the code", () => {
    const js = jsOf("def f(a, b, c):\n    return a.x(b.y(c.z(1)))\n");
    expect(js.match(/\$methodIC\(/g)?.length).toBe(3);
  });
});

describe("compiled programs", () => {
  it("run statements, closures and classes", () => {
    expect(run("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk()\ni()\nprint(i())\n")).toBe("2\n");
    expect(run("class A:\n    def __init__(self, v): self.v = v\n    def __add__(self, o): return A(self.v + o.v)\nprint((A(1) + A(2)).v)\n")).toBe("3\n");
  });

  it("looks a method up before its arguments run, as MicroPython's LOAD_METHOD does", () => {
    const src =
      "class A:\n    def m(self, x): return 'A.m' + x\n" +
      "def g(o):\n    o.m = lambda x: 'inst' + x\n    return '!'\n" +
      "a = A()\nprint(a.m(g(a)), a.m('?'), [1].count(1), 'ab'.upper())\n";
    expect(run(src)).toBe("A.m! inst? 1 AB\n");
  });

  it("handles for/else, while/else, break and continue", () => {
    expect(run("for i in range(3):\n    if i == 5: break\nelse:\n    print('else')\nwhile True:\n    break\nelse:\n    print('no')\n")).toBe("else\n");
    expect(run("out = []\nfor i in [1, 2, 3, 4]:\n    if i % 2: continue\n    out.append(i)\nprint(out)\n")).toBe("[2, 4]\n");
  });

  it("reports unbound locals and undefined names with MicroPython's wording", () => {
    expect(run("def f():\n    print(x)\n    x = 1\ntry:\n    f()\nexcept NameError as e:\n    print(e)\n")).toBe("local variable referenced before assignment\n");
    expect(run("try:\n    nope\nexcept NameError as e:\n    print(e)\n")).toBe("name 'nope' isn't defined\n");
  });

  it("prints MicroPython tracebacks with Python line numbers", () => {
    let err = "";
    const interp = new Interpreter(makeMemoryHost(() => undefined, (s) => void (err += s)), {});
    interp.runModule("def f():\n    return 1 / 0\n\nf()\n", "code.py");
    expect(err).toBe(
      'Traceback (most recent call last):\n  File "code.py", line 4, in <module>\n  File "code.py", line 2, in f\nZeroDivisionError: divide by zero\n',
    );
  });

  it("turns deep recursion into RuntimeError", () => {
    expect(run("def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RuntimeError as e:\n    print(e)\n")).toBe("maximum recursion depth exceeded\n");
  });

  it("reports syntax errors as MicroPython does", () => {
    let err = "";
    const interp = new Interpreter(makeMemoryHost(() => undefined, (s) => void (err += s)), {});
    interp.runModule("x = 1\nif x\n", "code.py");
    expect(err).toBe('Traceback (most recent call last):\n  File "code.py", line 2\nSyntaxError: invalid syntax\n');
  });

  it("folds const() and keeps big ints exact", () => {
    expect(run("from micropython import const\nX = const(3 << 4)\nprint(X, 2 ** 64 + 1, 9007199254740991 + 2)\n")).toBe(
      "48 18446744073709551617 9007199254740993\n",
    );
  });

  it("echoes expression values in REPL (single) mode and keeps the namespace", () => {
    let out = "";
    const interp = new Interpreter(makeMemoryHost((s) => void (out += s)), {});
    interp.runRepl("x = 6 * 7");
    interp.runRepl("x");
    interp.runRepl("for i in range(2): i");
    interp.runRepl("None");
    expect(out).toBe("42\n0\n1\n");
  });

  it("lets Python names equal the runtime helpers' names", () => {
    expect(run("def add(a, b):\n    return a + b\ndef call(f):\n    return f()\ndef getItem(x):\n    return x[0]\nprint(add(1, 2), call(lambda: 5), getItem([7]))\n")).toBe("3 5 7\n");
  });

  it("supports generators with send, yield from and return values", () => {
    expect(run("def s():\n    x = yield 1\n    return x * 2\ndef o():\n    r = yield from s()\n    yield r\ng = o()\nnext(g)\nprint(g.send(21))\n")).toBe("42\n");
  });
});
