// Adjacent string literals → one Constant (str or bytes) or one JoinedStr, and f-strings with their
// replacement fields, conversions, nested format specs and `{x=}` debug text.

import type { ConstantExpr, Diagnostic, Expr, FormattedValueExpr, JoinedStrExpr } from "./ast.js";
import type { ExpressionParser } from "./expression-parser.js";
import { Details, Messages } from "./messages.js";
import type { ParserContext } from "./parser-context.js";
import { bytesFromDecoded, decodeStringBody } from "./string-literal.js";
import { StringFlags, TokenKind, stringPrefixLength, stringQuoteLength, type Token } from "./tokens.js";

type JoinedPart = ConstantExpr | FormattedValueExpr;

const CONVERSIONS: ReadonlyMap<string, number> = new Map([["s", 115], ["r", 114], ["a", 97]]);

export class StringParser {
  constructor(private readonly ctx: ParserContext, private readonly exprs: ExpressionParser) {}

  // strings: (STRING | fstring)+
  parseStrings(): Expr {
    const ctx = this.ctx;
    const first = ctx.peek();
    const isBytes = (first.flags & StringFlags.Bytes) !== 0;
    const parts: JoinedPart[] = [];
    let sawFString = false;
    for (;;) {
      const token = ctx.peek();
      if (token.kind === TokenKind.String) {
        ctx.advance();
        this.checkSameKind(token, isBytes);
        this.addPart(parts, this.decodeString(token), token.start, token.length);
      } else if (token.kind === TokenKind.FStringStart) {
        sawFString = true;
        this.checkSameKind(token, isBytes);
        this.parseFString(parts);
      } else {
        break;
      }
    }
    const span = ctx.span(first.start);
    if (sawFString) return { kind: "JoinedStr", values: parts.filter(isNonEmptyPart), ...span };
    const text = parts.length === 0 ? "" : (parts[0] as ConstantExpr).value as string;
    const value = isBytes ? { type: "bytes" as const, value: bytesFromDecoded(text) } : text;
    return { kind: "Constant", value, ...span };
  }

  private checkSameKind(token: Token, isBytes: boolean): void {
    if (((token.flags & StringFlags.Bytes) !== 0) !== isBytes) {
      this.ctx.report(Messages.invalidSyntax, token.start, token.length, "SyntaxError", Details.mixedBytesAndStr);
    }
  }

  private decodeString(token: Token): string {
    const flags = token.flags;
    if (flags & StringFlags.Unterminated) {
      this.ctx.report(Messages.invalidSyntax, token.start, token.length, "SyntaxError",
        flags & StringFlags.Triple ? Details.unterminatedTripleString : Details.unterminatedString);
    }
    const bodyStart = token.start + stringPrefixLength(flags) + stringQuoteLength(flags);
    const bodyEnd = flags & StringFlags.Unterminated ? token.start + token.length : token.start + token.length - stringQuoteLength(flags);
    return this.decode(bodyStart, Math.max(bodyStart, bodyEnd), flags, false);
  }

  private decode(start: number, end: number, flags: number, fstringBraces: boolean): string {
    const problems: Diagnostic[] = [];
    const text = decodeStringBody(this.ctx.source, start, end, { flags, fstringBraces }, problems);
    for (const problem of problems) this.ctx.reportProblem(problem);
    return text;
  }

  /** Appends literal text, merging it with a literal just before (as CPython's JoinedStr does). */
  private addPart(parts: JoinedPart[], text: string, start: number, length: number): void {
    const last = parts.length > 0 ? parts[parts.length - 1] : null;
    if (last !== null && last.kind === "Constant") {
      last.value = (last.value as string) + text;
      last.length = start + length - last.start;
      return;
    }
    if (text.length > 0 || parts.length === 0) parts.push({ kind: "Constant", value: text, start, length });
  }

