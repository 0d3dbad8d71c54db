// The tokenizer: source characters → tokens, with INDENT/DEDENT, implicit line joining and
// Python 3.12 f-strings (FStringStart / FStringMiddle / FStringEnd around ordinary expression tokens).
// It never throws: bad input becomes Invalid tokens or flags that the parser turns into diagnostics.

import { Char, isIdentifierPart, isIdentifierStart } from "./char-classes.js";
import { operatorAt } from "./operators.js";
import { KEYWORDS, StringFlags, TokenError, TokenKind, type Token } from "./tokens.js";

/** Columns advance to the next multiple of 8 at a tab, as in MicroPython's lexer. */
const TAB_SIZE = 8;
/** Deeper indentation than this is reported (CPython's limit is 100 levels too). */
const MAX_INDENT_LEVELS = 100;

// ASCII character classes as a local table: the hot loops below then do one array read per character
// (imported helper functions can cost a property read per call under some module loaders).
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 4;
const BLANK = 8;
const LINE_BREAK = 16;
const NAME_PART = LETTER | DIGIT | UNDERSCORE;
const ASCII_CLASS = buildAsciiClassTable();
/** Sticky scanners (always match, possibly nothing): ASCII name characters, spaces, everything up to a line break. */
const ASCII_NAME_RUN = /[A-Za-z0-9_]*/y;
const SPACE_RUN = / */y;
const REST_OF_LINE = /[^\r\n]*/y;

function buildAsciiClassTable(): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) table[c] = LETTER;
    else if (c >= 48 && c <= 57) table[c] = DIGIT;
  }
  table[95] = UNDERSCORE;
  for (const c of [9, 11, 12, 32]) table[c] = BLANK;
  table[10] = LINE_BREAK;
  table[13] = LINE_BREAK;
  return table;
}

