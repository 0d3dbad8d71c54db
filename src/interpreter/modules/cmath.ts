// The `cmath` module as MicroPython provides it: exp, log, log10, sqrt, sin, cos, phase, polar, rect, e, pi.
import type { PyValue } from "../runtime/object";
import { typeOf } from "../runtime/builtin-types";
import { roundFloat } from "../runtime/config";
import { raiseTypeError } from "../runtime/errors";
import { builtinFunction } from "../runtime/function";
import { PyModule } from "../types/module";
import { PyFloat } from "../types/float";
import { PyTuple } from "../types/tuple";
import { asComplexOperand, newComplex } from "../types/complex";
import { floatArg } from "./math";

const r = roundFloat;
const LOG10_E = 0.4342944819032518;

function complexArg(v: PyValue): [number, number] {
  return asComplexOperand(v) ?? raiseTypeError(`can't convert ${typeOf(v).name} to complex`);
}

function complexFn(fn: (re: number, im: number) => [number, number]): (v: PyValue) => PyValue {
  return (v) => {
    const [re, im] = complexArg(v);
    const [a, b] = fn(re, im);
    return newComplex(a, b);
  };
}

/** re*re + im*im in the build's precision (MicroPython's polar, log and log10 start from it, not from hypot). */
function squaredModulus(re: number, im: number): number {
  return r(r(re * re) + r(im * im));
}

function modulus(re: number, im: number): number {
  return r(Math.sqrt(squaredModulus(re, im)));
}

/** The module object (one per interpreter). */
export function createCmathModule(): PyModule {
  const m = new PyModule("cmath");
  const set = (name: string, fn: (v: PyValue) => PyValue) => m.set(name, builtinFunction(name, 1, 1, fn));
  m.set("e", new PyFloat(r(Math.E)));
  m.set("pi", new PyFloat(r(Math.PI)));
  set("phase", (v) => {
    const [re, im] = complexArg(v);
    return new PyFloat(r(Math.atan2(im, re)));
  });
  set("polar", (v) => {
    const [re, im] = complexArg(v);
    return new PyTuple([new PyFloat(modulus(re, im)), new PyFloat(r(Math.atan2(im, re)))]);
  });
  m.set("rect", builtinFunction("rect", 2, 2, (a: PyValue, b: PyValue) => {
    const radius = floatArg(a);
    const angle = floatArg(b);
    return newComplex(r(radius * r(Math.cos(angle))), r(radius * r(Math.sin(angle))));
  }));
  set("exp", complexFn((re, im) => {
    const e = r(Math.exp(re));
    return [e * r(Math.cos(im)), e * r(Math.sin(im))];
  }));
  set("log", complexFn((re, im) => [r(0.5 * r(Math.log(squaredModulus(re, im)))), r(Math.atan2(im, re))]));
  set("log10", complexFn((re, im) => [r(0.5 * r(Math.log10(squaredModulus(re, im)))), LOG10_E * r(Math.atan2(im, re))]));
  set("sqrt", complexFn((re, im) => {
    const root = r(Math.pow(r(r(re * re) + r(im * im)), 0.25));
    const theta = r(0.5 * r(Math.atan2(im, re)));
    return [root * r(Math.cos(theta)), root * r(Math.sin(theta))];
  }));
  set("cos", complexFn((re, im) => [r(Math.cos(re)) * r(Math.cosh(im)), -r(Math.sin(re)) * r(Math.sinh(im))]));
  set("sin", complexFn((re, im) => [r(Math.sin(re)) * r(Math.cosh(im)), r(Math.cos(re)) * r(Math.sinh(im))]));
  return m;
}
