// Statement code generation: each Python statement becomes JS statements, preceded by `$ln = <line>;` so
// tracebacks name Python lines. Loops get labels (break/continue always name them) and an interrupt check.
import type * as A from "../parser/ast";
import { type FunctionContext, jsString } from "./context";
import { compileExpr, compileCondition, loadName, CompileError, BINARY_SLOTS, loadAttribute, constJs } from "./expr";
import { constAssignment, foldConst } from "./consts";
import { optimisation } from "../runtime/config";
import { emitAssign, emitDelete, emitStoreName, emitStoreAttributeOn } from "./targets";
import { emitFunctionDef, emitClassDef } from "./defs";
import { emitFor } from "./loops";
import { emitTry, emitWith, emitRaise } from "./exceptions";

export function emitBlock(cx: FunctionContext, body: A.Stmt[]): void {
  for (const s of body) emitStmt(cx, s);
}

export function emitLine(cx: FunctionContext, node: A.NodeBase): void {
  cx.emit(`$ln = ${cx.lineOf(node)};`);
}

/** MicroPython at opt_level 3 keeps no line numbers: every line reports as 1. */
export function keepsLineNumbers(): boolean {
  return optimisation.level < 3;
}

export function emitStmt(cx: FunctionContext, s: A.Stmt): void {
  if (s.kind !== "Pass" && s.kind !== "Global" && s.kind !== "Nonlocal") emitLine(cx, s);
  switch (s.kind) {
    case "Expr":
      return emitExprStmt(cx, s);
    case "Assign":
      return emitAssignStmt(cx, s);
    case "AugAssign":
      return emitAugAssign(cx, s);
    case "AnnAssign":
      if (s.value !== null) emitAssign(cx, s.target, compileExpr(cx, s.value));
      return;
    case "Pass":
    case "Global":
    case "Nonlocal":
      return;
    case "Break":
      return emitBreak(cx, s);
    case "Continue":
      return emitContinue(cx, s);
    case "Return":
      return emitReturn(cx, s);
    case "Raise":
      return emitRaise(cx, s);
    case "Delete":
      for (const t of s.targets) emitDelete(cx, t);
      return;
    case "Assert":
      if (optimisation.level >= 1) return;
      cx.emit(`if (!${compileCondition(cx, s.test)}) throw ${cx.helper("assertionError")}(${s.msg === null ? "" : compileExpr(cx, s.msg)});`);
      return;
    case "Import":
      return emitImport(cx, s);
    case "ImportFrom":
      return emitImportFrom(cx, s);
    case "If":
      return emitIf(cx, s);
    case "While":
      return emitWhile(cx, s);
    case "For":
      return emitFor(cx, s);
    case "With":
      return emitWith(cx, s);
    case "Try":
      return emitTry(cx, s);
    case "FunctionDef":
      return emitFunctionDef(cx, s);
    case "ClassDef":
      return emitClassDef(cx, s);
    case "ErrorStmt":
      throw new CompileError("invalid syntax", s);
  }
}

function emitExprStmt(cx: FunctionContext, s: A.ExprStmt): void {
  const v = s.value;
  if (v.kind === "Constant" && typeof v.value === "string") return; // docstring or bare string
  if (cx.scope.kind === "module" && cx.module.options.mode === "single") {
    cx.emit(`${cx.helper("displayHook")}(${compileExpr(cx, v)});`);
    return;
  }
  cx.emit(`${compileExpr(cx, v)};`);
}

function emitAssignStmt(cx: FunctionContext, s: A.AssignStmt): void {
  const constDef = constAssignment(s);
  if (constDef !== null) return emitConstDefinition(cx, constDef.name, constDef.arg, s);
  if (s.targets.length === 1 && emitParallelAssign(cx, s.targets[0], s.value)) return;
  const value = compileExpr(cx, s.value);
  if (s.targets.length === 1) return emitAssign(cx, s.targets[0], value);
  const t = cx.temp();
  cx.emit(`${t} = ${value};`);
  for (const target of s.targets) emitAssign(cx, target, t);
}

/** `X = const(expr)`: folded now; a "_" name is not stored at all (MicroPython). */
function emitConstDefinition(cx: FunctionContext, name: string, arg: A.Expr, s: A.AssignStmt): void {
  if (cx.module.consts.has(name)) throw new CompileError("constant redefined", s);
  const value = foldConst(arg, cx.module.consts);
  cx.module.consts.set(name, value);
  if (!name.startsWith("_")) emitStoreName(cx, name, constJs(cx, value));
}

/** `a, b = b, a` without building a tuple: evaluate every value into a temp, then assign in order. */
function emitParallelAssign(cx: FunctionContext, target: A.Expr, value: A.Expr): boolean {
  if ((target.kind !== "Tuple" && target.kind !== "List") || (value.kind !== "Tuple" && value.kind !== "List")) return false;
  if (target.elts.length !== value.elts.length) return false;
  if ([...target.elts, ...value.elts].some((e) => e.kind === "Starred")) return false;
  const temps = value.elts.map((v) => {
    const t = cx.temp();
    cx.emit(`${t} = ${compileExpr(cx, v)};`);
    return t;
  });
  target.elts.forEach((t, i) => emitAssign(cx, t, temps[i]));
  return true;
}

