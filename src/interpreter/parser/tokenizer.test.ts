// Tokenizer unit tests: token kinds, indentation, line joining, literals, operators and f-strings.

import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenizer.js";
import { StringFlags, TokenError, TokenKind, type Token } from "./tokens.js";

const KIND_NAMES = Object.fromEntries(Object.entries(TokenKind).map(([name, value]) => [value, name]));

/** Tokens as short strings: `Name:x`, `Op:+`, `Indent`, `String:'a'` (source text for literals). */
function show(source: string): string[] {
  return tokenize(source).map((token) => describeToken(source, token));
}

function describeToken(source: string, token: Token): string {
  const kind = KIND_NAMES[token.kind];
  switch (token.kind) {
    case TokenKind.Name: case TokenKind.Keyword: return `${kind}:${token.value}`;
    case TokenKind.Operator: return `Op:${token.value}`;
    case TokenKind.Number: case TokenKind.String: case TokenKind.FStringStart: case TokenKind.FStringMiddle: case TokenKind.FStringEnd:
      return `${kind}:${source.slice(token.start, token.start + token.length)}`;
    default: return kind;
  }
}

describe("tokenizer: basics", () => {
  it("splits a simple statement", () => {
    expect(show("x = a.b + 1\n")).toEqual(["Name:x", "Op:=", "Name:a", "Op:.", "Name:b", "Op:+", "Number:1", "NewLine", "EndOfStream"]);
  });

  it("recognises keywords, including __debug__", () => {
    expect(show("if not x: pass")).toEqual(["Keyword:if", "Keyword:not", "Name:x", "Op::", "Keyword:pass", "NewLine", "EndOfStream"]);
    expect(show("__debug__")[0]).toBe("Keyword:__debug__");
  });

  it("adds a NewLine at the end of input without one, and none for empty input", () => {
    expect(show("x")).toEqual(["Name:x", "NewLine", "EndOfStream"]);
    expect(show("")).toEqual(["EndOfStream"]);
    expect(show("\n\n  \n# only a comment\n")).toEqual(["EndOfStream"]);
  });

  it("records offsets and lengths", () => {
    const tokens = tokenize("ab  =  12");
    expect(tokens.slice(0, 3).map((t) => [t.start, t.length])).toEqual([[0, 2], [4, 1], [7, 2]]);
  });

  it("accepts \\r\\n and \\r line endings", () => {
    expect(show("a\r\nb\rc")).toEqual(["Name:a", "NewLine", "Name:b", "NewLine", "Name:c", "NewLine", "EndOfStream"]);
  });

  it("skips a byte order mark", () => {
    expect(show("\ufeffx")).toEqual(["Name:x", "NewLine", "EndOfStream"]);
  });

  it("reads non-ASCII identifiers and rejects other characters", () => {
    expect(show("αβγ = 1")[0]).toBe("Name:αβγ");
    expect(show("a_é1b𝔘c9 # x\ry")).toEqual(["Name:a_é1b𝔘c9", "NewLine", "Name:y", "NewLine", "EndOfStream"]);
    const tokens = tokenize("x = “hi”");
    expect(tokens[2].kind).toBe(TokenKind.Invalid);
    expect(tokens[2].flags).toBe(TokenError.BadCharacter);
  });

  it("flags control characters, $, ? and a lone !", () => {
    for (const source of ["123\u0001", "$", "?", "!", "`"]) {
      expect(tokenize(source).some((t) => t.kind === TokenKind.Invalid)).toBe(true);
    }
  });
});

