// Compound statements — if, while, for, try, with, def, class, async and decorators — one method
// per grammar rule; their blocks come back through the StatementParser.

import type { ClassDefStmt, ExceptHandler, Expr, FunctionDefStmt, IfStmt, NodeBase, Stmt, WithItem } from "./ast.js";
import type { ExpressionParser } from "./expression-parser.js";
import { Details, Messages } from "./messages.js";
import { parseParameters } from "./parameter-parser.js";
import type { ParserContext } from "./parser-context.js";
import { TokenKind } from "./tokens.js";

/** What compound statements need from the statement parser. */
export interface BlockParser {
  parseBlock(): Stmt[];
}

export class CompoundStatementParser {
  constructor(
    private readonly ctx: ParserContext,
    private readonly exprs: ExpressionParser,
    private readonly blocks: BlockParser,
  ) {}

  // compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
  parseCompoundStatement(decorators: Expr[] | null): Stmt {
    const token = this.ctx.peek();
    switch (token.value) {
      case "if": return this.parseIf();
      case "while": return this.parseWhile();
      case "for": return this.parseFor(token.start, false);
      case "try": return this.parseTry();
      case "with": return this.parseWith(token.start, false);
      case "def": return this.parseFunctionDef(token.start, decorators ?? [], false);
      case "class": return this.parseClassDef(token.start, decorators ?? []);
      default: return this.parseAsync(decorators);
    }
  }