function emitAugAssign(cx: FunctionContext, s: A.AugAssignStmt): void {
  const helper = cx.helper("i" + BINARY_SLOTS[s.op]);
  const target = s.target;
  switch (target.kind) {
    case "Name": {
      const current = loadName(cx, target.id);
      emitStoreName(cx, target.id, `${helper}(${current}, ${compileExpr(cx, s.value)})`);
      return;
    }
    case "Attribute": {
      const o = cx.temp();
      cx.emit(`${o} = ${compileExpr(cx, target.value)};`);
      const current = loadAttribute(cx, o, target.attr);
      const v = cx.temp();
      cx.emit(`${v} = ${helper}(${current}, ${compileExpr(cx, s.value)});`);
      emitStoreAttributeOn(cx, o, target.attr, v);
      return;
    }
    case "Subscript": {
      const o = cx.temp();
      const k = cx.temp();
      cx.emit(`${o} = ${compileExpr(cx, target.value)};`);
      cx.emit(`${k} = ${compileExpr(cx, target.slice)};`);
      cx.emit(`${cx.helper("setItem")}(${o}, ${k}, ${helper}(${cx.helper("getItem")}(${o}, ${k}), ${compileExpr(cx, s.value)}));`);
      return;
    }
    default:
      throw new CompileError("illegal expression for augmented assignment", target);
  }
}

function emitBreak(cx: FunctionContext, s: A.BreakStmt): void {
  const loop = cx.loops[cx.loops.length - 1];
  if (loop === undefined) throw new CompileError("'break' outside loop", s);
  cx.emit(`break ${loop.breakLabel};`);
}

function emitContinue(cx: FunctionContext, s: A.ContinueStmt): void {
  const loop = cx.loops[cx.loops.length - 1];
  if (loop === undefined) throw new CompileError("'continue' outside loop", s);
  cx.emit(`continue ${loop.continueLabel};`);
}

function emitReturn(cx: FunctionContext, s: A.ReturnStmt): void {
  if (cx.scope.kind !== "function") throw new CompileError("'return' outside function", s);
  cx.emit(`return ${s.value === null ? cx.helper("None") : compileExpr(cx, s.value)};`);
}

function emitIf(cx: FunctionContext, s: A.IfStmt): void {
  cx.emit(`if (${compileCondition(cx, s.test)}) {`);
  emitIndentedBranch(cx, s.body);
  if (s.orelse.length > 0) {
    cx.emit(`} else {`);
    emitIndentedBranch(cx, s.orelse);
  }
  cx.emit(`}`);
}

export function emitIndentedBranch(cx: FunctionContext, body: A.Stmt[]): void {
  cx.indent();
  cx.branch(() => emitBlock(cx, body));
  cx.dedent();
}

export function emitBudgetCheck(cx: FunctionContext): void {
  cx.emit(`if (--$R.budget < 0) ${cx.helper("poll")}();`);
}

function emitWhile(cx: FunctionContext, s: A.WhileStmt): void {
  const breakLabel = cx.module.newLabel();
  const continueLabel = cx.module.newLabel();
  cx.emit(`${breakLabel}: {`);
  cx.indent();
  cx.emit(`${continueLabel}: while (${compileCondition(cx, s.test)}) {`);
  cx.indent();
  emitBudgetCheck(cx);
  cx.loops.push({ breakLabel, continueLabel });
  cx.branch(() => emitBlock(cx, s.body));
  cx.loops.pop();
  cx.emit(`$ln = ${cx.lineOf(s)};`);
  cx.dedent();
  cx.emit(`}`);
  cx.branch(() => emitBlock(cx, s.orelse));
  cx.dedent();
  cx.emit(`}`);
}

// ---------- imports ----------

function emitImport(cx: FunctionContext, s: A.ImportStmt): void {
  for (const alias of s.names) {
    const mod = `${cx.helper("importModule")}(${jsString(alias.name)}, $g, ${alias.asname !== null ? "true" : "false"}, $B)`;
    emitStoreName(cx, alias.asname ?? alias.name.split(".")[0], mod);
  }
}

function emitImportFrom(cx: FunctionContext, s: A.ImportFromStmt): void {
  const m = cx.temp();
  const names = s.names.map((a) => jsString(a.name)).join(", ");
  cx.emit(`${m} = ${cx.helper("importFrom")}(${jsString(s.module ?? "")}, ${s.level}, [${names}], $g, $B);`);
  if (s.names.length === 1 && s.names[0].name === "*") {
    if (cx.scope.kind !== "module") throw new CompileError("import * not at module level", s);
    cx.emit(`${cx.helper("importStar")}(${m}, $g);`);
    return;
  }
  for (const alias of s.names) {
    emitStoreName(cx, alias.asname ?? alias.name, `${cx.helper("importName")}(${m}, ${jsString(alias.name)})`);
  }
}