describe("tokenizer: lines and indentation", () => {
  it("emits Indent and Dedent", () => {
    expect(show("if x:\n    y\nz\n")).toEqual([
      "Keyword:if", "Name:x", "Op::", "NewLine", "Indent", "Name:y", "NewLine", "Dedent", "Name:z", "NewLine", "EndOfStream",
    ]);
  });

  it("closes open blocks at the end of input", () => {
    expect(show("if x:\n  if y:\n    z").slice(-4)).toEqual(["NewLine", "Dedent", "Dedent", "EndOfStream"]);
  });

  it("ignores blank and comment-only lines when measuring indentation", () => {
    expect(show("if x:\n\n  # note\n    \n  y\n").filter((t) => t === "Indent" || t === "Dedent")).toEqual(["Indent", "Dedent"]);
  });

  it("counts a tab as reaching the next multiple of 8 (as MicroPython does)", () => {
    const kinds = show("if 1:\n\tpass\n        pass\n").filter((t) => t === "Indent" || t === "Dedent");
    expect(kinds).toEqual(["Indent", "Dedent"]);
    // Spaces, tab, space = column 9; a form feed restarts the count; 3 spaces and a tab = 8, matching no level.
    const mixed = tokenize("if 1:\n  \t pass\n         pass\n\f         pass\n   \tpass\n").filter((t) => t.kind === TokenKind.Indent || t.kind === TokenKind.Dedent);
    expect(mixed.map((t) => [t.kind, t.flags])).toEqual([[TokenKind.Indent, 0], [TokenKind.Dedent, TokenError.DedentMismatch], [TokenKind.Dedent, 0]]);
  });

  it("flags a dedent that matches no outer level", () => {
    const dedent = tokenize("if x:\n    a\n  b\n").find((t) => t.kind === TokenKind.Dedent);
    expect(dedent?.flags).toBe(TokenError.DedentMismatch);
  });

  it("joins lines inside brackets", () => {
    expect(show("f(1,\n  2)\n")).toEqual(["Name:f", "Op:(", "Number:1", "Op:,", "Number:2", "Op:)", "NewLine", "EndOfStream"]);
  });

  it("joins lines after a backslash and flags a stray backslash", () => {
    expect(show("x = 1 + \\\n  2")).toEqual(["Name:x", "Op:=", "Number:1", "Op:+", "Number:2", "NewLine", "EndOfStream"]);
    const invalid = tokenize("a \\a").find((t) => t.kind === TokenKind.Invalid);
    expect(invalid?.flags).toBe(TokenError.BadLineContinuation);
  });

  it("does not let a stray closing bracket make the depth negative", () => {
    expect(show(")\nx\n")).toEqual(["Op:)", "NewLine", "Name:x", "NewLine", "EndOfStream"]);
  });
});

describe("tokenizer: numbers", () => {
  it("reads the forms Python has", () => {
    for (const text of ["0", "123", "0x1F", "0o17", "0b101", "1_000", "1.5", "1.", ".5", "1e10", "1E-5", "1_000.5", "3j", "1.5J", "0e0"]) {
      expect(show(text)[0]).toBe(`Number:${text}`);
    }
  });

  it("reads a number run-on with letters as one malformed token, like MicroPython", () => {
    expect(show("123z")[0]).toBe("Number:123z");
    expect(show("0x1for")[0]).toBe("Number:0x1for");
  });

  it("stops at operators", () => {
    expect(show("1+2")).toEqual(["Number:1", "Op:+", "Number:2", "NewLine", "EndOfStream"]);
    expect(show("1e+5-2").slice(0, 3)).toEqual(["Number:1e+5", "Op:-", "Number:2"]);
  });
});

