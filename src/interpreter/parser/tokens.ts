// Token kinds and the token record the tokenizer produces and the parsers consume.

/** What a token is. Numeric so comparisons in the parser's hot paths are cheap. */
export const TokenKind = {
  EndOfStream: 0,
  NewLine: 1,
  Indent: 2,
  Dedent: 3,
  Name: 4,
  Keyword: 5,
  Number: 6,
  /** A complete (non-f) string literal; `flags` holds StringFlags. */
  String: 7,
  /** `f"` up to the first literal text or replacement field; `flags` holds StringFlags. */
  FStringStart: 8,
  /** Literal text inside an f-string (or inside a format spec); `flags` holds StringFlags. */
  FStringMiddle: 9,
  /** The closing quote of an f-string (zero length when the f-string is unterminated). */
  FStringEnd: 10,
  /** Delimiters and operators; `value` is the operator text, e.g. "(" or "**=". */
  Operator: 11,
  /** `!` introducing an f-string conversion (`{x!r}`); only produced inside replacement fields. */
  Exclamation: 12,
  /** A character that cannot start any token; `flags` holds the TokenError. */
  Invalid: 13,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Bit flags on String / FStringStart / FStringMiddle tokens. One bit per prefix letter, so the prefix length is the number of prefix bits set. */
export const StringFlags = {
  Raw: 1,
  Bytes: 2,
  Unicode: 4,
  Format: 8,
  Triple: 16,
  DoubleQuote: 32,
  Unterminated: 64,
  /** On FStringMiddle: the text is part of a format spec (`{x:>10}`), so `{{` is not an escape. */
  InFormatSpec: 128,
} as const;

/** Problems the tokenizer found, stored in `flags` of Invalid / Dedent / Indent tokens. */
export const TokenError = {
  None: 0,
  /** A character that starts no token, e.g. `$` or `?`. */
  BadCharacter: 1,
  /** A backslash not followed by a newline. */
  BadLineContinuation: 2,
  /** Dedent to a column that matches no enclosing indentation level. */
  DedentMismatch: 3,
  /** More nested indentation levels than we accept. */
  TooDeep: 4,
} as const;

export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the source. */
  start: number;
  length: number;
  /** The text of Name / Keyword / Operator tokens (shared constant strings for operators); "" otherwise. */
  value: string;
  /** StringFlags for string tokens, TokenError for Invalid / Dedent / Indent, 0 otherwise. */
  flags: number;
}

/** Python's keywords; `__debug__` is one too, as in MicroPython (it reads as the constant True). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False", "None", "True", "__debug__", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
  "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
  "while", "with", "yield",
]);

/** Number of prefix letters of a string token (each prefix letter sets one flag bit). */
export function stringPrefixLength(flags: number): number {
  let n = 0;
  if (flags & StringFlags.Raw) n++;
  if (flags & StringFlags.Bytes) n++;
  if (flags & StringFlags.Unicode) n++;
  if (flags & StringFlags.Format) n++;
  return n;
}

/** Number of quote characters that open (and close) a string with these flags. */
export function stringQuoteLength(flags: number): number {
  return flags & StringFlags.Triple ? 3 : 1;
}
