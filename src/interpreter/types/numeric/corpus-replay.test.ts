// Replays two float tests of the conformance corpus at the TypeScript level (no compiler needed) against both
// expected outputs: double precision (unix port) and single precision (a real Pico).
import { describe, it, expect, afterEach } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { config } from "../../runtime/config";
import { floatDivmod, floatMod } from "./float-ops";
import { floatRepr, formatFloat } from "./float-format";
import { floatLiteralValue, parseFloatText } from "./parse";

const SHARED = resolve(process.cwd(), "../shared");
const DOUBLE_DIR = resolve(SHARED, "conformance/float");
const SINGLE_DIR = resolve(SHARED, "conformance-pico/float");

afterEach(() => {
  config.singlePrecision = true;
});

function expected(dir: string, name: string): string[] {
  return readFileSync(resolve(dir, name + ".exp"), "utf8").trimEnd().split("\n");
}

/** float/float_divmod.py: '%.8f' of x // y, x % y and divmod over a grid. */
function floatDivmodOutput(): string[] {
  const r = config.singlePrecision ? Math.fround : (x: number) => x;
  const out: string[] = [];
  const f8 = (x: number) => formatFloat(x, "f", 8, "");
  const cap = (b: boolean) => (b ? "True" : "False");
  const eps = floatLiteralValue(1e-15);
  const test = (x: number, y: number) => {
    const [div, mod] = floatDivmod(x, y);
    const fd = floatDivmod(x, y)[0];
    const fm = floatMod(x, y);
    out.push(`${f8(fd)} ${f8(fm)} ${f8(div)} ${f8(mod)}`);
    out.push(`${cap(div === fd)} ${cap(mod === fm)} ${cap(Math.abs(r(r(r(div * y) + mod) - x)) < eps)}`);
  };
  const a = floatLiteralValue(1.23456);
  const b = floatLiteralValue(0.7);
  for (const [x, y] of [[a, b], [-a, b], [a, -b], [-a, -b], [a, b], [a, -b], [-a, b], [-a, -b]]) test(x, y);
  for (let i = 0; i < 25; i++) {
    for (let j = 0; j < 25; j++) test(r(r(i - 12.5) / 6), r(r(j - 12.5) / 6));
  }
  return out;
}

/** float/float_format_ints_doubleprec.py without its array part: repr of float("1e" + str(i)). */
function floatFormatIntsOutput(): string[] {
  const out = [formatFloat(parseFloatText("9".repeat(400) + "e-200"), "e", 12, ""), formatFloat(parseFloatText("9".repeat(400) + "e-300"), "e", 12, "")];
  const r = config.singlePrecision ? Math.fround : (x: number) => x;
  out.push(formatFloat(r(1e100), "e", 12, ""), formatFloat(r(1e200), "e", 12, ""));
  for (let i = 0; i < 300; i++) out.push(floatRepr(parseFloatText("1e" + i)));
  return out;
}

describe.runIf(existsSync(DOUBLE_DIR) && existsSync(SINGLE_DIR))("corpus float tests replayed", () => {
  for (const [name, run] of [["float_divmod.py", floatDivmodOutput], ["float_format_ints_doubleprec.py", floatFormatIntsOutput]] as const) {
    it(`${name} in double precision`, () => {
      config.singlePrecision = false;
      expect(run()).toEqual(expected(DOUBLE_DIR, name));
    });
    it(`${name} in single precision (Pico)`, () => {
      config.singlePrecision = true;
      expect(run()).toEqual(expected(SINGLE_DIR, name));
    });
  }
});
