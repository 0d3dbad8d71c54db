// The state the expression and statement parsers share: the token cursor, the diagnostics, and
// the bookkeeping that keeps one mistake from producing a cascade of messages.

import type { Diagnostic, ErrorExpr, NodeBase } from "./ast.js";
import { Details, Messages } from "./messages.js";
import { StringFlags, TokenError, TokenKind, type Token } from "./tokens.js";

/** Deeper expression nesting than this is reported instead of risking the JS stack. */
const MAX_NESTING = 200;

export class ParserContext {
  private index = 0;
  readonly diagnostics: Diagnostic[] = [];
  /** Diagnostics count when the current statement started: one report per statement. */
  private statementMark = 0;
  private nesting = 0;

  constructor(readonly source: string, private readonly tokens: Token[]) {}

  // ---------- cursor ----------

  /** The current token (EndOfStream once the input is used up). */
  peek(): Token {
    return this.tokens[this.index];
  }

  /** The token `n` places ahead of the current one. */
  peekAhead(n: number): Token {
    const i = this.index + n;
    return this.tokens[i < this.tokens.length ? i : this.tokens.length - 1];
  }

  /** Consumes and returns the current token; never moves past EndOfStream. */
  advance(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== TokenKind.EndOfStream) this.index++;
    return token;
  }

  get position(): number {
    return this.index;
  }

  /** End offset of the last consumed token. */
  previousEnd(): number {
    if (this.index === 0) return 0;
    const token = this.tokens[this.index - 1];
    return token.start + token.length;
  }

  isOperator(op: string): boolean {
    const token = this.tokens[this.index];
    return token.kind === TokenKind.Operator && token.value === op;
  }

  isKeyword(keyword: string): boolean {
    const token = this.tokens[this.index];
    return token.kind === TokenKind.Keyword && token.value === keyword;
  }

  isKind(kind: TokenKind): boolean {
    return this.tokens[this.index].kind === kind;
  }

  consumeOperator(op: string): boolean {
    if (!this.isOperator(op)) return false;
    this.index++;
    return true;
  }

  consumeKind(kind: TokenKind): boolean {
    if (this.tokens[this.index].kind !== kind || kind === TokenKind.EndOfStream) return false;
    this.index++;
    return true;
  }

  consumeKeyword(keyword: string): boolean {
    if (!this.isKeyword(keyword)) return false;
    this.index++;
    return true;
  }

  /** Consumes `op` or reports the current token as unexpected. */
  expectOperator(op: string, detail: string): boolean {
    if (this.consumeOperator(op)) return true;
    this.reportUnexpected(detail);
    return false;
  }

  /** Consumes a Name token and returns its text, or reports and returns null. */
  expectName(): Token | null {
    if (this.isKind(TokenKind.Name)) return this.advance();
    this.reportUnexpected(Details.expectedName);
    return null;
  }

  /** The span from `start` to the end of the last consumed token. */
  span(start: number): NodeBase {
    return { start, length: this.lengthFrom(start) };
  }

  /** The length of the span from `start` to the end of the last consumed token (nodes spell out `start, length`
   *  rather than spreading a span object: no extra object per node). */
  lengthFrom(start: number): number {
    const end = this.previousEnd();
    return end > start ? end - start : 0;
  }

  // ---------- diagnostics ----------

  /** Starts a new statement: its first problem will be reported again. */
  beginStatement(): void {
    this.statementMark = this.diagnostics.length;
  }

  hasErrorInStatement(): boolean {
    return this.diagnostics.length > this.statementMark;
  }

  /** Records a problem unless this statement already has one. */
  report(message: string, start: number, length: number, errorType: Diagnostic["errorType"] = "SyntaxError", detail?: string): void {
    if (this.hasErrorInStatement()) return;
    this.diagnostics.push(detail === undefined ? { message, start, length, errorType } : { message, start, length, errorType, detail });
  }

  /** Records a problem found by decoding a literal. */
  reportProblem(problem: Diagnostic): void {
    if (!this.hasErrorInStatement()) this.diagnostics.push(problem);
  }

  reportAt(node: NodeBase, message: string, detail?: string): void {
    this.report(message, node.start, node.length, "SyntaxError", detail);
  }

  /** Reports the current token as one the grammar does not allow here, with MicroPython's wording for its kind. */
  reportUnexpected(detail: string): void {
    reportTokenProblem(this, this.peek(), detail);
  }

  errorExpr(start: number): ErrorExpr {
    const end = Math.max(this.previousEnd(), start);
    return { kind: "ErrorExpr", start, length: end - start };
  }

  // ---------- nesting guard ----------

  /** Enters one level of nesting; false (and a diagnostic) when the input nests too deeply. */
  enterNesting(): boolean {
    if (this.nesting >= MAX_NESTING) {
      const token = this.peek();
      this.report(Messages.tooDeeplyNested, token.start, token.length);
      return false;
    }
    this.nesting++;
    return true;
  }

  leaveNesting(): void {
    this.nesting--;
  }

  // ---------- recovery ----------

  /** Skips the rest of the logical line, including its NewLine. */
  skipLine(): void {
    for (;;) {
      const kind = this.peek().kind;
      if (kind === TokenKind.EndOfStream) return;
      this.advance();
      if (kind === TokenKind.NewLine) return;
    }
  }

  /** Skips to the `:` ending a compound statement's header (outside brackets) or to the end of the line. */
  skipToHeaderColon(): void {
    let depth = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind === TokenKind.EndOfStream || token.kind === TokenKind.NewLine) return;
      if (token.kind === TokenKind.Operator) {
        const op = token.value;
        if (op === ":" && depth === 0) return;
        if (op === "(" || op === "[" || op === "{") depth++;
        else if ((op === ")" || op === "]" || op === "}") && depth > 0) depth--;
      }
      this.advance();
    }
  }
}

/** Reports `token` as unexpected: lexical problems carried by the token get their own message. */
function reportTokenProblem(ctx: ParserContext, token: Token, detail: string): void {
  const { start, length } = token;
  switch (token.kind) {
    case TokenKind.Indent:
      ctx.report(Messages.unexpectedIndent, start, length, "IndentationError");
      return;
    case TokenKind.Dedent:
      if (token.flags === TokenError.DedentMismatch) {
        ctx.report(Messages.unindentMismatch, start, length, "IndentationError");
        return;
      }
      break;
    case TokenKind.Invalid:
      ctx.report(Messages.invalidSyntax, start, length, "SyntaxError",
        token.flags === TokenError.BadLineContinuation ? Details.badLineContinuation : Details.badCharacter);
      return;
    case TokenKind.String:
      if (token.flags & StringFlags.Unterminated) {
        ctx.report(Messages.invalidSyntax, start, length, "SyntaxError",
          token.flags & StringFlags.Triple ? Details.unterminatedTripleString : Details.unterminatedString);
        return;
      }
      break;
    case TokenKind.FStringEnd:
      if (token.flags & StringFlags.Unterminated) {
        ctx.report(Messages.invalidSyntax, start, length, "SyntaxError", Details.unterminatedFString);
        return;
      }
      break;
  }
  ctx.report(Messages.invalidSyntax, start, length, "SyntaxError", detail);
}
