// String and bytes literal bodies → values: escape sequences as MicroPython decodes them, newline
// normalisation, `{{`/`}}` in f-string text, and the errors found on the way.

import type { Diagnostic } from "./ast.js";
import { Char, isHexDigit, isOctalDigit } from "./char-classes.js";
import { Messages } from "./messages.js";
import { StringFlags } from "./tokens.js";

export type LiteralProblem = Diagnostic;

/** What a string body decodes to: text for str, one char per byte (0–255) for bytes. */
export interface DecodeOptions {
  flags: number;
  /** f-string literal text outside a format spec: `{{` and `}}` stand for single braces. */
  fstringBraces: boolean;
}

/**
 * Decodes the body `src[start, end)` of a literal. For bytes the result holds one char per byte.
 * Problems are appended to `problems`; decoding always produces some value.
 */
export function decodeStringBody(src: string, start: number, end: number, options: DecodeOptions, problems: LiteralProblem[]): string {
  if (!needsDecoding(src, start, end, options)) return src.slice(start, end);
  return new BodyDecoder(src, start, end, options, problems).decode();
}

/** Converts a decoded bytes body (one char per byte) into bytes. */
export function bytesFromDecoded(decoded: string): Uint8Array {
  const bytes = new Uint8Array(decoded.length);
  for (let i = 0; i < decoded.length; i++) bytes[i] = decoded.charCodeAt(i) & 0xff;
  return bytes;
}

function needsDecoding(src: string, start: number, end: number, options: DecodeOptions): boolean {
  const bytes = (options.flags & StringFlags.Bytes) !== 0;
  for (let p = start; p < end; p++) {
    const c = src.charCodeAt(p);
    if (c === Char.Backslash || c === Char.CarriageReturn) return true;
    if (options.fstringBraces && (c === Char.OpenBrace || c === Char.CloseBrace)) return true;
    if (bytes && c > 127) return true;
  }
  return false;
}

class BodyDecoder {
  private readonly parts: string[] = [];
  private p: number;
  private readonly raw: boolean;
  private readonly bytes: boolean;
  private reportedNonAscii = false;

  constructor(
    private readonly src: string,
    start: number,
    private readonly end: number,
    private readonly options: DecodeOptions,
    private readonly problems: LiteralProblem[],
  ) {
    this.p = start;
    this.raw = (options.flags & StringFlags.Raw) !== 0;
    this.bytes = (options.flags & StringFlags.Bytes) !== 0;
  }

  decode(): string {
    const { src, end } = this;
    let runStart = this.p;
    while (this.p < end) {
      const c = src.charCodeAt(this.p);
      const special = c === Char.Backslash || c === Char.CarriageReturn || c > 127
        || (this.options.fstringBraces && (c === Char.OpenBrace || c === Char.CloseBrace));
      if (!special) {
        this.p++;
        continue;
      }
      if (this.p > runStart) this.parts.push(src.slice(runStart, this.p));
      this.decodeSpecial(c);
      runStart = this.p;
    }
    if (end > runStart) this.parts.push(src.slice(runStart, end));
    return this.parts.join("");
  }

  private decodeSpecial(c: number): void {
    const src = this.src;
    if (c === Char.CarriageReturn) {
      this.parts.push("\n");
      this.p += src.charCodeAt(this.p + 1) === Char.LineFeed ? 2 : 1;
    } else if (c === Char.OpenBrace || c === Char.CloseBrace) {
      this.parts.push(c === Char.OpenBrace ? "{" : "}");
      this.p += src.charCodeAt(this.p + 1) === c ? 2 : 1;
    } else if (c > 127) {
      this.decodeNonAscii();
    } else if (this.raw) {
      this.decodeRawBackslash();
    } else {
      this.decodeEscape();
    }
  }

  private decodeNonAscii(): void {
    if (this.bytes) {
      if (!this.reportedNonAscii) this.report(this.p, 1, Messages.bytesNotAscii, "SyntaxError");
      this.reportedNonAscii = true;
      this.parts.push("?");
    } else {
      this.parts.push(this.src[this.p]);
    }
    this.p++;
  }