/** The class bits of character code `c` (0 for non-ASCII and NaN past the end). */
function charClass(c: number): number {
  return c < 128 ? ASCII_CLASS[c] : 0;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A replacement field `{...}` open inside an f-string. */
interface FStringField {
  /** Bracket depth just outside the field's `{`. */
  outerDepth: number;
  /** After the top-level `:` the field is reading its format spec. */
  inSpec: boolean;
}

/** An f-string being tokenized; they nest (`f"{f"{x}"}"`). */
interface FStringContext {
  quote: number;
  triple: boolean;
  flags: number;
  /** Bracket depth when the f-string started, restored when it ends. */
  outerDepth: number;
  fields: FStringField[];
}

/** Splits `source` into tokens; the last token is always EndOfStream. */
export function tokenize(source: string): Token[] {
  return new Tokenizer(source).run();
}

class Tokenizer {
  private readonly tokens: Token[] = [];
  private pos = 0;
  private bracketDepth = 0;
  private readonly indents: number[] = [0];
  private readonly fstrings: FStringContext[] = [];
  private atLineStart = true;

  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === Char.ByteOrderMark) this.pos = 1;
  }

  run(): Token[] {
    const src = this.src;
    const end = src.length;
    for (;;) {
      const fstring = this.currentFString();
      if (fstring !== null && this.isReadingLiteral(fstring)) {
        this.scanFStringLiteral(fstring);
        continue;
      }
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.bracketDepth === 0) this.readIndentation();
      }
      let c = src.charCodeAt(this.pos);
      while (charClass(c) === BLANK) c = src.charCodeAt(++this.pos);
      if (this.pos >= end) break;
      if (isLineBreak(c)) this.readLineBreak();
      else if (c === Char.Hash) this.skipComment();
      else if (c === Char.Backslash) this.readBackslash();
      else if (!this.readToken(c)) this.addInvalid(TokenError.BadCharacter);
    }
    this.finish();
    return this.tokens;
  }

  // ---------- lines and indentation ----------

  /** Measures the indentation of the next non-blank line and emits Indent/Dedent tokens for it. */
  private readIndentation(): void {
    const src = this.src;
    for (;;) {
      let column = 0;
      let p = this.pos;
      for (;; p++) {
        SPACE_RUN.lastIndex = p;
        SPACE_RUN.test(src);
        column += SPACE_RUN.lastIndex - p;
        p = SPACE_RUN.lastIndex;
        const c = src.charCodeAt(p);
        if (c === Char.Tab) column = (Math.floor(column / TAB_SIZE) + 1) * TAB_SIZE;
        else if (c === Char.FormFeed) column = 0;
        else break;
      }
      const c = src.charCodeAt(p);
      if (p >= src.length) {
        this.pos = p;
        return;
      }
      if (isLineBreak(c)) {
        this.pos = p + this.lineBreakLength(p);
        continue;
      }
      if (c === Char.Hash) {
        this.pos = p;
        this.skipComment();
        continue;
      }
      this.pos = p;
      this.applyIndentation(column, p);
      return;
    }
  }

  private applyIndentation(column: number, offset: number): void {
    const indents = this.indents;
    let top = indents[indents.length - 1];
    if (column > top) {
      indents.push(column);
      const error = indents.length > MAX_INDENT_LEVELS ? TokenError.TooDeep : TokenError.None;
      this.add(TokenKind.Indent, offset, 0, "", error);
      return;
    }
    while (column < top) {
      indents.pop();
      top = indents[indents.length - 1];
      const mismatch = column > top;
      if (mismatch) indents.push(column);
      this.add(TokenKind.Dedent, offset, 0, "", mismatch ? TokenError.DedentMismatch : TokenError.None);
    }
  }

  private readLineBreak(): void {
    for (let fstring = this.currentFString(); fstring !== null && !fstring.triple; fstring = this.currentFString()) {
      this.abandonFString(fstring);
    }
    const length = this.lineBreakLength(this.pos);
    if (this.bracketDepth === 0) {
      if (this.lineHasContent()) this.add(TokenKind.NewLine, this.pos, length, "", 0);
      this.atLineStart = true;
    }
    this.pos += length;
  }

  private lineBreakLength(p: number): number {
    const src = this.src;
    return src.charCodeAt(p) === Char.CarriageReturn && src.charCodeAt(p + 1) === Char.LineFeed ? 2 : 1;
  }

  /** True when the current logical line produced a token, so it needs a NewLine. */
  private lineHasContent(): boolean {
    const tokens = this.tokens;
    if (tokens.length === 0) return false;
    const kind = tokens[tokens.length - 1].kind;
    return kind !== TokenKind.NewLine && kind !== TokenKind.Indent && kind !== TokenKind.Dedent;
  }

  private skipComment(): void {
    REST_OF_LINE.lastIndex = this.pos;
    REST_OF_LINE.test(this.src);
    this.pos = REST_OF_LINE.lastIndex;
  }

  /** `\` at the end of a line joins it with the next; anywhere else it is an error. */
  private readBackslash(): void {
    const next = this.src.charCodeAt(this.pos + 1);
    if (isLineBreak(next)) {
      this.pos += 1 + this.lineBreakLength(this.pos + 1);
      return;
    }
    this.addInvalid(TokenError.BadLineContinuation);
  }

  private finish(): void {
    while (this.fstrings.length > 0) this.abandonFString(this.fstrings[this.fstrings.length - 1]);
    const end = this.src.length;
    if (this.lineHasContent()) this.add(TokenKind.NewLine, end, 0, "", 0);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.add(TokenKind.Dedent, end, 0, "", 0);
    }
    this.add(TokenKind.EndOfStream, end, 0, "", 0);
  }

  // ---------- tokens inside a line ----------

  /** Reads one token starting with character `c`; false when nothing can start with it. */
  private readToken(c: number): boolean {
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls & (LETTER | UNDERSCORE)) {
        this.readNameOrPrefixedString();
        return true;
      }
      if (cls === DIGIT || (c === Char.Dot && isDigit(this.src.charCodeAt(this.pos + 1)))) {
        this.readNumber();
        return true;
      }
      if (c === Char.SingleQuote || c === Char.DoubleQuote) {
        this.readString(this.pos, 0);
        return true;
      }
      return this.readOperator(c);
    }
    if (isIdentifierStart(this.src.codePointAt(this.pos) ?? c)) {
      this.readNameOrPrefixedString();
      return true;
    }
    return false;
  }

  private readNameOrPrefixedString(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    for (;;) {
      // ASCII runs by the regex engine (native code from the first use), other characters one by one.
      ASCII_NAME_RUN.lastIndex = p;
      ASCII_NAME_RUN.test(src);
      p = ASCII_NAME_RUN.lastIndex;
      const c = src.charCodeAt(p);
      if (!(c >= 128)) break;
      const cp = src.codePointAt(p) ?? c;
      if (!isIdentifierPart(cp)) break;
      p += cp > 0xffff ? 2 : 1;
    }
    const quote = src.charCodeAt(p);
    if ((quote === Char.SingleQuote || quote === Char.DoubleQuote) && p - start <= 2) {
      const prefixFlags = stringPrefixFlags(src, start, p);
      if (prefixFlags !== 0) {
        this.pos = p;
        this.readString(start, prefixFlags);
        return;
      }
    }
    const text = src.slice(start, p);
    this.pos = p;
    this.add(KEYWORDS.has(text) ? TokenKind.Keyword : TokenKind.Name, start, p - start, text, 0);
  }

  /**
   * Numbers are read as MicroPython reads them: a digit followed by any letters, digits, dots and
   * underscores (and a sign after an exponent `e`), so `123z` is one malformed number, not two tokens.
   */
  private readNumber(): void {
    const src = this.src;
    const start = this.pos;
    const second = src.charCodeAt(start + 1) | 0x20;
    const forcedInteger = src.charCodeAt(start) === Char.Zero && (second === 98 || second === 111 || second === 120);
    let p = start + 1;
    for (;;) {
      const c = src.charCodeAt(p);
      if (!forcedInteger && (c === 101 || c === 69)) {
        p++;
        const sign = src.charCodeAt(p);
        if (sign === 43 || sign === 45) p++;
      } else if (charClass(c) & NAME_PART || c === Char.Dot) {
        p++;
      } else {
        break;
      }
    }
    this.pos = p;
    this.add(TokenKind.Number, start, p - start, "", 0);
  }

  private readOperator(c: number): boolean {
    const field = this.topLevelField();
    if (field !== null) {
      if (c === Char.CloseBrace) return this.closeField(field);
      if (c === Char.Colon) {
        field.inSpec = true;
        this.addOperator(":", 1);
        return true;
      }
      if (c === Char.Bang && this.src.charCodeAt(this.pos + 1) !== Char.Equals) {
        this.add(TokenKind.Exclamation, this.pos, 1, "!", 0);
        this.pos++;
        return true;
      }
    }
    const op = operatorAt(this.src, this.pos, c);
    if (op === null) return false;
    if (op.length === 1) this.trackBrackets(c);
    this.addOperator(op, op.length);
    return true;
  }

  private trackBrackets(c: number): void {
    if (c === 40 || c === 91 || c === Char.OpenBrace) {
      this.bracketDepth++;
    } else if (c === 41 || c === 93 || c === Char.CloseBrace) {
      const fstring = this.currentFString();
      const fields = fstring === null ? null : fstring.fields;
      const floor = fields !== null && fields.length > 0 ? fields[fields.length - 1].outerDepth + 1 : 0;
      if (this.bracketDepth > floor) this.bracketDepth--;
    }
  }

  // ---------- strings ----------

  /** Reads a string literal whose prefix starts at `start`; `this.pos` is at the opening quote. */
  private readString(start: number, prefixFlags: number): void {
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    const triple = src.charCodeAt(this.pos + 1) === quote && src.charCodeAt(this.pos + 2) === quote;
    let flags = prefixFlags | (triple ? StringFlags.Triple : 0) | (quote === Char.DoubleQuote ? StringFlags.DoubleQuote : 0);
    this.pos += triple ? 3 : 1;
    if (flags & StringFlags.Format) {
      this.add(TokenKind.FStringStart, start, this.pos - start, "", flags);
      this.fstrings.push({ quote, triple, flags, outerDepth: this.bracketDepth, fields: [] });
      return;
    }
    const end = scanStringBody(src, this.pos, quote, triple);
    if (end < 0) {
      flags |= StringFlags.Unterminated;
      this.pos = -end - 1;
    } else {
      this.pos = end;
    }
    this.add(TokenKind.String, start, this.pos - start, "", flags);
  }

  private currentFString(): FStringContext | null {
    const fstrings = this.fstrings;
    return fstrings.length === 0 ? null : fstrings[fstrings.length - 1];
  }

  /** True when the f-string is outside any replacement field or inside a format spec. */
  private isReadingLiteral(fstring: FStringContext): boolean {
    const fields = fstring.fields;
    return fields.length === 0 || fields[fields.length - 1].inSpec;
  }

  /** The innermost replacement field when the tokenizer is at its top bracket level, reading its expression. */
  private topLevelField(): FStringField | null {
    const fstring = this.currentFString();
    if (fstring === null || fstring.fields.length === 0) return null;
    const field = fstring.fields[fstring.fields.length - 1];
    return !field.inSpec && this.bracketDepth === field.outerDepth + 1 ? field : null;
  }

  /** Literal text of an f-string up to the next replacement field, closing brace or closing quote. */
  private scanFStringLiteral(fstring: FStringContext): void {
    const src = this.src;
    const inSpec = fstring.fields.length > 0;
    const raw = (fstring.flags & StringFlags.Raw) !== 0;
    const start = this.pos;
    let p = start;
    for (;;) {
      if (p >= src.length) {
        this.addMiddle(fstring, start, p, inSpec);
        this.abandonFString(fstring);
        return;
      }
      const c = src.charCodeAt(p);
      if (c === fstring.quote && (!fstring.triple || (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c))) {
        this.addMiddle(fstring, start, p, inSpec);
        this.closeFString(fstring, p);
        return;
      }
      if (isLineBreak(c) && !fstring.triple) {
        this.addMiddle(fstring, start, p, inSpec);
        this.abandonFString(fstring);
        return;
      }
      if (c === Char.Backslash) {
        p = skipFStringEscape(src, p, raw);
      } else if (c === Char.OpenBrace) {
        if (!inSpec && src.charCodeAt(p + 1) === Char.OpenBrace) {
          p += 2;
          continue;
        }
        this.addMiddle(fstring, start, p, inSpec);
        this.openField(fstring, p);
        return;
      } else if (c === Char.CloseBrace) {
        if (!inSpec && src.charCodeAt(p + 1) === Char.CloseBrace) {
          p += 2;
          continue;
        }
        this.addMiddle(fstring, start, p, inSpec);
        this.pos = p;
        if (inSpec) this.closeField(fstring.fields[fstring.fields.length - 1]);
        else this.addOperator("}", 1);
        return;
      } else {
        p++;
      }
    }
  }

  private addMiddle(fstring: FStringContext, start: number, end: number, inSpec: boolean): void {
    this.pos = end;
    if (end > start) {
      const flags = (fstring.flags & ~StringFlags.Triple) | (inSpec ? StringFlags.InFormatSpec : 0);
      this.add(TokenKind.FStringMiddle, start, end - start, "", flags);
    }
  }

  private openField(fstring: FStringContext, p: number): void {
    this.pos = p;
    fstring.fields.push({ outerDepth: this.bracketDepth, inSpec: false });
    this.bracketDepth++;
    this.addOperator("{", 1);
  }

  private closeField(field: FStringField): boolean {
    const fstring = this.currentFString();
    if (fstring !== null) fstring.fields.pop();
    this.bracketDepth = field.outerDepth;
    this.addOperator("}", 1);
    return true;
  }

  private closeFString(fstring: FStringContext, p: number): void {
    const length = fstring.triple ? 3 : 1;
    this.fstrings.pop();
    this.bracketDepth = fstring.outerDepth;
    this.add(TokenKind.FStringEnd, p, length, "", fstring.flags);
    this.pos = p + length;
  }

  /** Ends an unterminated f-string (end of line or input) with an empty, flagged FStringEnd. */
  private abandonFString(fstring: FStringContext): void {
    this.fstrings.pop();
    this.bracketDepth = fstring.outerDepth;
    this.add(TokenKind.FStringEnd, this.pos, 0, "", fstring.flags | StringFlags.Unterminated);
  }

  // ---------- emitting ----------

  private add(kind: TokenKind, start: number, length: number, value: string, flags: number): void {
    this.tokens.push({ kind, start, length, value, flags });
  }

  private addOperator(op: string, length: number): void {
    this.add(TokenKind.Operator, this.pos, length, op, 0);
    this.pos += length;
  }

  private addInvalid(error: number): void {
    const cp = this.src.codePointAt(this.pos) ?? 0;
    const length = cp > 0xffff ? 2 : 1;
    this.add(TokenKind.Invalid, this.pos, length, "", error);
    this.pos += length;
  }
}

