// Code that creates scopes: def/lambda (JS functions, `function*` for generators and coroutines),
// class bodies (a JS function filling a namespace Map), and comprehensions (an inline arrow function).
import type * as A from "../parser/ast";
import { FunctionContext, localName, jsString } from "./context";
import { compileExpr, compileCondition, compileElements, CompileError } from "./expr";
import { emitStoreName, emitAssign as emitAssignTarget } from "./targets";
import { emitBlock } from "./stmt";
import { emitForLoop } from "./loops";
import type { FunctionCode } from "../runtime/function";
import type { Scope } from "./scope";
import { isEmitterDecorator } from "./consts";

/** Parameter names in `fn`'s positional order: positional, *args, keyword-only, **kwargs. */
function paramOrder(args: A.Arguments): string[] {
  const names = [...args.posonlyargs, ...args.args].map((a) => a.arg);
  if (args.vararg) names.push(args.vararg.arg);
  names.push(...args.kwonlyargs.map((a) => a.arg));
  if (args.kwarg) names.push(args.kwarg.arg);
  return names;
}

function codeInfo(cx: FunctionContext, name: string, args: A.Arguments, scope: Scope, node: A.NodeBase): FunctionCode {
  return {
    name,
    qualname: name,
    argnames: [...args.posonlyargs, ...args.args].map((a) => a.arg),
    posonlyCount: args.posonlyargs.length,
    kwonlyNames: args.kwonlyargs.map((a) => a.arg),
    varargs: args.vararg !== null,
    varkw: args.kwarg !== null,
    file: cx.module.options.filename,
    line: cx.lineOf(node),
    isGenerator: scope.isGenerator,
    isAsync: scope.isAsync,
  };
}

/**
 * Emits the body of a new JS function for `scope` and returns its source (without the `function` header).
 * The body declares locals and temps, checks the interrupt budget, and records traceback lines.
 */
export function compileFunctionBody(
  outer: FunctionContext | null,
  inner: FunctionContext,
  codeConst: string,
  emitBody: (cx: FunctionContext) => void,
): string {
  inner.codeConst = codeConst;
  emitBody(inner);
  const locals = [...inner.scope.assigned]
    .filter((n) => inner.scope.resolve(n).kind === "local" && !inner.scope.params.includes(n))
    .map(localName);
  const decls = ["$ln = " + inner.lineOf(inner.scope.node), "$o", "$v", "$m", ...locals, ...inner.temps];
  const head = [`let ${decls.join(", ")};`];
  if (inner.scope.needsClassCell) head.push("let $classCell;");
  return [
    ...head.map((l) => "  " + l),
    `  try {`,
    ...inner.lines.map((l) => "  " + l),
    `  } catch ($e) { throw $traceback($e, $ln, ${codeConst}); }`,
  ].join("\n");
}

/** `$makeFunction(function (...) {...}, code, defaults, kwDefaults, $g)` for a def or lambda. */
function compileFunctionObject(
  cx: FunctionContext,
  node: A.FunctionDefStmt | A.LambdaExpr,
  name: string,
  emitBody: (inner: FunctionContext) => void,
): string {
  const scope = cx.module.scopes.of(node);
  const args = node.args;
  const defaultList = args.defaults.map((d) => compileExpr(cx, d));
  const defaults = defaultList.length === 0 ? "[]" : "$dflt";
  const kwPairs = args.kwonlyargs
    .map((a, i) => (args.kwDefaults[i] !== null ? `[${jsString(a.arg)}, ${compileExpr(cx, args.kwDefaults[i]!)}]` : null))
    .filter((p) => p !== null);
  const kwDefaults = kwPairs.length > 0 ? `new Map([${kwPairs.join(", ")}])` : "null";
  const code = codeInfo(cx, name, args, scope, node);
  const codeConst = cx.constant({ code });
  cx.module.helper("traceback");
  const inner = new FunctionContext(cx.module, scope, name);
  // Positional defaults are also JS default parameters, so direct calls may omit trailing arguments.
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  const params = paramOrder(args)
    .map((n, i) => (i >= firstDefault && i < positional.length ? `${localName(n)} = $dflt[${i - firstDefault}]` : localName(n)))
    .join(", ");
  const body = compileFunctionBody(cx, inner, codeConst, (c) => {
    emitBody(c);
    c.emit(`return ${c.helper("None")};`);
  });
  // Named after the Python function ("py$" names clash with no helper or local) so JS profiles are readable.
  const jsName = "py$" + name.replace(/[^A-Za-z0-9_]/g, "_");
  let fn: string;
  if (scope.isGenerator || scope.isAsync) {
    const kind = scope.isAsync ? (scope.isGenerator ? "makeAsyncGenerator" : "makeCoroutine") : "makeGenerator";
    fn = `function ${jsName}(${params}) {\n  return ${cx.helper(kind)}((function* () {\n${body}\n  })(), ${codeConst});\n}`;
  } else {
    fn = `function ${jsName}(${params}) {\n  if (--$R.budget < 0) ${cx.helper("poll")}();\n${body}\n}`;
  }
  const make = `${cx.helper("makeFunction")}(${fn}, ${codeConst}, ${defaults}, ${kwDefaults}, $g)`;
  return defaultList.length === 0 ? make : `(($dflt) => ${make})([${defaultList.join(", ")}])`;
}

