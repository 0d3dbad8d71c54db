// The expression grammar, one method per rule (the rule is the comment above it). Displays,
// comprehensions and call arguments live in display-parser.ts; strings in string-parser.ts.

import type {
  BinaryOperator, CompareOperator, Comprehension, ConstantExpr, Expr, Keyword, LambdaExpr, SliceExpr, UnaryOperator,
} from "./ast.js";
import { parseParameters } from "./parameter-parser.js";
import { Details, Messages } from "./messages.js";
import { decodeNumber } from "./number-literal.js";
import type { ParserContext } from "./parser-context.js";
import { StringParser } from "./string-parser.js";
import { TokenKind, type Token } from "./tokens.js";
import { DisplayParser } from "./display-parser.js";

/** Binding power of the binary operators between `bitwise_or` and `term` (higher binds tighter). */
const BINARY_PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ["|", 1], ["^", 2], ["&", 3], ["<<", 4], [">>", 4], ["+", 5], ["-", 5],
  ["*", 6], ["/", 6], ["//", 6], ["%", 6], ["@", 6],
]);

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(["==", "!=", "<", "<=", ">", ">="]);
const EXPRESSION_START_KEYWORDS: ReadonlySet<string> = new Set(["None", "True", "False", "__debug__", "not", "lambda", "await"]);
const EXPRESSION_START_OPERATORS: ReadonlySet<string> = new Set(["(", "[", "{", "-", "+", "~", "...", "*"]);

export class ExpressionParser {
  private readonly strings: StringParser;
  private readonly displays: DisplayParser;

  constructor(private readonly ctx: ParserContext) {
    this.strings = new StringParser(ctx, this);
    this.displays = new DisplayParser(ctx, this);
  }

  /** True when the current token can begin an expression (or a starred item). */
  atExpressionStart(): boolean {
    const token = this.ctx.peek();
    switch (token.kind) {
      case TokenKind.Name:
      case TokenKind.Number:
      case TokenKind.String:
      case TokenKind.FStringStart:
        return true;
      case TokenKind.Keyword:
        return EXPRESSION_START_KEYWORDS.has(token.value);
      case TokenKind.Operator:
        return EXPRESSION_START_OPERATORS.has(token.value);
      default:
        return false;
    }
  }

  // ---------- sequences ----------

  // star_expressions: star_expression (',' star_expression)* [',']
  parseStarExpressions(): Expr {
    return this.parseSequence(() => this.parseStarExpression());
  }

  // star_named_expressions: star_named_expression (',' star_named_expression)* [',']
  parseStarNamedExpressions(): Expr {
    return this.parseSequence(() => this.parseStarNamedExpression());
  }

  // star_targets: star_target (',' star_target)* [',']   (checked as targets by syntax-checks.ts)
  parseTargetList(): Expr {
    return this.parseSequence(() => this.parseStarTarget());
  }

  // expressions: expression (',' expression)* [',']
  parseExpressions(): Expr {
    return this.parseSequence(() => this.parseExpression());
  }

