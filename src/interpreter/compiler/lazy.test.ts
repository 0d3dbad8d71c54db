// Lazily compiled module-level functions: same behaviour as eager compilation, errors still at compile time.
import { describe, it, expect } from "vitest";
import { Interpreter, makeMemoryHost, compileSource } from "../index";

function run(source: string): { out: string; err: string } {
  let out = "";
  let err = "";
  const interp = new Interpreter(makeMemoryHost((s) => void (out += s), (s) => void (err += s)), { floatPrecision: "double" });
  interp.runModule(source, "t.py");
  return { out, err };
}

let fileCounter = 0;
const uniqueName = () => `lazy${fileCounter++}.py`;

describe("lazily compiled functions", () => {
  it("are generated on the first call (module code only at compile time) unless eager is asked for", () => {
    const source = "def f(a, b=2):\n    return a + b\nprint(f(1))\n";
    const lazy = compileSource(source, uniqueName(), "exec");
    const eager = compileSource(source, uniqueName(), "exec", true);
    expect(lazy.source).toContain("$makeLazyFunction(");
    expect(lazy.source).not.toContain("function py$f");
    expect(eager.source).toContain("function py$f");
  });

  it("run with defaults, generators, decorators and as methods", () => {
    const src =
      "def f(a, b=10, *rest, k=5, **kw):\n    return a + b + k + len(rest) + len(kw)\n" +
      "def g(n):\n    for i in range(n):\n        yield i * i\n" +
      "def deco(fn):\n    return lambda *a: fn(*a) * 2\n" +
      "@deco\ndef h(x):\n    return x + 1\n" +
      "def m(self, y):\n    return self.v + y\n" +
      "class A:\n    v = 100\nA.m = m\n" +
      "keep = f\n" +
      "print(f(1), f(1, 2), f(1, 2, 3, k=0, z=1), keep(0), list(g(4)), h(3), A().m(1), A().m(2))\n";
    expect(run(src).out).toBe("16 8 5 15 [0, 1, 4, 9] 8 101 102\n");
  });

  it("keep MicroPython's traceback lines", () => {
    const { err } = run("def inner(x):\n    return 1 // x\n\ndef outer():\n    return inner(0)\n\nouter()\n");
    expect(err).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 7, in <module>\n  File "t.py", line 5, in outer\n' +
        '  File "t.py", line 2, in inner\nZeroDivisionError: divide by zero\n',
    );
  });

  it("still report the code generator's syntax errors before the program runs", () => {
    const bodies = [
      "    from m import *\n",
      "    g(x=1, *a)\n",
      "    class K(**kw):\n        pass\n",
      "    @micropython.nonsense\n    def h():\n        pass\n",
      "    X = const(y)\n",
    ];
    for (const body of bodies) {
      const { out, err } = run(`print('started')\ndef f():\n${body}`);
      expect(out, body).toBe("");
      expect(err, body).toMatch(/SyntaxError/);
    }
  });

  it("see only the const() names defined before them, as when compiled with the module", () => {
    const src =
      "from micropython import const\n_A = const(1)\ndef f():\n    return _A\ndef g():\n    return _B\n_B = const(2)\n" +
      "print(f())\ntry:\n    g()\nexcept NameError as e:\n    print(e)\n";
    expect(run(src).out).toBe("1\nname '_B' isn't defined\n");
  });

  it("compile with the optimisation level the module was compiled with", () => {
    const src = "import micropython\ndef f():\n    assert False, 'kept'\n    return 1\nmicropython.opt_level(1)\ntry:\n    f()\nexcept AssertionError as e:\n    print('assert', e)\nmicropython.opt_level(0)\n";
    expect(run(src).out).toBe("assert kept\n");
  });
});