export function emitFunctionDef(cx: FunctionContext, s: A.FunctionDefStmt): void {
  const decorators = evaluateDecorators(cx, s.decorators);
  const fn = compileFunctionObject(cx, s, s.name, (inner) => emitBlock(inner, s.body));
  emitStoreName(cx, s.name, applyDecorators(cx, decorators, fn));
}

function evaluateDecorators(cx: FunctionContext, decorators: A.Expr[]): string[] {
  return decorators.filter((d) => !isEmitterDecorator(d)).map((d) => {
    const t = cx.temp();
    cx.emit(`${t} = ${compileExpr(cx, d)};`);
    return t;
  });
}

function applyDecorators(cx: FunctionContext, decorators: string[], value: string): string {
  let out = value;
  for (let i = decorators.length - 1; i >= 0; i--) out = `${cx.helper("call1")}(${decorators[i]}, ${out})`;
  return out;
}

export function compileLambda(cx: FunctionContext, e: A.LambdaExpr): string {
  return compileFunctionObject(cx, e, "<lambda>", (inner) => {
    inner.emit(`return ${compileExpr(inner, e.body)};`);
  });
}

// ---------- classes ----------

export function emitClassDef(cx: FunctionContext, s: A.ClassDefStmt): void {
  const decorators = evaluateDecorators(cx, s.decorators);
  const scope = cx.module.scopes.of(s);
  const bases = cx.temp();
  const kw = cx.temp();
  cx.emit(`${bases} = [${compileElements(cx, s.bases, true)}];`);
  const simpleKw = s.keywords.every((k) => k.arg !== null);
  if (!simpleKw) throw new CompileError("invalid syntax", s);
  cx.emit(`${kw} = ${s.keywords.length === 0 ? "null" : `new Map([${s.keywords.map((k) => `[${jsString(k.arg!)}, ${compileExpr(cx, k.value)}]`).join(", ")}])`};`);
  const code: FunctionCode = {
    name: s.name, qualname: s.name, argnames: [], posonlyCount: 0, kwonlyNames: [], varargs: false, varkw: false,
    file: cx.module.options.filename, line: cx.lineOf(s), isGenerator: false, isAsync: false,
  };
  const codeConst = cx.constant({ code });
  cx.module.helper("traceback");
  const inner = new FunctionContext(cx.module, scope, s.name);
  const body = compileFunctionBody(cx, inner, codeConst, (c) => {
    emitBlock(c, s.body);
  });
  const make = `${cx.helper("makeClass")}(${jsString(s.name)}, $bases, $ns, $kw, $B)`;
  const assignCell = scope.needsClassCell ? `$classCell = ` : "";
  const fn =
    `(function ($bases, $kw) {\n  const $ns = ${cx.helper("classNamespace")}(${jsString(s.name)}, $g);\n${body}\n` +
    `  return ${assignCell}${make};\n})(${bases}, ${kw})`;
  emitStoreName(cx, s.name, applyDecorators(cx, decorators, fn));
}

// ---------- comprehensions ----------

type Comp = A.ListCompExpr | A.SetCompExpr | A.DictCompExpr | A.GeneratorExpExpr;

/** Whether an expression opens a scope or suspends (those need the general generator form). */
function hasNestedScopeOrYield(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(hasNestedScopeOrYield);
  const kind = (node as { kind?: string }).kind;
  if (kind !== undefined && NESTING_KINDS.has(kind)) return true;
  for (const [key, value] of Object.entries(node)) {
    if (key !== "start" && key !== "length" && typeof value === "object" && hasNestedScopeOrYield(value)) return true;
  }
  return false;
}

const NESTING_KINDS = new Set(["Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Yield", "YieldFrom", "Await", "NamedExpr"]);

