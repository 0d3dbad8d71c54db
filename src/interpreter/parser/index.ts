// The parser's public surface: parse(), tokenize(), buildLineMap() and the AST types.

import type { Diagnostic, Module, ParseResult } from "./ast.js";
import { buildLineMap } from "./line-map.js";
import { Messages } from "./messages.js";
import { ParserContext } from "./parser-context.js";
import { StatementParser } from "./statement-parser.js";
import { checkSyntax } from "./syntax-checks.js";
import { tokenize } from "./tokenizer.js";

export type * from "./ast.js";
export { tokenize } from "./tokenizer.js";
export { buildLineMap } from "./line-map.js";
export { TokenKind, StringFlags, TokenError, type Token } from "./tokens.js";
export { dumpAst } from "./ast-dump.js";

/** "exec": a module; "eval": one expression (the Module holds a single Expr statement); "single": one REPL entry. */
export type ParseMode = "exec" | "eval" | "single";

/** Detail given to a diagnostic that stands for a bug in the parser itself. */
export const INTERNAL_ERROR_DETAIL = "internal parser error";

/**
 * Parses Python source into a Module and its diagnostics. Never throws: bad input gives
 * diagnostics (MicroPython's wording) and ErrorExpr/ErrorStmt nodes where the input made no sense.
 */
export function parse(source: string, filename = "<stdin>", mode: ParseMode = "exec"): ParseResult {
  void filename;
  const lines = buildLineMap(source);
  try {
    const ctx = new ParserContext(source, tokenize(source));
    const parser = new StatementParser(ctx);
    const module = mode === "eval" ? parser.parseEvalInput() : mode === "single" ? parser.parseSingleInput() : parser.parseModule();
    const diagnostics = ctx.diagnostics;
    for (const problem of checkSyntax(module)) diagnostics.push(problem);
    return { module, diagnostics, lines };
  } catch (error) {
    return { module: emptyModule(source), diagnostics: [internalError(error)], lines };
  }
}

function emptyModule(source: string): Module {
  return { kind: "Module", body: [], start: 0, length: source.length };
}

/** A safety net: a parser bug (or a stack overflow on absurd nesting) still gives a diagnostic, not an exception. */
function internalError(error: unknown): Diagnostic {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { message: Messages.invalidSyntax, start: 0, length: 0, errorType: "SyntaxError", detail: `${INTERNAL_ERROR_DETAIL}: ${text}` };
}
