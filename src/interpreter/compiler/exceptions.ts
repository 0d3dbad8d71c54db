// try/except/else/finally, with/async with, and raise. Python exceptions are thrown JS values; handlers
// convert stray JS errors first ($toPyExc) and keep the "exception being handled" for bare `raise`.
import type * as A from "../parser/ast";
import { type FunctionContext, localName, propertyAccess, jsString } from "./context";
import { compileExpr } from "./expr";
import { emitAssign } from "./targets";
import { emitBlock } from "./stmt";

export function emitRaise(cx: FunctionContext, s: A.RaiseStmt): void {
  if (s.exc === null) {
    cx.emit(`throw ${cx.helper("reraise")}();`);
  } else if (s.cause === null) {
    cx.emit(`throw ${cx.helper("raise")}(${compileExpr(cx, s.exc)});`);
  } else {
    cx.emit(`throw ${cx.helper("raiseFrom")}(${compileExpr(cx, s.exc)}, ${compileExpr(cx, s.cause)});`);
  }
}

export function emitTry(cx: FunctionContext, s: A.TryStmt): void {
  const hasFinally = s.finalbody.length > 0;
  if (hasFinally) {
    cx.emit(`try {`);
    cx.indent();
  }
  if (s.handlers.length > 0) emitTryExcept(cx, s);
  else cx.branch(() => emitBlock(cx, s.body));
  if (hasFinally) {
    cx.dedent();
    cx.emit(`} finally {`);
    cx.indent();
    emitFinallyBody(cx, s.finalbody);
    cx.dedent();
    cx.emit(`}`);
  }
}

/** A finally body keeps the line of the statement that was running when it started (for tracebacks). */
function emitFinallyBody(cx: FunctionContext, body: A.Stmt[]): void {
  const saved = cx.temp();
  cx.emit(`${saved} = $ln;`);
  cx.branch(() => emitBlock(cx, body));
  cx.emit(`$ln = ${saved};`);
}

function emitTryExcept(cx: FunctionContext, s: A.TryStmt): void {
  const ok = s.orelse.length > 0 ? cx.temp() : null;
  if (ok !== null) cx.emit(`${ok} = false;`);
  cx.emit(`try {`);
  cx.indent();
  cx.branch(() => emitBlock(cx, s.body));
  if (ok !== null) cx.emit(`${ok} = true;`);
  cx.dedent();
  const e = cx.temp();
  cx.emit(`} catch (${e}$) {`);
  cx.indent();
  cx.emit(`${e} = ${cx.helper("catchInFrame")}(${e}$, $ln, ${cx.codeConst});`);
  s.handlers.forEach((h, i) => {
    const test = h.type === null ? "true" : `${cx.helper("excMatch")}(${e}, ${compileExpr(cx, h.type)})`;
    cx.emit(`${i === 0 ? "" : "else "}if (${test}) {`);
    cx.indent();
    cx.emit(`$ln = ${cx.lineOf(h)};`);
    emitHandlerBody(cx, h, e);
    cx.dedent();
    cx.emit(`}`);
  });
  if (!s.handlers.some((h) => h.type === null)) cx.emit(`else throw ${e};`);
  cx.dedent();
  cx.emit(`}`);
  if (ok !== null) {
    cx.emit(`if (${ok}) {`);
    cx.indent();
    cx.branch(() => emitBlock(cx, s.orelse));
    cx.dedent();
    cx.emit(`}`);
  }
}

function emitHandlerBody(cx: FunctionContext, h: A.ExceptHandler, e: string): void {
  const prev = cx.temp();
  cx.emit(`${prev} = $R.handling; $R.handling = ${e};`);
  cx.emit(`try {`);
  cx.indent();
  cx.branch(() => {
    if (h.name !== null) emitAssign(cx, { kind: "Name", id: h.name, start: h.start, length: h.length }, e);
    emitBlock(cx, h.body);
  });
  cx.dedent();
  cx.emit(`} finally {`);
  cx.indent();
  cx.emit(`$R.handling = ${prev};`);
  if (h.name !== null) emitUnbindHandlerName(cx, h.name);
  cx.dedent();
  cx.emit(`}`);
}

/** Python deletes the `as` name at the end of the handler. */
function emitUnbindHandlerName(cx: FunctionContext, name: string): void {
  const r = cx.scope.resolve(name);
  if (r.kind === "local" || r.kind === "free") cx.emit(`${localName(name)} = undefined;`);
  else if (r.kind === "global") cx.emit(`delete ${propertyAccess("$g", name)};`);
  else cx.emit(`${cx.classNs}.delete(${jsString(name)});`);
}

export function emitWith(cx: FunctionContext, s: A.WithStmt): void {
  emitWithItems(cx, s, 0);
}

function emitWithItems(cx: FunctionContext, s: A.WithStmt, index: number): void {
  if (index === s.items.length) {
    cx.branch(() => emitBlock(cx, s.body));
    return;
  }
  const item = s.items[index];
  const isAsync = s.isAsync;
  const mgr = cx.temp();
  const exit = cx.temp();
  const value = cx.temp();
  const ok = cx.temp();
  const e = cx.temp();
  const awaitIf = (js: string) => (isAsync ? `(yield* ${cx.helper("awaitable")}(${js}))` : js);
  cx.emit(`${mgr} = ${compileExpr(cx, item.contextExpr)};`);
  cx.emit(`${exit} = ${cx.helper(isAsync ? "asyncWithExit" : "withExit")}(${mgr});`);
  cx.emit(`${value} = ${awaitIf(`${cx.helper(isAsync ? "asyncWithEnter" : "withEnter")}(${mgr})`)};`);
  cx.emit(`${ok} = true;`);
  cx.emit(`try {`);
  cx.indent();
  if (item.optionalVars !== null) emitAssign(cx, item.optionalVars, value);
  emitWithItems(cx, s, index + 1);
  cx.dedent();
  cx.emit(`} catch (${e}$) {`);
  cx.indent();
  cx.emit(`${ok} = false; ${e} = ${cx.helper("catchInFrame")}(${e}$, $ln, ${cx.codeConst});`);
  const exitCall = `${cx.helper("call3")}(${exit}, ${cx.helper("typeOf")}(${e}), ${e}, ${cx.helper("None")})`;
  cx.emit(`if (!${cx.helper("truthy")}(${awaitIf(exitCall)})) throw ${e};`);
  cx.dedent();
  cx.emit(`} finally {`);
  cx.indent();
  const none = cx.helper("None");
  cx.emit(`if (${ok}) ${awaitIf(`${cx.helper("call3")}(${exit}, ${none}, ${none}, ${none})`)};`);
  cx.dedent();
  cx.emit(`}`);
}
