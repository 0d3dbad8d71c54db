// Tests for FAT name rules, path normalisation, path helpers and text/binary detection.
import { describe, expect, it } from "vitest";
import { isTextPath, looksLikeText } from "./file-kinds";
import { comparePaths, isInside, parentPath, baseName, sanitizeName, validateFolderPath, validateName, validatePath } from "./names";

describe("validateName", () => {
  it.each([
    "code.py", "lib", "settings.toml", "My Project", "boot_out.txt", ".hidden", " leading-space.py",
    "ñandú.py", "日本語.txt", "a".repeat(255), "con-fig.py", "README",
  ])("accepts %j", (name) => {
    expect(validateName(name)).toEqual({ ok: true, value: name });
  });

  it.each([
    ["", /empty/],
    ["   ", /only spaces/],
    [".", /reserved/],
    ["..", /reserved/],
    ["a/b", /"\/"/],
    ["a\\b", /"\\"/],
    ["a:b", /":"/],
    ["a*b", /"\*"/],
    ["a?b", /"\?"/],
    ['a"b', /"""/],
    ["a<b", /"<"/],
    ["a>b", /">"/],
    ["a|b", /"\|"/],
    ["tab\there", /control character/],
    ["nul\u0000", /control character/],
    ["del\u007f", /control character/],
    ["trailing.", /ends with a dot or a space/],
    ["trailing ", /ends with a dot or a space/],
    ["a".repeat(256), /256 characters.*at most 255/],
    ["CON", /reserved device name/],
    ["nul.txt", /reserved device name/],
    ["com1.py", /reserved device name/],
  ])("rejects %j", (name, message) => {
    const r = validateName(name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("invalid-name");
      expect(r.error.message).toMatch(message);
    }
  });

  it("normalises to NFC so a name typed on macOS matches one typed elsewhere", () => {
    const decomposed = "cafe\u0301.py";
    expect(validateName(decomposed)).toEqual({ ok: true, value: "caf\u00e9.py" });
  });
});

describe("validatePath", () => {
  it.each([
    ["code.py", "code.py"],
    ["lib/adafruit_led/animation.py", "lib/adafruit_led/animation.py"],
    ["/code.py", "code.py"],
    ["lib//foo.py", "lib/foo.py"],
    ["./lib/./foo.py", "lib/foo.py"],
    ["lib/", "lib"],
  ])("normalises %j to %j", (path, expected) => {
    expect(validatePath(path)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", /empty/],
    ["/", /empty/],
    ["../code.py", /leave the project/],
    ["lib/../../x", /leave the project/],
    ["lib/../code.py", /leave the project/],
    ["lib\\foo.py", /backslash/],
    ["lib/a:b.py", /":"/],
    ["lib /foo.py", /ends with a dot or a space/],
    [("abcdefghij/").repeat(103) + "x.py", /at most 1024/],
  ])("rejects %j", (path, message) => {
    const r = validatePath(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it("allows the root only where a folder is expected", () => {
    expect(validateFolderPath("")).toEqual({ ok: true, value: "" });
    expect(validateFolderPath("/")).toEqual({ ok: true, value: "" });
    expect(validatePath("").ok).toBe(false);
  });
});

describe("path helpers", () => {
  it("splits paths", () => {
    expect(parentPath("lib/foo.py")).toBe("lib");
    expect(parentPath("code.py")).toBe("");
    expect(baseName("lib/foo.py")).toBe("foo.py");
  });

  it("knows what is inside a folder, case-insensitively", () => {
    expect(isInside("lib/a.py", "lib")).toBe(true);
    expect(isInside("LIB/a.py", "lib")).toBe(true);
    expect(isInside("lib", "lib")).toBe(true);
    expect(isInside("library/a.py", "lib")).toBe(false);
  });

  it("sorts as a tree", () => {
    const paths = ["lib-old", "lib/b.py", "Code.py", "lib", "lib/A.py", "boot.py"];
    expect([...paths].sort(comparePaths)).toEqual(["boot.py", "Code.py", "lib", "lib/A.py", "lib/b.py", "lib-old"]);
  });

  it("sanitizes names from outside instead of refusing them", () => {
    expect(sanitizeName("my:proj?", "x")).toBe("my_proj_");
    expect(sanitizeName("proj. ", "x")).toBe("proj");
    expect(sanitizeName("..", "fallback")).toBe("fallback");
    expect(sanitizeName("", "fallback")).toBe("fallback");
  });
});

describe("isTextPath", () => {
  it.each(["code.py", "settings.toml", "data.JSON", "notes.md", "log.csv", "README", "lib/x.pyi", "font.bdf", ".gitignore"])("%s is text", (p) => {
    expect(isTextPath(p)).toBe(true);
  });
  it.each(["lib/neopixel.mpy", "image.bmp", "firmware.uf2", "sound.wav", "font.pcf", "a.bin"])("%s is binary", (p) => {
    expect(isTextPath(p)).toBe(false);
  });
  it("sniffs content", () => {
    expect(looksLikeText(new TextEncoder().encode("print('hi') # ünïcode"))).toBe(true);
    expect(looksLikeText(new Uint8Array([0x4d, 0x00, 0x01]))).toBe(false);
    expect(looksLikeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(false);
  });
});