/** Prefix letters → StringFlags; 0 when the letters are not a valid string prefix. */
function stringPrefixFlags(src: string, start: number, end: number): number {
  let flags = 0;
  for (let p = start; p < end; p++) {
    const bit = prefixBit(src.charCodeAt(p) | 0x20);
    if (bit === 0 || flags & bit) return 0;
    flags |= bit;
  }
  const twoLetters = end - start === 2;
  if (twoLetters && !((flags & StringFlags.Raw) && (flags & (StringFlags.Bytes | StringFlags.Format)))) return 0;
  return flags;
}

function prefixBit(lower: number): number {
  switch (lower) {
    case 114: return StringFlags.Raw;
    case 98: return StringFlags.Bytes;
    case 117: return StringFlags.Unicode;
    case 102: return StringFlags.Format;
    default: return 0;
  }
}

/**
 * Finds the end of a string body starting at `p` (just after the opening quotes). Returns the
 * offset just past the closing quotes, or `-(stopOffset + 1)` when the string is unterminated.
 */
export function scanStringBody(src: string, p: number, quote: number, triple: boolean): number {
  const end = src.length;
  while (p < end) {
    const c = src.charCodeAt(p);
    if (c === quote) {
      if (!triple) return p + 1;
      if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) return p + 3;
      p++;
    } else if (c === Char.Backslash) {
      const next = src.charCodeAt(p + 1);
      p += next === Char.CarriageReturn && src.charCodeAt(p + 2) === Char.LineFeed ? 3 : 2;
    } else if (!triple && isLineBreak(c)) {
      return -(p + 1);
    } else {
      p++;
    }
  }
  return -(end + 1);
}

/** Skips a backslash escape inside f-string literal text (a `{` or `}` after `\` still counts as a brace). */
function skipFStringEscape(src: string, p: number, raw: boolean): number {
  const next = src.charCodeAt(p + 1);
  if (next === Char.OpenBrace || next === Char.CloseBrace || p + 1 >= src.length) return p + 1;
  if (!raw && next === 78 && src.charCodeAt(p + 2) === Char.OpenBrace) {
    const close = src.indexOf("}", p + 3);
    const lineEnd = findLineBreak(src, p + 3);
    return close >= 0 && close < lineEnd ? close + 1 : p + 2;
  }
  if (next === Char.CarriageReturn && src.charCodeAt(p + 2) === Char.LineFeed) return p + 3;
  return p + 2;
}

function findLineBreak(src: string, p: number): number {
  while (p < src.length && !isLineBreak(src.charCodeAt(p))) p++;
  return p;
}
