// Source text → compiled code: parse, turn the first diagnostic into SyntaxError (MicroPython's format),
// generate JS and bind it to the runtime helpers. Used for the main program, imports, exec/eval/compile.
import { parse } from "../parser/index";
import { compileModule, CompileError, type CompiledCode } from "../compiler/index";
import { runtimeHelpers, materializeConstant } from "../compiler/rt/index";
import { newException, SyntaxError, IndentationError, type PyBaseException } from "./errors";
import { optimisation, config } from "./config";
import { checkQstr } from "./qstr";

export type CompileMode = "exec" | "eval" | "single";

/** A SyntaxError whose traceback points at the line (`File "x.py", line 3` without a function name). */
export function syntaxError(message: string, filename: string, line: number, indentation = false): PyBaseException {
  const exc = newException(indentation ? IndentationError : SyntaxError, message);
  exc.traceback.push({ file: filename, line, name: "" });
  return exc;
}

/** Every identifier in the tree must fit a qstr (RuntimeError otherwise, as MicroPython's parser raises). */
function checkIdentifiers(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) checkIdentifiers(n);
    return;
  }
  const o = node as Record<string, unknown>;
  for (const key of ["id", "attr", "arg", "name", "asname"]) {
    const v = o[key];
    if (typeof v === "string" && o.kind !== undefined) checkQstr(v);
  }
  for (const [key, value] of Object.entries(o)) {
    if (typeof value === "object" && key !== "value") checkIdentifiers(value);
    else if (key === "value" && typeof value === "object" && value !== null && (value as { kind?: string }).kind !== undefined) checkIdentifiers(value);
  }
}

const LONG_WORD = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]{63,}/;

const cache = new Map<string, CompiledCode>();
const CACHE_LIMIT = 64;

/**
 * Compiles `source`. Module-level functions get their JS on their first call unless `eagerFunctions` (the
 * benchmark's compile probe measures both); either way every syntax error is found here.
 */
export function compileSource(source: string, filename: string, mode: CompileMode = "exec", eagerFunctions = false): CompiledCode {
  const key = `${mode}\0${optimisation.level}\0${config.singlePrecision}\0${eagerFunctions}\0${filename}\0${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parsed = parse(source, filename, mode === "eval" ? "eval" : "exec");
  const first = parsed.diagnostics[0];
  if (first !== undefined) {
    throw syntaxError(first.message, filename, parsed.lines.lineOf(first.start), first.errorType === "IndentationError");
  }
  // Walking the tree is only worth it when the text has a word long enough to be a too-long name.
  if (LONG_WORD.test(source)) checkIdentifiers(parsed.module);
  let code: CompiledCode;
  try {
    code = compileModule(parsed.module, (o) => parsed.lines.lineOf(o), { filename, mode, lazyFunctions: !eagerFunctions }, {
      helpers: runtimeHelpers,
      materializeConstant,
      compileError: (e) => syntaxError(e.message, filename, parsed.lines.lineOf(e.node.start)),
    });
  } catch (e) {
    if (e instanceof CompileError) throw syntaxError(e.message, filename, parsed.lines.lineOf(e.node.start));
    throw e;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, code);
  return code;
}
