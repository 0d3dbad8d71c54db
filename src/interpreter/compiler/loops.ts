// `for` loops (and comprehension loops): one loop body, three ways to produce items — an inline counter for
// `range(...)` of ints, index access for exact lists/tuples, the iterator protocol for everything else.
import type * as A from "../parser/ast";
import type { FunctionContext } from "./context";
import { compileExpr, loadGlobal } from "./expr";
import { emitAssign } from "./targets";
import { emitBlock, emitBudgetCheck } from "./stmt";

/** Emits `for target in iter: <body>` where `body` emits the loop body (already inside the loop). */
export function emitForLoop(
  cx: FunctionContext,
  target: A.Expr,
  iter: A.Expr | string,
  loopLabel: string,
  body: () => void,
): void {
  const range = typeof iter === "string" ? null : rangeArguments(cx, iter);
  const v = cx.temp();
  const it = cx.temp();
  const i = cx.temp();
  const next = cx.helper("next");
  const STOP = cx.helper("STOP");
  if (range !== null) {
    const stop = cx.temp();
    const step = cx.temp();
    const fn = cx.temp();
    const args = range.args.map((a) => compileExpr(cx, a));
    const [startJs, stopJs, stepJs] = args.length === 1 ? ["0", args[0], "1"] : [args[0], args[1], args[2] ?? "1"];
    cx.emit(`${fn} = ${loadGlobal(cx, "range")}; ${i} = ${startJs}; ${stop} = ${stopJs}; ${step} = ${stepJs};`);
    cx.emit(`if (${fn} === ${cx.helper("rangeType")} && typeof ${i} === "number" && typeof ${stop} === "number" && typeof ${step} === "number" && ${step} !== 0) ${it} = null;`);
    cx.emit(`else ${it} = ${cx.helper("getIter")}(${cx.helper("call")}(${fn}, [${args.length === 1 ? stop : args.length === 2 ? `${i}, ${stop}` : `${i}, ${stop}, ${step}`}], null));`);
    const positive = range.constantStep !== null ? range.constantStep > 0 : null;
    const done =
      positive === true ? `${i} >= ${stop}` : positive === false ? `${i} <= ${stop}` : `(${step} > 0 ? ${i} >= ${stop} : ${i} <= ${stop})`;
    cx.emit(`${loopLabel}: for (;;) {`);
    cx.indent();
    cx.emit(`if (${it} === null) { if (${done}) break; ${v} = ${i}; ${i} += ${step}; }`);
    cx.emit(`else { ${v} = ${next}(${it}); if (${v} === ${STOP}) break; }`);
  } else {
    const source = typeof iter === "string" ? iter : compileExpr(cx, iter);
    const seq = cx.temp();
    cx.emit(`${seq} = ${source}; ${i} = 0;`);
    cx.emit(`if (${cx.helper("isPlainSequence")}(${seq})) ${it} = null; else ${it} = ${cx.helper("getIter")}(${seq});`);
    cx.emit(`${loopLabel}: for (;;) {`);
    cx.indent();
    cx.emit(`if (${it} === null) { if (${i} >= ${seq}.items.length) break; ${v} = ${seq}.items[${i}++]; }`);
    cx.emit(`else { ${v} = ${next}(${it}); if (${v} === ${STOP}) break; }`);
  }
  emitBudgetCheck(cx);
  emitAssign(cx, target, v);
  body();
  cx.dedent();
  cx.emit(`}`);
}

interface RangeCall {
  args: A.Expr[];
  constantStep: number | null;
}

/** `range(a[, b[, c]])` with plain positional arguments and `range` not rebound locally. */
function rangeArguments(cx: FunctionContext, e: A.Expr): RangeCall | null {
  if (e.kind !== "Call" || e.func.kind !== "Name" || e.func.id !== "range") return null;
  if (e.keywords.length > 0 || e.args.length < 1 || e.args.length > 3) return null;
  if (e.args.some((a) => a.kind === "Starred")) return null;
  if (cx.scope.resolve("range").kind !== "global") return null;
  let constantStep: number | null = e.args.length < 3 ? 1 : null;
  const step = e.args[2];
  if (step !== undefined) {
    if (step.kind === "Constant" && typeof step.value === "number") constantStep = step.value;
    if (step.kind === "UnaryOp" && step.op === "-" && step.operand.kind === "Constant" && typeof step.operand.value === "number") {
      constantStep = -step.operand.value;
    }
  }
  return { args: e.args, constantStep };
}

export function emitFor(cx: FunctionContext, s: A.ForStmt): void {
  if (s.isAsync) return emitAsyncFor(cx, s);
  const breakLabel = cx.module.newLabel();
  const continueLabel = cx.module.newLabel();
  cx.emit(`${breakLabel}: {`);
  cx.indent();
  cx.branch(() =>
    emitForLoop(cx, s.target, s.iter, continueLabel, () => {
      cx.loops.push({ breakLabel, continueLabel });
      emitBlock(cx, s.body);
      cx.loops.pop();
      cx.emit(`$ln = ${cx.lineOf(s)};`);
    }),
  );
  cx.branch(() => emitBlock(cx, s.orelse));
  cx.dedent();
  cx.emit(`}`);
}

function emitAsyncFor(cx: FunctionContext, s: A.ForStmt): void {
  const breakLabel = cx.module.newLabel();
  const continueLabel = cx.module.newLabel();
  const it = cx.temp();
  const v = cx.temp();
  const e = cx.temp();
  cx.emit(`${it} = ${cx.helper("asyncIter")}(${compileExpr(cx, s.iter)});`);
  cx.emit(`${breakLabel}: {`);
  cx.indent();
  cx.emit(`${continueLabel}: for (;;) {`);
  cx.indent();
  emitBudgetCheck(cx);
  cx.emit(`try { ${v} = yield* ${cx.helper("awaitable")}(${cx.helper("asyncNext")}(${it})); }`);
  cx.emit(`catch (${e}) { if (${cx.helper("isStopAsyncIteration")}(${e})) break; throw ${e}; }`);
  cx.branch(() => {
    emitAssign(cx, s.target, v);
    cx.loops.push({ breakLabel, continueLabel });
    emitBlock(cx, s.body);
    cx.loops.pop();
  });
  cx.dedent();
  cx.emit(`}`);
  cx.branch(() => emitBlock(cx, s.orelse));
  cx.dedent();
  cx.emit(`}`);
}
