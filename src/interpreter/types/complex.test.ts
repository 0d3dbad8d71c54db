// complex: abs() and ** use MicroPython's sqrt(a*a + b*b), in double and in the Pico's single precision.
import { describe, it, expect } from "vitest";
import { Interpreter, makeMemoryHost } from "../index";

function run(source: string, floatPrecision: "double" | "single"): string {
  let out = "";
  new Interpreter(makeMemoryHost((s) => void (out += s)), { floatPrecision }).runModule(source, "t.py");
  return out;
}

describe("complex magnitude", () => {
  it("is sqrt(a*a + b*b) like MicroPython's (not hypot)", () => {
    const src = "import math\nprint(abs(1e200+1e200j), abs(complex(0.1, 0.7)) == math.sqrt(0.1*0.1 + 0.7*0.7), abs(3+4j))\n";
    expect(run(src, "double")).toBe("inf True 5.0\n");
  });

  it("rounds each step to single precision on the Pico", () => {
    // Single-precision float arithmetic rounds every operation too, so the same formula written in Python agrees.
    const src = "import math\nz = [complex(0.1, 0.7), complex(1.3, -2.9), complex(123.4, 0.01)]\n" +
      "print([abs(c) == math.sqrt(c.real * c.real + c.imag * c.imag) for c in z], abs(3+4j), abs(1e20+1e20j))\n";
    expect(run(src, "single")).toBe("[True, True, True] 5.0 inf\n");
  });

  it("starts cmath.polar, log and log10 from a*a + b*b, as MicroPython's do", () => {
    const src =
      "import cmath, math\nz = [complex(0.1, 0.7), complex(-1.3, 2.9), complex(1234.5, -0.01)]\n" +
      "print([cmath.polar(c)[0] == math.sqrt(c.real * c.real + c.imag * c.imag) for c in z])\n" +
      "print([cmath.log(c).real == 0.5 * math.log(c.real * c.real + c.imag * c.imag) for c in z])\n" +
      "print([cmath.log10(c).real == 0.5 * math.log10(c.real * c.real + c.imag * c.imag) for c in z])\n" +
      "print(cmath.polar(1e200+1e200j)[0], cmath.log(1e-200+1e-200j).real)\n";
    const expected = "[True, True, True]\n".repeat(3) + "inf -inf\n";
    expect(run(src, "double")).toBe(expected);
    expect(run(src.replace("1e200+1e200j", "1e30+1e30j").replace("1e-200+1e-200j", "1e-30+1e-30j"), "single")).toBe(expected);
  });
});