  /** item (',' item)* [','] — a Tuple when there is a comma. */
  private parseSequence(parseItem: () => Expr): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const first = parseItem();
    if (!ctx.isOperator(",")) return first;
    const elts = [first];
    while (ctx.consumeOperator(",") && this.atExpressionStart()) elts.push(parseItem());
    return { kind: "Tuple", elts, parenthesized: false, start, length: ctx.lengthFrom(start) };
  }

  // star_expression: '*' bitwise_or | expression
  parseStarExpression(): Expr {
    return this.ctx.isOperator("*") ? this.parseStarred() : this.parseExpression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  parseStarNamedExpression(): Expr {
    return this.ctx.isOperator("*") ? this.parseStarred() : this.parseNamedExpression();
  }

  // star_target: '*' bitwise_or | bitwise_or
  parseStarTarget(): Expr {
    return this.ctx.isOperator("*") ? this.parseStarred() : this.parseBitwiseOr();
  }

  // starred: '*' bitwise_or
  parseStarred(): Expr {
    const start = this.ctx.advance().start;
    const value = this.parseBitwiseOr();
    return { kind: "Starred", value, start, length: this.ctx.lengthFrom(start) };
  }

  // ---------- expression levels ----------

  // named_expression: NAME ':=' expression | expression
  parseNamedExpression(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const target = this.parseExpression();
    if (!ctx.consumeOperator(":=")) return target;
    const value = this.parseExpression();
    if (target.kind !== "Name") {
      if (target.kind !== "ErrorExpr") ctx.reportAt(target, Messages.cantAssign);
      return ctx.errorExpr(start);
    }
    return { kind: "NamedExpr", target, value, start, length: ctx.lengthFrom(start) };
  }

  // expression: disjunction ['if' disjunction 'else' expression] | lambdef
  parseExpression(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    if (!ctx.enterNesting()) return ctx.errorExpr(start);
    const result = ctx.isKeyword("lambda") ? this.parseLambda() : this.parseConditional(start);
    ctx.leaveNesting();
    return result;
  }

  private parseConditional(start: number): Expr {
    const ctx = this.ctx;
    const body = this.parseDisjunction();
    if (!ctx.consumeKeyword("if")) return body;
    const test = this.parseDisjunction();
    if (!ctx.consumeKeyword("else")) {
      ctx.reportUnexpected("expected 'else'");
      return ctx.errorExpr(start);
    }
    const orelse = this.parseExpression();
    return { kind: "IfExp", test, body, orelse, start, length: ctx.lengthFrom(start) };
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private parseLambda(): LambdaExpr {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const args = parseParameters(ctx, this, ":");
    ctx.expectOperator(":", Details.expectedColon);
    const body = this.parseExpression();
    return { kind: "Lambda", args, body, start, length: ctx.lengthFrom(start) };
  }

  // disjunction: conjunction ('or' conjunction)*
  parseDisjunction(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const first = this.parseConjunction();
    if (!ctx.isKeyword("or")) return first;
    const values = [first];
    while (ctx.consumeKeyword("or")) values.push(this.parseConjunction());
    return { kind: "BoolOp", op: "or", values, start, length: ctx.lengthFrom(start) };
  }

  // conjunction: inversion ('and' inversion)*   (written out like disjunction: no closure per operand)
  private parseConjunction(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const first = this.parseInversion();
    if (!ctx.isKeyword("and")) return first;
    const values = [first];
    while (ctx.consumeKeyword("and")) values.push(this.parseInversion());
    return { kind: "BoolOp", op: "and", values, start, length: ctx.lengthFrom(start) };
  }

  // inversion: 'not' inversion | comparison
  private parseInversion(): Expr {
    const ctx = this.ctx;
    if (!ctx.isKeyword("not")) return this.parseComparison();
    const start = ctx.advance().start;
    if (!ctx.enterNesting()) return ctx.errorExpr(start);
    const operand = this.parseInversion();
    ctx.leaveNesting();
    return { kind: "UnaryOp", op: "not", operand, start, length: ctx.lengthFrom(start) };
  }

  // comparison: bitwise_or (compare_op bitwise_or)*
  private parseComparison(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const left = this.parseBitwiseOr();
    let op = this.consumeComparisonOperator();
    if (op === null) return left;
    const ops: CompareOperator[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.parseBitwiseOr());
      op = this.consumeComparisonOperator();
    }
    return { kind: "Compare", left, ops, comparators, start, length: ctx.lengthFrom(start) };
  }

  // compare_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' | 'is' 'not'
  private consumeComparisonOperator(): CompareOperator | null {
    const ctx = this.ctx;
    const token = ctx.peek();
    if (token.kind === TokenKind.Operator && COMPARISON_OPERATORS.has(token.value)) {
      ctx.advance();
      return token.value as CompareOperator;
    }
    if (token.kind !== TokenKind.Keyword) return null;
    if (token.value === "in") {
      ctx.advance();
      return "in";
    }
    if (token.value === "is") {
      ctx.advance();
      return ctx.consumeKeyword("not") ? "is not" : "is";
    }
    const next = ctx.peekAhead(1);
    if (token.value === "not" && next.kind === TokenKind.Keyword && next.value === "in") {
      ctx.advance();
      ctx.advance();
      return "not in";
    }
    return null;
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and so on down to term, by precedence climbing)
  parseBitwiseOr(): Expr {
    return this.parseBinary(1);
  }

  private parseBinary(minPrecedence: number): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    let left = this.parseFactor();
    for (;;) {
      const token = ctx.peek();
      if (token.kind !== TokenKind.Operator) return left;
      const precedence = BINARY_PRECEDENCE.get(token.value);
      if (precedence === undefined || precedence < minPrecedence) return left;
      ctx.advance();
      const right = this.parseBinary(precedence + 1);
      left = { kind: "BinOp", left, op: token.value as BinaryOperator, right, start, length: ctx.lengthFrom(start) };
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  private parseFactor(): Expr {
    const ctx = this.ctx;
    const token = ctx.peek();
    if (token.kind !== TokenKind.Operator || (token.value !== "-" && token.value !== "+" && token.value !== "~")) {
      return this.parsePower();
    }
    ctx.advance();
    if (!ctx.enterNesting()) return ctx.errorExpr(token.start);
    const operand = this.parseFactor();
    ctx.leaveNesting();
    return { kind: "UnaryOp", op: token.value as UnaryOperator, operand, start: token.start, length: ctx.lengthFrom(token.start) };
  }

  // power: await_primary '**' factor | await_primary
  private parsePower(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const base = this.parseAwaitPrimary();
    if (!ctx.consumeOperator("**")) return base;
    if (!ctx.enterNesting()) return ctx.errorExpr(start);
    const exponent = this.parseFactor();
    ctx.leaveNesting();
    return { kind: "BinOp", left: base, op: "**", right: exponent, start, length: ctx.lengthFrom(start) };
  }

  // await_primary: 'await' primary | primary
  private parseAwaitPrimary(): Expr {
    const ctx = this.ctx;
    if (!ctx.isKeyword("await")) return this.parsePrimary();
    const start = ctx.advance().start;
    const value = this.parsePrimary();
    return { kind: "Await", value, start, length: ctx.lengthFrom(start) };
  }

  // primary: primary '.' NAME | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  private parsePrimary(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    let expr = this.parseAtom();
    for (;;) {
      const token = ctx.peek();
      if (token.kind !== TokenKind.Operator) return expr;
      if (token.value === ".") {
        ctx.advance();
        const name = ctx.expectName();
        if (name === null) return ctx.errorExpr(start);
        expr = { kind: "Attribute", value: expr, attr: name.value, start, length: ctx.lengthFrom(start) };
      } else if (token.value === "(") {
        ctx.advance();
        const { args, keywords } = this.parseCallArguments();
        expr = { kind: "Call", func: expr, args, keywords, start, length: ctx.lengthFrom(start) };
      } else if (token.value === "[") {
        ctx.advance();
        const slice = this.parseSlices();
        ctx.expectOperator("]", "expected ']'");
        expr = { kind: "Subscript", value: expr, slice, start, length: ctx.lengthFrom(start) };
      } else {
        return expr;
      }
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private parseSlices(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const first = this.parseSliceItem();
    if (!ctx.isOperator(",")) {
      // `x[*a]` means `x[(*a,)]`
      return first.kind === "Starred" ? { kind: "Tuple", elts: [first], parenthesized: false, start, length: ctx.lengthFrom(start) } : first;
    }
    const elts = [first];
    while (ctx.consumeOperator(",") && !ctx.isOperator("]")) elts.push(this.parseSliceItem());
    return { kind: "Tuple", elts, parenthesized: false, start, length: ctx.lengthFrom(start) };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression
  private parseSliceItem(): Expr {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    if (ctx.isOperator("*")) return this.parseStarred();
    const lower = ctx.isOperator(":") ? null : this.parseNamedExpression();
    if (!ctx.consumeOperator(":")) return lower ?? ctx.errorExpr(start);
    const upper = this.atSliceBoundEnd() ? null : this.parseExpression();
    let step: Expr | null = null;
    if (ctx.consumeOperator(":") && !this.atSliceBoundEnd()) step = this.parseExpression();
    const slice: SliceExpr = { kind: "Slice", lower, upper, step, start, length: ctx.lengthFrom(start) };
    return slice;
  }

  private atSliceBoundEnd(): boolean {
    const ctx = this.ctx;
    return ctx.isOperator(":") || ctx.isOperator(",") || ctx.isOperator("]");
  }

  // arguments: ','.(starred_expression | kwarg | named_expression [for_if_clauses])+ [','] ')'
  parseCallArguments(): { args: Expr[]; keywords: Keyword[] } {
    return this.displays.parseCallArguments();
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  parseComprehensionClauses(): Comprehension[] {
    return this.displays.parseComprehensionClauses();
  }

  atComprehensionFor(): boolean {
    return this.displays.atComprehensionFor();
  }

  // ---------- atoms ----------

  // atom: NAME | 'True' | 'False' | 'None' | '__debug__' | strings | NUMBER | tuple | group | genexp
  //     | list | listcomp | dict | set | dictcomp | setcomp | '...'
  parseAtom(): Expr {
    const ctx = this.ctx;
    const token = ctx.peek();
    switch (token.kind) {
      case TokenKind.Name:
        ctx.advance();
        return { kind: "Name", id: token.value, start: token.start, length: token.length };
      case TokenKind.Number:
        return this.parseNumber();
      case TokenKind.String:
      case TokenKind.FStringStart:
        return this.strings.parseStrings();
      case TokenKind.Keyword:
        return this.parseKeywordConstant(token);
      case TokenKind.Operator:
        return this.parseBracketAtom(token);
      default:
        ctx.reportUnexpected(Details.expectedExpression);
        return ctx.errorExpr(token.start);
    }
  }

  private parseNumber(): Expr {
    const ctx = this.ctx;
    const token = ctx.advance();
    const decoded = decodeNumber(ctx.source.slice(token.start, token.start + token.length));
    if (!decoded.ok) {
      ctx.report(decoded.message, token.start, token.length);
      return ctx.errorExpr(token.start);
    }
    return { kind: "Constant", value: decoded.value, start: token.start, length: token.length };
  }

  private parseKeywordConstant(token: Token): Expr {
    const ctx = this.ctx;
    let value: ConstantExpr["value"];
    switch (token.value) {
      case "None": value = null; break;
      case "True": case "__debug__": value = true; break;
      case "False": value = false; break;
      default:
        ctx.reportUnexpected(Details.expectedExpression);
        return ctx.errorExpr(token.start);
    }
    ctx.advance();
    return { kind: "Constant", value, start: token.start, length: token.length };
  }

  private parseBracketAtom(token: Token): Expr {
    const ctx = this.ctx;
    switch (token.value) {
      case "(": return this.displays.parseParenthesized();
      case "[": return this.displays.parseList();
      case "{": return this.displays.parseBraces();
      case "...":
        ctx.advance();
        return { kind: "Constant", value: { type: "ellipsis" }, start: token.start, length: token.length };
      default:
        ctx.reportUnexpected(Details.expectedExpression);
        return ctx.errorExpr(token.start);
    }
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  parseYield(): Expr {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (ctx.consumeKeyword("from")) {
      const value = this.parseExpression();
      return { kind: "YieldFrom", value, start, length: ctx.lengthFrom(start) };
    }
    const value = this.atExpressionStart() ? this.parseStarExpressions() : null;
    return { kind: "Yield", value, start, length: ctx.lengthFrom(start) };
  }
}