  /** In a raw literal a backslash stays, and protects the next character (a quote) from ending it. */
  private decodeRawBackslash(): void {
    const next = this.src.charCodeAt(this.p + 1);
    this.parts.push("\\");
    this.p++;
    if (this.options.fstringBraces && (next === Char.OpenBrace || next === Char.CloseBrace)) {
      return;
    } else if (next === Char.CarriageReturn) {
      this.parts.push("\n");
      this.p += this.src.charCodeAt(this.p + 1) === Char.LineFeed ? 2 : 1;
    } else if (this.p < this.end && next <= 127) {
      this.parts.push(this.src[this.p]);
      this.p++;
    }
  }

  private decodeEscape(): void {
    const src = this.src;
    const escapeStart = this.p;
    const c = src.charCodeAt(this.p + 1);
    this.p += 2;
    if (escapeStart + 1 >= this.end) {
      this.parts.push("\\");
      this.p = this.end;
      return;
    }
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) {
      this.parts.push(simple);
    } else if (c === Char.LineFeed) {
      // an escaped newline continues the literal on the next line
    } else if (c === Char.CarriageReturn) {
      if (src.charCodeAt(this.p) === Char.LineFeed) this.p++;
    } else if (c === 120 || ((c === 117 || c === 85) && !this.bytes)) {
      this.decodeHexEscape(escapeStart, c === 120 ? 2 : c === 117 ? 4 : 8);
    } else if (c === 78) {
      this.decodeNamedEscape(escapeStart);
    } else if (isOctalDigit(c)) {
      this.decodeOctalEscape(escapeStart);
    } else {
      // unknown escapes are kept verbatim, backslash included
      this.parts.push("\\");
      this.p--;
    }
  }

  private decodeHexEscape(escapeStart: number, digits: number): void {
    const src = this.src;
    let value = 0;
    for (let i = 0; i < digits; i++) {
      const c = src.charCodeAt(this.p);
      if (this.p >= this.end || !isHexDigit(c)) {
        this.report(escapeStart, this.p - escapeStart, Messages.invalidSyntax, "SyntaxError", truncatedEscapeDetail(digits));
        return;
      }
      value = value * 16 + parseInt(src[this.p], 16);
      this.p++;
    }
    this.pushCodePoint(escapeStart, value);
  }

  private decodeOctalEscape(escapeStart: number): void {
    const src = this.src;
    let value = src.charCodeAt(this.p - 1) - Char.Zero;
    for (let i = 1; i < 3 && this.p < this.end && isOctalDigit(src.charCodeAt(this.p)); i++) {
      value = value * 8 + (src.charCodeAt(this.p) - Char.Zero);
      this.p++;
    }
    this.pushCodePoint(escapeStart, value);
  }

  /** `\N{NAME}` needs the Unicode name table, which MicroPython (and so Pyco) does not carry. */
  private decodeNamedEscape(escapeStart: number): void {
    const close = this.src.indexOf("}", this.p);
    if (this.src.charCodeAt(this.p) === Char.OpenBrace && close >= 0 && close < this.end) this.p = close + 1;
    this.report(escapeStart, this.p - escapeStart, Messages.unicodeNameEscapes, "NotImplementedError");
  }

  private pushCodePoint(escapeStart: number, value: number): void {
    const limit = this.bytes ? 0x100 : 0x110000;
    if (value >= limit) {
      this.report(escapeStart, this.p - escapeStart, Messages.invalidSyntax, "SyntaxError", "escape sequence out of range");
      return;
    }
    this.parts.push(String.fromCodePoint(value));
  }

  private report(start: number, length: number, message: string, errorType: Diagnostic["errorType"], detail?: string): void {
    this.problems.push(detail === undefined ? { message, start, length, errorType } : { message, start, length, errorType, detail });
  }
}

const SIMPLE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [Char.Backslash, "\\"], [Char.SingleQuote, "'"], [Char.DoubleQuote, '"'],
  [97, "\x07"], [98, "\b"], [102, "\f"], [110, "\n"], [114, "\r"], [116, "\t"], [118, "\v"],
]);

function truncatedEscapeDetail(digits: number): string {
  return digits === 2 ? "truncated \\xXX escape" : digits === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
}
