// JSON highlighting as a small Monarch grammar. Monaco's JSON language service (validation in its own worker)
// would add about 1.5 MB to the download for a file type a Pico project rarely has.
import type * as Monaco from "monaco-editor/editor/editor.api";

export const jsonLanguage: Monaco.languages.IMonarchLanguage = {
  defaultToken: "invalid",
  tokenPostfix: ".json",
  tokenizer: {
    root: [
      [/\s+/, ""],
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, "type"],
      [/"(?:[^"\\]|\\.)*"/, "string"],
      [/-?\d+(\.\d+)?([eE][+-]?\d+)?/, "number"],
      [/\b(true|false|null)\b/, "keyword"],
      [/[{}[\]]/, "delimiter.bracket"],
      [/[,:]/, "delimiter"],
      [/\/\/.*$/, "comment"],
    ],
  },
};

export const jsonConfiguration: Monaco.languages.LanguageConfiguration = {
  brackets: [["{", "}"], ["[", "]"]],
  autoClosingPairs: [
    { open: "{", close: "}" },
    { open: "[", close: "]" },
    { open: '"', close: '"', notIn: ["string"] },
  ],
};
