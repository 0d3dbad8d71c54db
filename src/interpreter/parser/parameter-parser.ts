// Parameter lists of `def` (with annotations) and `lambda` (without): positional-only `/`,
// `*args` or a bare `*`, keyword-only parameters, `**kwargs`, defaults and their ordering rules.

import type { Arg, Arguments, NodeBase } from "./ast.js";
import type { ExpressionParser } from "./expression-parser.js";
import { Details, Messages } from "./messages.js";
import type { ParserContext } from "./parser-context.js";
import { TokenKind } from "./tokens.js";

/** Where the parameter list has got to: what may still follow. */
interface ParameterState {
  sawSlash: boolean;
  sawStar: boolean;
  bareStar: NodeBase | null;
  sawDefault: boolean;
  names: Set<string>;
}

// parameters: ','.(param_with_default | '/' | '*' [param] | '**' param)* [',']   (order checked as we go)
// param: NAME [':' expression] — annotations only in `def` (closer ")"), not in `lambda` (closer ":")
export function parseParameters(ctx: ParserContext, exprs: ExpressionParser, closer: ")" | ":"): Arguments {
  const start = ctx.peek().start;
  const result: Arguments = {
    kind: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null,
    defaults: [], start, length: 0,
  };
  const state: ParameterState = { sawSlash: false, sawStar: false, bareStar: null, sawDefault: false, names: new Set() };
  while (!ctx.isOperator(closer)) {
    const before = ctx.position;
    if (result.kwarg !== null || !parseParameterItem(ctx, exprs, closer, result, state)) {
      ctx.reportUnexpected(Details.expectedName);
      break;
    }
    if (!ctx.consumeOperator(",") || ctx.position === before) break;
  }
  if (state.bareStar !== null && result.kwonlyargs.length === 0) {
    ctx.reportAt(state.bareStar, Messages.namedArgumentsAfterBareStar);
  }
  result.length = Math.max(0, ctx.previousEnd() - start);
  return result;
}

/** Parses one item of the list; false when the current token cannot start one here. */
function parseParameterItem(ctx: ParserContext, exprs: ExpressionParser, closer: string, result: Arguments, state: ParameterState): boolean {
  const token = ctx.peek();
  if (token.kind === TokenKind.Name) {
    parseNamedParameter(ctx, exprs, closer, result, state);
    return true;
  }
  if (token.kind !== TokenKind.Operator) return false;
  switch (token.value) {
    case "/":
      if (state.sawSlash || state.sawStar || result.args.length === 0) return false;
      ctx.advance();
      state.sawSlash = true;
      result.posonlyargs = result.args;
      result.args = [];
      return true;
    case "*":
      if (state.sawStar) return false;
      ctx.advance();
      state.sawStar = true;
      if (ctx.isKind(TokenKind.Name)) result.vararg = parseParameter(ctx, exprs, closer, state);
      else state.bareStar = { start: token.start, length: token.length };
      return true;
    case "**":
      ctx.advance();
      if (!ctx.isKind(TokenKind.Name)) return false;
      result.kwarg = parseParameter(ctx, exprs, closer, state);
      return true;
    default:
      return false;
  }
}

// param_with_default: param ['=' expression]
function parseNamedParameter(ctx: ParserContext, exprs: ExpressionParser, closer: string, result: Arguments, state: ParameterState): void {
  const arg = parseParameter(ctx, exprs, closer, state);
  const defaultValue = ctx.consumeOperator("=") ? exprs.parseExpression() : null;
  if (state.sawStar) {
    result.kwonlyargs.push(arg);
    result.kwDefaults.push(defaultValue);
    return;
  }
  result.args.push(arg);
  if (defaultValue !== null) {
    result.defaults.push(defaultValue);
    state.sawDefault = true;
  } else if (state.sawDefault) {
    ctx.reportAt(arg, Messages.nonDefaultAfterDefault);
  }
}

// param: NAME [':' expression]
function parseParameter(ctx: ParserContext, exprs: ExpressionParser, closer: string, state: ParameterState): Arg {
  const name = ctx.advance();
  const annotation = closer === ")" && ctx.consumeOperator(":") ? exprs.parseExpression() : null;
  if (state.names.has(name.value)) ctx.report(Messages.argumentNameReused, name.start, name.length);
  state.names.add(name.value);
  return { kind: "arg", arg: name.value, annotation, start: name.start, length: ctx.lengthFrom(name.start) };
}