/** `(elt for target in it if cond)`: a step function per item instead of a JS generator (much cheaper). */
function compileSimpleGenexp(cx: FunctionContext, e: A.GeneratorExpExpr, scope: Scope, code: FunctionCode): string | null {
  const gen = e.generators[0];
  if (e.generators.length !== 1 || gen.isAsync || hasNestedScopeOrYield([e.elt, gen.ifs, gen.target])) return null;
  const first = compileExpr(cx, gen.iter);
  const inner = new FunctionContext(cx.module, scope, "<genexpr>");
  emitAssignTarget(inner, gen.target, "$item");
  for (const cond of gen.ifs) inner.emit(`if (!${compileCondition(inner, cond)}) return ${inner.helper("SKIP")};`);
  inner.emit(`return ${compileExpr(inner, e.elt)};`);
  const locals = [...scope.assigned].filter((n) => scope.resolve(n).kind === "local").map(localName);
  const body = [`  let ${["$o", "$v", "$m", ...locals, ...inner.temps].join(", ")};`, ...inner.lines].join("\n");
  return `${cx.helper("makeSimpleGenexp")}(${cx.helper("getIter")}(${first}), function ($item) {\n${body}\n}, ${cx.constant({ code })})`;
}

export function compileComprehension(cx: FunctionContext, e: Comp): string {
  const scope = cx.module.scopes.of(e);
  if (e.kind === "GeneratorExp") {
    const code: FunctionCode = {
      name: "<genexpr>", qualname: "<genexpr>", argnames: [], posonlyCount: 0, kwonlyNames: [], varargs: false,
      varkw: false, file: cx.module.options.filename, line: cx.lineOf(e), isGenerator: true, isAsync: false,
    };
    const simple = compileSimpleGenexp(cx, e, scope, code);
    if (simple !== null) return simple;
  }
  const inner = new FunctionContext(cx.module, scope, "<comprehension>");
  const first = compileExpr(cx, e.generators[0].iter);
  const isGen = e.kind === "GeneratorExp";
  const result = isGen ? "" : inner.temp();
  if (e.kind === "ListComp") inner.emit(`${result} = [];`);
  else if (e.kind === "SetComp") inner.emit(`${result} = ${inner.helper("newSet")}([]);`);
  else if (e.kind === "DictComp") inner.emit(`${result} = ${inner.helper("newDict")}([]);`);
  emitComprehensionLoops(inner, e, 0, result);
  if (e.kind === "ListComp") inner.emit(`return ${inner.helper("newList")}(${result});`);
  else if (!isGen) inner.emit(`return ${result};`);
  const locals = [...scope.assigned].filter((n) => scope.resolve(n).kind === "local").map(localName);
  const decls = ["$o", "$v", "$m", ...locals, ...inner.temps];
  const body = [`  let ${decls.join(", ")};`, ...inner.lines].join("\n");
  if (isGen) {
    const code: FunctionCode = {
      name: "<genexpr>", qualname: "<genexpr>", argnames: [], posonlyCount: 0, kwonlyNames: [], varargs: false,
      varkw: false, file: cx.module.options.filename, line: cx.lineOf(e), isGenerator: true, isAsync: false,
    };
    return `${cx.helper("makeGenerator")}((function* ($it0) {\n${body}\n  return ${cx.helper("None")};\n})(${cx.helper("getIter")}(${first})), ${cx.constant({ code })})`;
  }
  return `(($it0) => {\n${body}\n})(${first})`;
}

function emitComprehensionLoops(cx: FunctionContext, e: Comp, index: number, result: string): void {
  const gen = e.generators[index];
  const label = cx.module.newLabel();
  if (gen.isAsync) throw new CompileError("async comprehensions are not supported", gen);
  emitForLoop(cx, gen.target, index === 0 ? "$it0" : gen.iter, label, () => {
    for (const cond of gen.ifs) cx.emit(`if (!${compileCondition(cx, cond)}) continue ${label};`);
    if (index + 1 < e.generators.length) return emitComprehensionLoops(cx, e, index + 1, result);
    switch (e.kind) {
      case "ListComp":
        cx.emit(`${result}.push(${compileExpr(cx, e.elt)});`);
        return;
      case "SetComp":
        cx.emit(`${cx.helper("setAdd")}(${result}, ${compileExpr(cx, e.elt)});`);
        return;
      case "DictComp": {
        const k = cx.temp();
        cx.emit(`${k} = ${compileExpr(cx, e.key)};`);
        cx.emit(`${cx.helper("dictSet")}(${result}, ${k}, ${compileExpr(cx, e.value)});`);
        return;
      }
      case "GeneratorExp":
        cx.emit(`yield ${compileExpr(cx, e.elt)};`);
        return;
    }
  });
}
