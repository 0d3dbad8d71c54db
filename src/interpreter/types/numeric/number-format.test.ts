// format(int, spec) and '%c': the 'c' presentation type's alignment and range (MicroPython's rules).
import { describe, it, expect } from "vitest";
import "../text/test-setup";
import "../text/install";
import "../str";
import { formatIntSpec } from "./number-format";
import { percentFormat } from "../text/percent";
import { isException } from "../../runtime/errors";
import { PyTuple } from "../tuple";

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isException(e)) return `${e.$type.name}: ${e.args[0]}`;
    throw e;
  }
  return "no error";
}

describe("{:c}", () => {
  it("aligns right by default, like other numbers", () => {
    expect(formatIntSpec(48, "4c")).toBe("   0");
    expect(formatIntSpec(48, "<4c")).toBe("0   ");
    expect(formatIntSpec(48, "^4c")).toBe(" 0  ");
    expect(formatIntSpec(45, "05c")).toBe("0000-");
    expect(formatIntSpec(0x3bc, "c")).toBe("μ");
    expect(formatIntSpec(0x10ffff, "c")).toBe("\u{10ffff}");
  });
  it("raises OverflowError outside range(0x110000)", () => {
    expect(errorOf(() => formatIntSpec(0x110000, "c"))).toBe("OverflowError: %c arg not in range(0x110000)");
    expect(errorOf(() => formatIntSpec(-1, "c"))).toBe("OverflowError: %c arg not in range(0x110000)");
    expect(errorOf(() => formatIntSpec(2n ** 70n, "c"))).toBe("OverflowError: %c arg not in range(0x110000)");
    expect(errorOf(() => formatIntSpec(65, "+c"))).toBe("ValueError: sign not allowed with integer format specifier 'c'");
  });
});

describe("%c", () => {
  it("formats code points and checks their range", () => {
    expect(percentFormat("%c%c", new PyTuple([0x3bc, 0x1f40d]), false)).toBe("μ🐍");
    expect(percentFormat("%3c|%-3c", new PyTuple([65, 65]), false)).toBe("  A|A  ");
    expect(errorOf(() => percentFormat("%c", 0x110000, false))).toBe("OverflowError: %c arg not in range(0x110000)");
    expect(errorOf(() => percentFormat("%c", 2n ** 70n, false))).toMatch(/^OverflowError/);
  });
  it("'%.0g' % 1 is 1", () => {
    expect(percentFormat("%.0g", 1, false)).toBe("1");
  });
});