describe("tokenizer: strings", () => {
  it("reads all prefixes in any case", () => {
    for (const prefix of ["", "r", "u", "b", "rb", "br", "R", "U", "B", "Rb", "bR", "BR"]) {
      const tokens = tokenize(`${prefix}'x'`);
      expect(tokens[0].kind).toBe(TokenKind.String);
      expect(tokens[0].length).toBe(prefix.length + 3);
    }
  });

  it("treats invalid prefixes as names", () => {
    expect(show("ur'x'").slice(0, 2)).toEqual(["Name:ur", "String:'x'"]);
    expect(show("bu'x'")[0]).toBe("Name:bu");
  });

  it("reads triple-quoted strings across lines and escaped quotes", () => {
    expect(show("'''a\n'b'\n'''")[0]).toBe("String:'''a\n'b'\n'''");
    expect(show("'a\\'b'")[0]).toBe("String:'a\\'b'");
    expect(show("r'a\\'b'")[0]).toBe("String:r'a\\'b'");
  });

  it("flags unterminated strings", () => {
    const single = tokenize("'abc\nx")[0];
    expect(single.flags & StringFlags.Unterminated).toBeTruthy();
    expect(single.length).toBe(4);
    const triple = tokenize("'''abc")[0];
    expect(triple.flags & StringFlags.Unterminated).toBeTruthy();
  });

  it("keeps adjacent literals as separate tokens", () => {
    expect(show("'a' 'b'").slice(0, 2)).toEqual(["String:'a'", "String:'b'"]);
  });
});

describe("tokenizer: operators", () => {
  it("takes the longest operator", () => {
    expect(show("a **= b //= c -> d := e ... f != g <<= h >>= i @= j")
      .filter((t) => t.startsWith("Op:"))).toEqual(["Op:**=", "Op://=", "Op:->", "Op::=", "Op:...", "Op:!=", "Op:<<=", "Op:>>=", "Op:@="]);
  });

  it("reads two dots as two tokens", () => {
    expect(show("..").slice(0, 2)).toEqual(["Op:.", "Op:."]);
  });
});

describe("tokenizer: f-strings", () => {
  it("splits literal text and replacement fields", () => {
    expect(show("f'a{x}b'").slice(0, 7)).toEqual([
      "FStringStart:f'", "FStringMiddle:a", "Op:{", "Name:x", "Op:}", "FStringMiddle:b", "FStringEnd:'",
    ]);
  });

  it("reads conversions, format specs and nested fields", () => {
    expect(show("f'{x!r:>{w}}'").slice(0, 11)).toEqual([
      "FStringStart:f'", "Op:{", "Name:x", "Exclamation", "Name:r", "Op::", "FStringMiddle:>", "Op:{", "Name:w", "Op:}", "Op:}",
    ]);
  });

  it("keeps doubled braces in literal text", () => {
    expect(show("f'{{a}}'").slice(0, 3)).toEqual(["FStringStart:f'", "FStringMiddle:{{a}}", "FStringEnd:'"]);
  });

  it("treats != and brackets inside a field as ordinary tokens", () => {
    expect(show("f'{a!=b}'").slice(1, 6)).toEqual(["Op:{", "Name:a", "Op:!=", "Name:b", "Op:}"]);
    expect(show("f'{d[1:2]}'").slice(1, 9)).toEqual(["Op:{", "Name:d", "Op:[", "Number:1", "Op::", "Number:2", "Op:]", "Op:}"]);
  });

  it("nests f-strings with the same quotes (Python 3.12)", () => {
    const kinds = tokenize('f"a{f"b{x}"}"').map((t) => KIND_NAMES[t.kind]);
    expect(kinds.filter((k) => k === "FStringStart")).toHaveLength(2);
    expect(kinds.filter((k) => k === "FStringEnd")).toHaveLength(2);
  });

  it("ends an unterminated f-string at the end of the line", () => {
    const tokens = tokenize("f'{x\ny = 1");
    const end = tokens.find((t) => t.kind === TokenKind.FStringEnd);
    expect(end?.flags ? end.flags & StringFlags.Unterminated : 0).toBeTruthy();
    expect(show("f'{x\ny = 1").slice(-5)).toEqual(["Name:y", "Op:=", "Number:1", "NewLine", "EndOfStream"]);
  });

  it("reads raw and triple-quoted f-strings", () => {
    expect(show("rf'\\d{x}'").slice(0, 2)).toEqual(["FStringStart:rf'", "FStringMiddle:\\d"]);
    expect(show("f'''a\n{x}\n'''").slice(0, 3)).toEqual(["FStringStart:f'''", "FStringMiddle:a\n", "Op:{"]);
  });
});
