// Assignment and deletion targets: names, attributes, subscripts, and (starred) tuple/list unpacking.
import type * as A from "../parser/ast";
import { type FunctionContext, localName, propertyAccess, jsString } from "./context";
import { compileExpr, loadName, CompileError } from "./expr";

/** Emits statements assigning the JS expression `value` (evaluated once) to `target`. */
export function emitAssign(cx: FunctionContext, target: A.Expr, value: string): void {
  switch (target.kind) {
    case "Name":
      return emitStoreName(cx, target.id, value);
    case "Attribute":
      return emitStoreAttribute(cx, compileExpr(cx, target.value), target.attr, value);
    case "Subscript": {
      const obj = compileExpr(cx, target.value);
      const key = compileExpr(cx, target.slice);
      if (isSimple(value)) cx.emit(`${cx.helper("setItem")}(${obj}, ${key}, ${value});`);
      else {
        // Python evaluates the value before the target's parts.
        const t = cx.temp();
        cx.emit(`${t} = ${value};`);
        cx.emit(`${cx.helper("setItem")}(${obj}, ${key}, ${t});`);
      }
      return;
    }
    case "Tuple":
    case "List":
      return emitUnpack(cx, target.elts, value);
    case "Starred":
      throw new CompileError("starred assignment target must be in a list or tuple", target);
    default:
      throw new CompileError(`can't assign to ${describe(target)}`, target);
  }
}

function describe(e: A.Expr): string {
  switch (e.kind) {
    case "Constant": return "literal";
    case "Call": return "function call";
    default: return "expression";
  }
}

/** A JS expression that is safe to evaluate late (a temp, a local, a literal). */
function isSimple(js: string): boolean {
  return /^[$\w]+$/.test(js);
}

export function emitStoreName(cx: FunctionContext, name: string, value: string): void {
  const r = cx.scope.resolve(name);
  switch (r.kind) {
    case "local":
      cx.emit(`${localName(name)} = ${value};`);
      cx.assigned.add(name);
      return;
    case "free":
      cx.emit(`${localName(name)} = ${value};`);
      return;
    case "global":
      cx.emit(`${propertyAccess("$g", name)} = ${value};`);
      return;
    case "class":
      cx.emit(`${cx.classNs}.set(${jsString(name)}, ${value});`);
      return;
  }
}

function emitStoreAttribute(cx: FunctionContext, obj: string, attr: string, value: string): void {
  const v = cx.temp();
  const o = cx.temp();
  cx.emit(`${v} = ${value};`);
  cx.emit(`${o} = ${obj};`);
  emitStoreAttributeOn(cx, o, attr, v);
}

/** `o.attr = v` for an evaluated object and value (both simple JS names): inline $dict store when allowed. */
export function emitStoreAttributeOn(cx: FunctionContext, o: string, attr: string, v: string): void {
  const fast = `${o} instanceof ${cx.helper("PyInstance")} && ${o}.$type.$fastAttrs === ${cx.helper("typeVersion")}.value`;
  cx.emit(`if (${fast}) ${propertyAccess(`${o}.$dict`, attr)} = ${v}; else ${cx.helper("setAttr")}(${o}, ${jsString(attr)}, ${v});`);
}

function emitUnpack(cx: FunctionContext, elts: A.Expr[], value: string): void {
  const starAt = elts.findIndex((e) => e.kind === "Starred");
  const arr = cx.temp();
  if (starAt < 0) {
    cx.emit(`${arr} = ${cx.helper("unpack")}(${value}, ${elts.length});`);
  } else {
    if (elts.findIndex((e, i) => i > starAt && e.kind === "Starred") >= 0) {
      throw new CompileError("multiple starred expressions in assignment", elts[starAt]);
    }
    cx.emit(`${arr} = ${cx.helper("unpackStar")}(${value}, ${starAt}, ${elts.length - starAt - 1});`);
  }
  elts.forEach((e, i) => emitAssign(cx, e.kind === "Starred" ? e.value : e, `${arr}[${i}]`));
}

/** `del target`. */
export function emitDelete(cx: FunctionContext, target: A.Expr): void {
  switch (target.kind) {
    case "Name":
      return emitDeleteName(cx, target.id);
    case "Attribute":
      cx.emit(`${cx.helper("delAttr")}(${compileExpr(cx, target.value)}, ${jsString(target.attr)});`);
      return;
    case "Subscript":
      cx.emit(`${cx.helper("delItem")}(${compileExpr(cx, target.value)}, ${compileExpr(cx, target.slice)});`);
      return;
    case "Tuple":
    case "List":
      for (const e of target.elts) emitDelete(cx, e);
      return;
    default:
      throw new CompileError(`can't delete ${describe(target)}`, target);
  }
}

function emitDeleteName(cx: FunctionContext, name: string): void {
  const r = cx.scope.resolve(name);
  switch (r.kind) {
    case "local":
    case "free":
      cx.emit(`${loadName(cx, name)};`);
      cx.emit(`${localName(name)} = undefined;`);
      cx.assigned.delete(name);
      return;
    case "global":
      cx.emit(`${cx.helper("delGlobal")}($g, ${jsString(name)});`);
      return;
    case "class":
      cx.emit(`${cx.helper("delClassName")}(${cx.classNs}, ${jsString(name)});`);
      return;
  }
}
