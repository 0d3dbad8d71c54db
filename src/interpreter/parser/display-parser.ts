// Bracketed expressions: groups and tuples, lists, dicts and sets, the comprehensions over them,
// and call arguments — one method per grammar rule.

import type { Comprehension, Expr, Keyword } from "./ast.js";
import type { ExpressionParser } from "./expression-parser.js";
import { Messages } from "./messages.js";
import type { ParserContext } from "./parser-context.js";
import { TokenKind } from "./tokens.js";

/** What the arguments so far allow next (keywords and `**` restrict positional arguments after them). */
interface ArgumentOrder {
  sawKeyword: boolean;
  sawDoubleStar: boolean;
  /** An unparenthesized generator argument, legal only as the sole argument. */
  bareGenerator: Expr | null;
}

export class DisplayParser {
  constructor(private readonly ctx: ParserContext, private readonly exprs: ExpressionParser) {}

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' named_expression for_if_clauses ')'
  parseParenthesized(): Expr {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (ctx.consumeOperator(")")) return { kind: "Tuple", elts: [], parenthesized: true, start, length: ctx.lengthFrom(start) };
    if (ctx.isKeyword("yield")) {
      const value = this.exprs.parseYield();
      this.expectClose(")");
      return value;
    }
    const first = this.exprs.parseStarNamedExpression();
    if (this.atComprehensionFor()) {
      const generators = this.parseComprehensionClauses();
      this.expectClose(")");
      return { kind: "GeneratorExp", elt: first, generators, start, length: ctx.lengthFrom(start) };
    }
    if (ctx.isOperator(",")) {
      const elts = this.parseRestOfSequence(first, ")");
      this.expectClose(")");
      return { kind: "Tuple", elts, parenthesized: true, start, length: ctx.lengthFrom(start) };
    }
    this.expectClose(")");
    if (first.kind === "Starred") ctx.reportAt(first, Messages.starredNotTarget);
    return first;
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  parseList(): Expr {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (ctx.consumeOperator("]")) return { kind: "List", elts: [], start, length: ctx.lengthFrom(start) };
    const first = this.exprs.parseStarNamedExpression();
    if (this.atComprehensionFor()) {
      const generators = this.parseComprehensionClauses();
      this.expectClose("]");
      return { kind: "ListComp", elt: first, generators, start, length: ctx.lengthFrom(start) };
    }
    const elts = this.parseRestOfSequence(first, "]");
    this.expectClose("]");
    return { kind: "List", elts, start, length: ctx.lengthFrom(start) };
  }

  /** After the first element: (',' star_named_expression)* [','] up to `close`. */
  private parseRestOfSequence(first: Expr, close: string): Expr[] {
    const ctx = this.ctx;
    const elts = [first];
    while (ctx.consumeOperator(",") && !ctx.isOperator(close)) elts.push(this.exprs.parseStarNamedExpression());
    return elts;
  }

  // dict: '{' [double_starred_kvpairs] '}'      dictcomp: '{' kvpair for_if_clauses '}'
  // set: '{' star_named_expressions '}'         setcomp: '{' named_expression for_if_clauses '}'
  parseBraces(): Expr {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (ctx.consumeOperator("}")) return { kind: "Dict", keys: [], values: [], start, length: ctx.lengthFrom(start) };
    if (ctx.consumeOperator("**")) {
      return this.parseDictRest(start, null, this.exprs.parseBitwiseOr());
    }
    const first = this.exprs.parseStarNamedExpression();
    if (first.kind !== "Starred" && ctx.consumeOperator(":")) {
      return this.parseDictRest(start, first, this.exprs.parseExpression());
    }
    return this.parseSetRest(start, first);
  }

  private parseDictRest(start: number, firstKey: Expr | null, firstValue: Expr): Expr {
    const ctx = this.ctx;
    if (firstKey !== null && this.atComprehensionFor()) {
      const generators = this.parseComprehensionClauses();
      this.expectClose("}");
      return { kind: "DictComp", key: firstKey, value: firstValue, generators, start, length: ctx.lengthFrom(start) };
    }
    const keys: (Expr | null)[] = [firstKey];
    const values = [firstValue];
    while (ctx.consumeOperator(",") && !ctx.isOperator("}")) this.parseDictItem(keys, values);
    this.expectClose("}");
    return { kind: "Dict", keys, values, start, length: ctx.lengthFrom(start) };
  }

  // double_starred_kvpair: '**' bitwise_or | expression ':' expression
  private parseDictItem(keys: (Expr | null)[], values: Expr[]): void {
    const ctx = this.ctx;
    if (ctx.consumeOperator("**")) {
      keys.push(null);
      values.push(this.exprs.parseBitwiseOr());
      return;
    }
    const key = this.exprs.parseExpression();
    if (!ctx.consumeOperator(":")) {
      if (key.kind !== "ErrorExpr") ctx.reportAt(key, Messages.expectingKeyValue);
      keys.push(key);
      values.push(ctx.errorExpr(key.start));
      return;
    }
    keys.push(key);
    values.push(this.exprs.parseExpression());
  }

  private parseSetRest(start: number, first: Expr): Expr {
    const ctx = this.ctx;
    if (first.kind !== "Starred" && this.atComprehensionFor()) {
      const generators = this.parseComprehensionClauses();
      this.expectClose("}");
      return { kind: "SetComp", elt: first, generators, start, length: ctx.lengthFrom(start) };
    }
    const elts = [first];
    for (;;) {
      if (ctx.isOperator(":") || ctx.isOperator("**")) {
        this.reportValueExpected(elts[elts.length - 1]);
        return ctx.errorExpr(start);
      }
      if (!ctx.consumeOperator(",") || ctx.isOperator("}")) break;
      elts.push(this.exprs.parseStarNamedExpression());
    }
    this.expectClose("}");
    return { kind: "Set", elts, start, length: ctx.lengthFrom(start) };
  }

  private reportValueExpected(near: Expr): void {
    const token = this.ctx.peek();
    this.ctx.report(Messages.expectingValue, near.start, token.start + token.length - near.start);
    this.skipToClose("}");
  }

  // ---------- comprehensions ----------

  atComprehensionFor(): boolean {
    const ctx = this.ctx;
    if (ctx.isKeyword("for")) return true;
    const next = ctx.peekAhead(1);
    return ctx.isKeyword("async") && next.kind === TokenKind.Keyword && next.value === "for";
  }

  // for_if_clauses: for_if_clause+
  // for_if_clause: ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*
  parseComprehensionClauses(): Comprehension[] {
    const ctx = this.ctx;
    const generators: Comprehension[] = [];
    while (this.atComprehensionFor()) {
      const start = ctx.peek().start;
      const isAsync = ctx.consumeKeyword("async");
      ctx.advance();
      const target = this.exprs.parseTargetList();
      if (!ctx.consumeKeyword("in")) ctx.reportUnexpected("expected 'in'");
      const iter = this.exprs.parseDisjunction();
      const ifs: Expr[] = [];
      while (ctx.consumeKeyword("if")) ifs.push(this.exprs.parseDisjunction());
      generators.push({ kind: "comprehension", target, iter, ifs, isAsync, start, length: ctx.lengthFrom(start) });
    }
    return generators;
  }

  // ---------- call arguments ----------

  // arguments: ','.(starred_expression | kwarg | named_expression [for_if_clauses])+ [','] ')'
  // kwarg: NAME '=' expression | '**' expression
  parseCallArguments(): { args: Expr[]; keywords: Keyword[] } {
    const ctx = this.ctx;
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const order: ArgumentOrder = { sawKeyword: false, sawDoubleStar: false, bareGenerator: null };
    while (!ctx.isOperator(")")) {
      const before = ctx.position;
      this.parseArgument(args, keywords, order);
      if (!ctx.consumeOperator(",") || ctx.position === before) break;
    }
    this.expectClose(")");
    if (order.bareGenerator !== null && args.length + keywords.length > 1) {
      ctx.reportAt(order.bareGenerator, Messages.generatorNotParenthesized);
    }
    return { args, keywords };
  }

  private parseArgument(args: Expr[], keywords: Keyword[], order: ArgumentOrder): void {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    if (ctx.consumeOperator("**")) {
      keywords.push({ kind: "keyword", arg: null, value: this.exprs.parseExpression(), start, length: ctx.lengthFrom(start) });
      order.sawDoubleStar = true;
      return;
    }
    if (ctx.consumeOperator("*")) {
      const value = this.exprs.parseExpression();
      if (order.sawDoubleStar) ctx.report(Messages.starAfterDoubleStar, start, ctx.previousEnd() - start);
      args.push({ kind: "Starred", value, start, length: ctx.lengthFrom(start) });
      return;
    }
    const expr = this.exprs.parseNamedExpression();
    if (ctx.consumeOperator("=")) {
      const value = this.exprs.parseExpression();
      if (expr.kind !== "Name") {
        if (expr.kind !== "ErrorExpr") ctx.reportAt(expr, Messages.keywordNotIdentifier);
        return;
      }
      keywords.push({ kind: "keyword", arg: expr.id, value, start, length: ctx.lengthFrom(start) });
      order.sawKeyword = true;
      return;
    }
    let arg = expr;
    if (this.atComprehensionFor()) {
      arg = this.parseBareGenerator(start, expr);
      order.bareGenerator = arg;
    }
    if (order.sawDoubleStar) ctx.reportAt(arg, Messages.positionalAfterDoubleStar);
    else if (order.sawKeyword) ctx.reportAt(arg, Messages.positionalAfterKeyword);
    args.push(arg);
  }

  private parseBareGenerator(start: number, elt: Expr): Expr {
    const generators = this.parseComprehensionClauses();
    return { kind: "GeneratorExp", elt, generators, start, length: this.ctx.lengthFrom(start) };
  }

  // ---------- closing brackets ----------

  private expectClose(close: string): void {
    if (this.ctx.consumeOperator(close)) return;
    this.ctx.reportUnexpected(`expected '${close}'`);
  }

  private skipToClose(close: string): void {
    const ctx = this.ctx;
    let depth = 0;
    for (;;) {
      const token = ctx.peek();
      if (token.kind === TokenKind.EndOfStream || token.kind === TokenKind.NewLine) return;
      if (token.kind === TokenKind.Operator) {
        if (token.value === close && depth === 0) return;
        if (token.value === "(" || token.value === "[" || token.value === "{") depth++;
        else if (token.value === ")" || token.value === "]" || token.value === "}") depth--;
      }
      ctx.advance();
    }
  }
}