  /** ':' block — on a malformed header, reports it and still reads the block so its lines do not cascade. */
  private parseSuite(): Stmt[] {
    const ctx = this.ctx;
    if (!ctx.consumeOperator(":")) {
      ctx.reportUnexpected(Details.expectedColon);
      ctx.skipToHeaderColon();
      ctx.consumeOperator(":");
    }
    return this.blocks.parseBlock();
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  // elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  // (an elif chain is read in a loop, so thousands of elifs cannot exhaust the stack)
  private parseIf(): Stmt {
    const ctx = this.ctx;
    const chain: IfStmt[] = [];
    do {
      const start = ctx.advance().start;
      const test = this.exprs.parseNamedExpression();
      const body = this.parseSuite();
      chain.push({ kind: "If", test, body, orelse: [], start, length: 0 });
    } while (ctx.isKeyword("elif"));
    let orelse = ctx.consumeKeyword("else") ? this.parseSuite() : [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      node.orelse = orelse;
      node.length = blockSpan(ctx, node.start, node.body, orelse).length;
      orelse = [node];
    }
    return chain[0];
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  private parseWhile(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const test = this.exprs.parseNamedExpression();
    const body = this.parseSuite();
    const orelse = this.parseElse();
    return { kind: "While", test, body, orelse, ...blockSpan(ctx, start, body, orelse) };
  }

  // else_block: 'else' ':' block
  private parseElse(): Stmt[] {
    return this.ctx.consumeKeyword("else") ? this.parseSuite() : [];
  }

  // for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
  private parseFor(start: number, isAsync: boolean): Stmt {
    const ctx = this.ctx;
    ctx.advance();
    const target = this.exprs.parseTargetList();
    let iter: Expr;
    if (ctx.consumeKeyword("in")) {
      iter = this.exprs.parseStarExpressions();
    } else {
      ctx.reportUnexpected("expected 'in'");
      iter = ctx.errorExpr(ctx.peek().start);
    }
    const body = this.parseSuite();
    const orelse = this.parseElse();
    return { kind: "For", target, iter, body, orelse, isAsync, ...blockSpan(ctx, start, body, orelse) };
  }

  // try_stmt: 'try' ':' block finally_block
  //         | 'try' ':' block except_block+ [else_block] [finally_block]
  private parseTry(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const body = this.parseSuite();
    const handlers: ExceptHandler[] = [];
    while (ctx.isKeyword("except")) handlers.push(this.parseExceptHandler(handlers));
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    let finalbody: Stmt[] = [];
    if (ctx.consumeKeyword("finally")) finalbody = this.parseSuite();
    else if (handlers.length === 0) ctx.reportUnexpected("expected 'except' or 'finally' block");
    const lastHandlerBody = handlers.length > 0 ? [handlers[handlers.length - 1]] : [];
    return { kind: "Try", body, handlers, orelse, finalbody, ...blockSpan(ctx, start, body, lastHandlerBody, orelse, finalbody) };
  }

  // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
  private parseExceptHandler(previous: ExceptHandler[]): ExceptHandler {
    const ctx = this.ctx;
    const keyword = ctx.advance();
    let type: Expr | null = null;
    let name: string | null = null;
    if (!ctx.isOperator(":")) {
      type = this.exprs.parseExpression();
      if (ctx.consumeKeyword("as")) name = ctx.expectName()?.value ?? null;
    }
    if (previous.length > 0 && previous[previous.length - 1].type === null) {
      ctx.report(Messages.defaultExceptNotLast, keyword.start, keyword.length);
    }
    const body = this.parseSuite();
    return { kind: "ExceptHandler", type, name, body, ...blockSpan(ctx, keyword.start, body) };
  }

  // with_stmt: ['async'] 'with' '(' ','.with_item+ [','] ')' ':' block
  //          | ['async'] 'with' ','.with_item+ ':' block
  private parseWith(start: number, isAsync: boolean): Stmt {
    const ctx = this.ctx;
    ctx.advance();
    const items: WithItem[] = [];
    if (this.atParenthesizedWithItems()) {
      ctx.advance();
      do {
        if (ctx.isOperator(")") && items.length > 0) break;
        items.push(this.parseWithItem());
      } while (ctx.consumeOperator(","));
      ctx.expectOperator(")", "expected ')'");
    } else {
      do items.push(this.parseWithItem()); while (ctx.consumeOperator(","));
    }
    const body = this.parseSuite();
    return { kind: "With", items, body, isAsync, ...blockSpan(ctx, start, body) };
  }

  /** `with (` is a parenthesized item list when the matching `)` is followed by the header's `:`. */
  private atParenthesizedWithItems(): boolean {
    const ctx = this.ctx;
    if (!ctx.isOperator("(")) return false;
    let depth = 0;
    for (let i = 0; ; i++) {
      const token = ctx.peekAhead(i);
      if (token.kind === TokenKind.NewLine || token.kind === TokenKind.EndOfStream) return false;
      if (token.kind !== TokenKind.Operator) continue;
      if (token.value === "(" || token.value === "[" || token.value === "{") depth++;
      else if (token.value === ")" || token.value === "]" || token.value === "}") depth--;
      if (depth === 0) {
        const next = ctx.peekAhead(i + 1);
        return next.kind === TokenKind.Operator && next.value === ":";
      }
    }
  }

  // with_item: expression ['as' star_target]
  private parseWithItem(): WithItem {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const contextExpr = this.exprs.parseExpression();
    const optionalVars = ctx.consumeKeyword("as") ? this.exprs.parseStarTarget() : null;
    return { kind: "withitem", contextExpr, optionalVars, start, length: ctx.lengthFrom(start) };
  }

  // decorators: ('@' named_expression NEWLINE)+
  parseDecorated(): Stmt {
    const ctx = this.ctx;
    const decorators: Expr[] = [];
    while (ctx.consumeOperator("@")) {
      decorators.push(this.exprs.parseNamedExpression());
      if (!ctx.consumeKind(TokenKind.NewLine)) {
        ctx.reportUnexpected(Details.expectedNewLine);
        ctx.skipLine();
      }
    }
    const token = ctx.peek();
    const decorable = token.kind === TokenKind.Keyword && (token.value === "def" || token.value === "class" || token.value === "async");
    if (decorable) return this.parseCompoundStatement(decorators);
    ctx.reportUnexpected("expected 'def' or 'class'");
    return { kind: "ErrorStmt", start: token.start, length: 0 };
  }

  // function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private parseFunctionDef(start: number, decorators: Expr[], isAsync: boolean): Stmt {
    const ctx = this.ctx;
    ctx.advance();
    const name = ctx.expectName()?.value ?? "";
    ctx.expectOperator("(", "expected '('");
    const args = parseParameters(ctx, this.exprs, ")");
    ctx.expectOperator(")", "expected ')'");
    const returns = ctx.consumeOperator("->") ? this.exprs.parseExpression() : null;
    const body = this.parseSuite();
    const statement: FunctionDefStmt = {
      kind: "FunctionDef", name, args, body, decorators, returns, isAsync, docstring: docstringOf(body), ...blockSpan(ctx, start, body),
    };
    return statement;
  }

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  private parseClassDef(start: number, decorators: Expr[]): Stmt {
    const ctx = this.ctx;
    ctx.advance();
    const name = ctx.expectName()?.value ?? "";
    let bases: Expr[] = [];
    let keywords: ClassDefStmt["keywords"] = [];
    if (ctx.consumeOperator("(")) ({ args: bases, keywords } = this.exprs.parseCallArguments());
    const body = this.parseSuite();
    return { kind: "ClassDef", name, bases, keywords, body, decorators, ...blockSpan(ctx, start, body) };
  }

  // async_stmt: 'async' (function_def | with_stmt | for_stmt)
  private parseAsync(decorators: Expr[] | null): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const token = ctx.peek();
    if (token.kind === TokenKind.Keyword) {
      if (token.value === "def") return this.parseFunctionDef(start, decorators ?? [], true);
      if (decorators === null && token.value === "for") return this.parseFor(start, true);
      if (decorators === null && token.value === "with") return this.parseWith(start, true);
    }
    ctx.reportUnexpected("expected 'def', 'for' or 'with'");
    ctx.skipLine();
    return { kind: "ErrorStmt", start, length: ctx.lengthFrom(start) };
  }
}

/** The first statement's string, when the body starts with a plain string literal. */
function docstringOf(body: Stmt[]): string | null {
  const first = body.length > 0 ? body[0] : null;
  if (first === null || first.kind !== "Expr" || first.value.kind !== "Constant") return null;
  return typeof first.value.value === "string" ? first.value.value : null;
}

/** A compound statement ends where its last nested statement ends (not at the NEWLINE/DEDENT after it). */
function blockSpan(ctx: ParserContext, start: number, ...blocks: NodeBase[][]): NodeBase {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.length === 0) continue;
    const last = block[block.length - 1];
    return { start, length: Math.max(0, last.start + last.length - start) };
  }
  return ctx.span(start);
}