  // fstring: FSTRING_START fstring_middle* FSTRING_END
  // fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
  private parseFString(parts: JoinedPart[]): void {
    const ctx = this.ctx;
    ctx.advance();
    for (;;) {
      const token = ctx.peek();
      if (token.kind === TokenKind.FStringMiddle) {
        ctx.advance();
        this.addPart(parts, this.decode(token.start, token.start + token.length, token.flags, true), token.start, token.length);
      } else if (token.kind === TokenKind.Operator && token.value === "{") {
        this.parseReplacementField(parts);
      } else if (token.kind === TokenKind.Operator && token.value === "}") {
        ctx.advance();
        ctx.report(Messages.fstringSingleBrace, token.start, token.length);
      } else if (token.kind === TokenKind.FStringEnd) {
        ctx.advance();
        if (token.flags & StringFlags.Unterminated) ctx.report(Messages.invalidSyntax, token.start, 0, "SyntaxError", Details.unterminatedFString);
        return;
      } else {
        ctx.reportUnexpected(Details.fstringExpectingBrace);
        this.skipToFStringEnd();
        return;
      }
    }
  }

  // fstring_replacement_field: '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' fstring_format_spec*] '}'
  private parseReplacementField(parts: JoinedPart[]): void {
    const ctx = this.ctx;
    const open = ctx.advance();
    if (ctx.isOperator("}")) {
      ctx.report(Messages.fstringEmptyExpression, open.start, ctx.peek().start + 1 - open.start);
      ctx.advance();
      return;
    }
    const value = ctx.isKeyword("yield") ? this.exprs.parseYield() : this.exprs.parseStarExpressions();
    const debugText = ctx.consumeOperator("=") ? ctx.source.slice(open.start + 1, ctx.peek().start) : null;
    let conversion = this.parseConversion();
    const formatSpec = ctx.consumeOperator(":") ? this.parseFormatSpec() : null;
    if (!ctx.consumeOperator("}")) {
      ctx.reportUnexpected(Details.fstringExpectingBrace);
      return;
    }
    if (debugText !== null) {
      this.addPart(parts, debugText, open.start + 1, debugText.length);
      if (conversion === -1 && formatSpec === null) conversion = 114;
    }
    parts.push({ kind: "FormattedValue", value, conversion, formatSpec, start: open.start, length: ctx.lengthFrom(open.start) });
  }

  // conversion: '!' ('s' | 'r' | 'a')
  private parseConversion(): number {
    const ctx = this.ctx;
    if (!ctx.isKind(TokenKind.Exclamation)) return -1;
    const bang = ctx.advance();
    const name = ctx.peek();
    const code = name.kind === TokenKind.Name ? CONVERSIONS.get(name.value) : undefined;
    if (code === undefined || name.start !== bang.start + 1) {
      ctx.report(Messages.invalidSyntax, name.start, name.length, "SyntaxError", Messages.fstringBadConversion);
      return -1;
    }
    ctx.advance();
    return code;
  }

  // fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
  private parseFormatSpec(): JoinedStrExpr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const parts: JoinedPart[] = [];
    for (;;) {
      const token = ctx.peek();
      if (token.kind === TokenKind.FStringMiddle) {
        ctx.advance();
        this.addPart(parts, this.decode(token.start, token.start + token.length, token.flags, false), token.start, token.length);
      } else if (token.kind === TokenKind.Operator && token.value === "{") {
        this.parseReplacementField(parts);
      } else {
        break;
      }
    }
    return { kind: "JoinedStr", values: parts, start, length: ctx.lengthFrom(start) };
  }

  /** Recovery: skips to the end of the current f-string (nested f-strings included). */
  private skipToFStringEnd(): void {
    const ctx = this.ctx;
    let depth = 0;
    for (;;) {
      const token = ctx.peek();
      if (token.kind === TokenKind.EndOfStream || token.kind === TokenKind.NewLine) return;
      ctx.advance();
      if (token.kind === TokenKind.FStringStart) depth++;
      else if (token.kind === TokenKind.FStringEnd && depth-- === 0) return;
    }
  }
}

/** CPython leaves no empty literal parts in a JoinedStr. */
function isNonEmptyPart(part: JoinedPart): boolean {
  return part.kind !== "Constant" || part.value !== "";
}
