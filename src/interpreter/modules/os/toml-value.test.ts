// Tests: settings.toml values and drive path resolution.
import { describe, expect, it } from "vitest";
import { parseTomlValue } from "./toml-value";
import { resolvePath, setCurrentDir, resetPaths } from "./paths";

describe("settings.toml values", () => {
  it("reads strings and integers", () => {
    expect(parseTomlValue('"my \\"wifi\\"\\n" # comment')).toBe('my "wifi"\n');
    expect(parseTomlValue("1_000")).toBe(1000);
    expect(parseTomlValue("-0x10")).toBe(-16);
    expect(parseTomlValue("true")).toBeUndefined();
  });
});

describe("paths", () => {
  it("resolves relative paths against the current directory", () => {
    setCurrentDir("/lib");
    expect(resolvePath("a/../b.py")).toBe("/lib/b.py");
    expect(resolvePath("/x//y/.")).toBe("/x/y");
    expect(resolvePath("..")).toBe("/");
    resetPaths();
    expect(resolvePath("data/f.txt")).toBe("/data/f.txt");
  });
});
