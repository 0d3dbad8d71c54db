// Simple statements (those that fit on one line between `;`s): expression statements and the
// assignments, and the keyword statements from `pass` to `import`.

import type { Alias, BinaryOperator, Expr, ImportFromStmt, Stmt } from "./ast.js";
import type { ExpressionParser } from "./expression-parser.js";
import { Details, Messages } from "./messages.js";
import { AUGMENTED_ASSIGNMENT } from "./operators.js";
import type { ParserContext } from "./parser-context.js";
import { TokenKind } from "./tokens.js";

export class SimpleStatementParser {
  constructor(private readonly ctx: ParserContext, private readonly exprs: ExpressionParser) {}

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //            | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  parseSimpleStatement(): Stmt {
    const token = this.ctx.peek();
    if (token.kind === TokenKind.Keyword) {
      switch (token.value) {
        case "pass": return this.parseKeywordOnly("Pass");
        case "break": return this.parseKeywordOnly("Break");
        case "continue": return this.parseKeywordOnly("Continue");
        case "return": return this.parseReturn();
        case "raise": return this.parseRaise();
        case "global": return this.parseGlobalOrNonlocal("Global");
        case "nonlocal": return this.parseGlobalOrNonlocal("Nonlocal");
        case "del": return this.parseDel();
        case "assert": return this.parseAssert();
        case "import": return this.parseImport();
        case "from": return this.parseFromImport();
      }
    }
    return this.parseExpressionStatement();
  }

  private parseKeywordOnly(kind: "Pass" | "Break" | "Continue"): Stmt {
    const token = this.ctx.advance();
    return { kind, start: token.start, length: token.length };
  }

  // assignment: target ':' expression ['=' annotated_rhs]
  //           | (star_targets '=')+ (yield_expr | star_expressions)
  //           | single_target augassign (yield_expr | star_expressions)
  // star_expressions
  private parseExpressionStatement(): Stmt {
    const ctx = this.ctx;
    const start = ctx.peek().start;
    const first = this.parseRightHandSide();
    const token = ctx.peek();
    if (token.kind !== TokenKind.Operator) return { kind: "Expr", value: first, start, length: ctx.lengthFrom(start) };
    if (token.value === "=") return this.parseAssignment(start, first);
    if (token.value === ":") return this.parseAnnotatedAssignment(start, first);
    const op = AUGMENTED_ASSIGNMENT.get(token.value);
    if (op !== undefined) {
      ctx.advance();
      const value = this.parseRightHandSide();
      return { kind: "AugAssign", target: first, op: op as BinaryOperator, value, start, length: ctx.lengthFrom(start) };
    }
    return { kind: "Expr", value: first, start, length: ctx.lengthFrom(start) };
  }

  private parseAssignment(start: number, first: Expr): Stmt {
    const ctx = this.ctx;
    const targets = [first];
    let value = first;
    while (ctx.consumeOperator("=")) {
      value = this.parseRightHandSide();
      targets.push(value);
    }
    targets.pop();
    return { kind: "Assign", targets, value, start, length: ctx.lengthFrom(start) };
  }

  // annotated_rhs: yield_expr | star_expressions
  private parseAnnotatedAssignment(start: number, target: Expr): Stmt {
    const ctx = this.ctx;
    ctx.advance();
    const annotation = this.exprs.parseExpression();
    const value = ctx.consumeOperator("=") ? this.parseRightHandSide() : null;
    if (target.kind === "Tuple") {
      ctx.reportAt(target, Messages.singleTargetAnnotation);
    } else if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript" && target.kind !== "ErrorExpr") {
      ctx.reportAt(target, Messages.illegalAnnotationTarget);
    }
    const simple = target.kind === "Name" && target.start === start;
    return { kind: "AnnAssign", target, annotation, value, simple, start, length: ctx.lengthFrom(start) };
  }

  private parseRightHandSide(): Expr {
    return this.ctx.isKeyword("yield") ? this.exprs.parseYield() : this.exprs.parseStarExpressions();
  }

  // return_stmt: 'return' [star_expressions]
  private parseReturn(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const value = this.exprs.atExpressionStart() ? this.exprs.parseStarExpressions() : null;
    return { kind: "Return", value, start, length: ctx.lengthFrom(start) };
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private parseRaise(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (!this.exprs.atExpressionStart()) return { kind: "Raise", exc: null, cause: null, start, length: ctx.lengthFrom(start) };
    const exc = this.exprs.parseExpression();
    const cause = ctx.consumeKeyword("from") ? this.exprs.parseExpression() : null;
    return { kind: "Raise", exc, cause, start, length: ctx.lengthFrom(start) };
  }

  // global_stmt: 'global' ','.NAME+        nonlocal_stmt: 'nonlocal' ','.NAME+
  private parseGlobalOrNonlocal(kind: "Global" | "Nonlocal"): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const names: string[] = [];
    do {
      const name = ctx.expectName();
      if (name === null) break;
      names.push(name.value);
    } while (ctx.consumeOperator(","));
    return { kind, names, start, length: ctx.lengthFrom(start) };
  }

  // del_stmt: 'del' del_targets      (which expressions may be deleted is checked by syntax-checks.ts)
  private parseDel(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    if (!this.exprs.atExpressionStart()) {
      ctx.reportUnexpected(Details.expectedExpression);
      return { kind: "Delete", targets: [], start, length: ctx.lengthFrom(start) };
    }
    const targets = this.exprs.parseStarExpressions();
    const list = targets.kind === "Tuple" && !targets.parenthesized ? targets.elts : [targets];
    return { kind: "Delete", targets: list, start, length: ctx.lengthFrom(start) };
  }

  // assert_stmt: 'assert' expression [',' expression]
  private parseAssert(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const test = this.exprs.parseExpression();
    const msg = ctx.consumeOperator(",") ? this.exprs.parseExpression() : null;
    return { kind: "Assert", test, msg, start, length: ctx.lengthFrom(start) };
  }

  // import_name: 'import' ','.dotted_as_name+
  // dotted_as_name: dotted_name ['as' NAME]
  private parseImport(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    const names: Alias[] = [];
    do {
      const aliasStart = ctx.peek().start;
      const name = this.parseDottedName();
      if (name === null) break;
      names.push(this.finishAlias(aliasStart, name));
    } while (ctx.consumeOperator(","));
    return { kind: "Import", names, start, length: ctx.lengthFrom(start) };
  }

  // dotted_name: NAME ('.' NAME)*
  private parseDottedName(): string | null {
    const ctx = this.ctx;
    const first = ctx.expectName();
    if (first === null) return null;
    let name = first.value;
    while (ctx.consumeOperator(".")) {
      const part = ctx.expectName();
      if (part === null) return null;
      name += "." + part.value;
    }
    return name;
  }

  private finishAlias(start: number, name: string): Alias {
    const ctx = this.ctx;
    let asname: string | null = null;
    if (ctx.consumeKeyword("as")) asname = ctx.expectName()?.value ?? null;
    return { kind: "alias", name, asname, start, length: ctx.lengthFrom(start) };
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  private parseFromImport(): Stmt {
    const ctx = this.ctx;
    const start = ctx.advance().start;
    let level = 0;
    for (;;) {
      if (ctx.consumeOperator(".")) level += 1;
      else if (ctx.consumeOperator("...")) level += 3;
      else break;
    }
    const module = level > 0 && ctx.isKeyword("import") ? null : this.parseDottedName();
    const statement: ImportFromStmt = { kind: "ImportFrom", module, names: [], level, start, length: 0 };
    if (ctx.consumeKeyword("import")) statement.names = this.parseImportTargets();
    else ctx.reportUnexpected("expected 'import'");
    return { ...statement, start, length: ctx.lengthFrom(start) };
  }

  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  private parseImportTargets(): Alias[] {
    const ctx = this.ctx;
    const star = ctx.peek();
    if (ctx.consumeOperator("*")) return [{ kind: "alias", name: "*", asname: null, start: star.start, length: star.length }];
    const parenthesized = ctx.consumeOperator("(");
    const names: Alias[] = [];
    do {
      if (parenthesized && ctx.isOperator(")") && names.length > 0) break;
      const name = ctx.expectName();
      if (name === null) return names;
      names.push(this.finishAlias(name.start, name.value));
    } while (ctx.consumeOperator(","));
    if (parenthesized) ctx.expectOperator(")", "expected ')'");
    return names;
  }
}
