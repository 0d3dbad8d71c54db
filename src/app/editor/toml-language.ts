// A small Monarch grammar for TOML (settings.toml on CircuitPython); Monaco ships none.
import type * as Monaco from "monaco-editor/editor/editor.api";

export const tomlLanguage: Monaco.languages.IMonarchLanguage = {
  defaultToken: "",
  tokenPostfix: ".toml",
  tokenizer: {
    root: [
      [/^\s*\[\[?[^\]]*\]\]?/, "type"],
      [/#.*$/, "comment"],
      [/[A-Za-z0-9_.-]+(?=\s*=)/, "key"],
      [/"""/, "string", "@mlBasic"],
      [/'''/, "string", "@mlLiteral"],
      [/"/, "string", "@basic"],
      [/'[^']*'/, "string"],
      [/\b(true|false)\b/, "keyword"],
      [/\d{4}-\d{2}-\d{2}([Tt ][\d:.]+)?([Zz]|[+-]\d{2}:\d{2})?/, "number"],
      [/[+-]?(0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|inf|nan|\d[\d_]*(\.[\d_]+)?([eE][+-]?\d+)?)/, "number"],
      [/[=,{}[\]]/, "delimiter"],
    ],
    basic: [
      [/[^"\\]+/, "string"],
      [/\\./, "string.escape"],
      [/"/, "string", "@pop"],
    ],
    mlBasic: [
      [/"""/, "string", "@pop"],
      [/\\./, "string.escape"],
      [/./, "string"],
    ],
    mlLiteral: [
      [/'''/, "string", "@pop"],
      [/./, "string"],
    ],
  },
};

export const tomlConfiguration: Monaco.languages.LanguageConfiguration = {
  comments: { lineComment: "#" },
  brackets: [["[", "]"], ["{", "}"]],
  autoClosingPairs: [
    { open: "[", close: "]" },
    { open: "{", close: "}" },
    { open: '"', close: '"', notIn: ["string"] },
    { open: "'", close: "'", notIn: ["string"] },
  ],
};
