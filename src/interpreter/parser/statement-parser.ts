// Statements and blocks: the module, one logical line of simple statements, indented blocks,
// and recovery (report once, skip to the next line, keep going).

import type { ExprStmt, Module, Stmt } from "./ast.js";
import { CompoundStatementParser } from "./compound-statement-parser.js";
import { ExpressionParser } from "./expression-parser.js";
import { Details, Messages } from "./messages.js";
import type { ParserContext } from "./parser-context.js";
import { SimpleStatementParser } from "./simple-statement-parser.js";
import { TokenError, TokenKind } from "./tokens.js";

const COMPOUND_KEYWORDS: ReadonlySet<string> = new Set(["if", "while", "for", "try", "with", "def", "class", "async"]);

export class StatementParser {
  readonly exprs: ExpressionParser;
  private readonly simple: SimpleStatementParser;
  private readonly compound: CompoundStatementParser;

  constructor(private readonly ctx: ParserContext) {
    this.exprs = new ExpressionParser(ctx);
    this.simple = new SimpleStatementParser(ctx, this.exprs);
    this.compound = new CompoundStatementParser(ctx, this.exprs, this);
  }

  // file: [statements] ENDMARKER
  parseModule(): Module {
    const ctx = this.ctx;
    const body: Stmt[] = [];
    while (!ctx.isKind(TokenKind.EndOfStream)) this.parseStatementInto(body);
    return { kind: "Module", body, start: 0, length: ctx.source.length };
  }

  // eval_input: expressions NEWLINE* ENDMARKER   (leading blank lines and indentation are ignored)
  parseEvalInput(): Module {
    const ctx = this.ctx;
    while (ctx.isKind(TokenKind.NewLine) || ctx.isKind(TokenKind.Indent)) ctx.advance();
    ctx.beginStatement();
    const start = ctx.peek().start;
    const value = this.exprs.parseStarExpressions();
    while (ctx.isKind(TokenKind.NewLine) || ctx.isKind(TokenKind.Dedent)) ctx.advance();
    if (!ctx.isKind(TokenKind.EndOfStream)) ctx.reportUnexpected(Details.expectedNewLine);
    const statement: ExprStmt = { kind: "Expr", value, start, length: value.start + value.length - start };
    return { kind: "Module", body: [statement], start: 0, length: ctx.source.length };
  }

  // single_input: NEWLINE | simple_stmts | compound_stmt NEWLINE   (one REPL entry)
  parseSingleInput(): Module {
    const ctx = this.ctx;
    const body: Stmt[] = [];
    if (ctx.isKind(TokenKind.EndOfStream)) {
      if (!isBlankOrComments(ctx.source)) ctx.report(Messages.invalidSyntax, 0, 0);
    } else {
      this.parseStatementInto(body);
      if (!ctx.isKind(TokenKind.EndOfStream)) {
        ctx.beginStatement();
        ctx.reportUnexpected(Details.multipleStatements);
      }
    }
    return { kind: "Module", body, start: 0, length: ctx.source.length };
  }

  /** Parses one statement (a line of simple statements gives several) and always consumes input. */
  private parseStatementInto(body: Stmt[]): void {
    const before = this.ctx.position;
    for (const statement of this.parseStatement()) body.push(statement);
    if (this.ctx.position === before) this.ctx.advance();
  }

  // statement: compound_stmt | simple_stmts
  private parseStatement(): Stmt[] {
    const ctx = this.ctx;
    ctx.beginStatement();
    const token = ctx.peek();
    switch (token.kind) {
      case TokenKind.Indent:
        ctx.report(Messages.unexpectedIndent, token.start, 0, "IndentationError");
        return this.parseIndentedBlock();
      case TokenKind.Dedent:
        ctx.advance();
        this.reportDedentMismatch(token.flags);
        return [];
      case TokenKind.Keyword:
        if (COMPOUND_KEYWORDS.has(token.value)) return [this.compound.parseCompoundStatement(null)];
        break;
      case TokenKind.Operator:
        if (token.value === "@") return [this.compound.parseDecorated()];
        break;
    }
    return this.parseSimpleStatementLine();
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  parseSimpleStatementLine(): Stmt[] {
    const ctx = this.ctx;
    const statements: Stmt[] = [];
    for (;;) {
      statements.push(this.simple.parseSimpleStatement());
      if (!ctx.consumeOperator(";") || ctx.isKind(TokenKind.NewLine) || ctx.isKind(TokenKind.EndOfStream)) break;
    }
    if (ctx.consumeKind(TokenKind.NewLine) || ctx.isKind(TokenKind.EndOfStream)) return statements;
    const start = ctx.peek().start;
    ctx.reportUnexpected(Details.expectedNewLine);
    ctx.skipLine();
    statements.push({ kind: "ErrorStmt", start, length: ctx.lengthFrom(start) });
    return statements;
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  parseBlock(): Stmt[] {
    const ctx = this.ctx;
    if (!ctx.consumeKind(TokenKind.NewLine)) return this.parseSimpleStatementLine();
    if (!ctx.isKind(TokenKind.Indent)) {
      const token = ctx.peek();
      ctx.report(Messages.invalidSyntax, token.start, token.length, "SyntaxError", Details.expectedIndentedBlock);
      return [];
    }
    return this.parseIndentedBlock();
  }

  /** INDENT statements DEDENT, the current token being the INDENT. */
  private parseIndentedBlock(): Stmt[] {
    const ctx = this.ctx;
    const indent = ctx.advance();
    if (indent.flags === TokenError.TooDeep) ctx.report(Messages.tooManyIndentLevels, indent.start, 0, "IndentationError");
    const body: Stmt[] = [];
    while (!ctx.isKind(TokenKind.Dedent) && !ctx.isKind(TokenKind.EndOfStream)) this.parseStatementInto(body);
    const dedent = ctx.advance();
    if (dedent.kind === TokenKind.Dedent) {
      ctx.beginStatement();
      this.reportDedentMismatch(dedent.flags);
    }
    return body;
  }

  private reportDedentMismatch(flags: number): void {
    if (flags !== TokenError.DedentMismatch) return;
    const token = this.ctx.peek();
    this.ctx.report(Messages.unindentMismatch, token.start, 0, "IndentationError");
  }
}

/** True when every line is empty or a comment (a lone line continuation is not blank). */
function isBlankOrComments(source: string): boolean {
  return source.split(/\r\n|\r|\n/).every((line) => {
    const text = line.trim();
    return text === "" || text.startsWith("#");
  });
}
