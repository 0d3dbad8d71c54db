// MicroPython's compile-time constants: `X = const(expr)` folds expr now, and every later load of the bare
// name X (in any scope, in source order) becomes the constant; names starting with "_" are not stored at all.
// Also MicroPython's code-emitter decorators (@micropython.native/viper/bytecode), which are compile-time only.
import type * as A from "../parser/ast";
import { CompileError } from "./compile-error";

/** A folded constant, as the code generator materialises it. */
export type ConstValue =
  | { kind: "int"; value: number | bigint }
  | { kind: "float"; value: number }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "bool"; value: boolean }
  | { kind: "none" }
  | { kind: "ellipsis" }
  | { kind: "tuple"; items: ConstValue[] };

/** `NAME = const(expr)`: the name and the argument, or null when the statement is something else. */
export function constAssignment(s: A.Stmt): { name: string; arg: A.Expr } | null {
  if (s.kind !== "Assign" || s.targets.length !== 1 || s.targets[0].kind !== "Name") return null;
  const v = s.value;
  if (v.kind !== "Call" || v.func.kind !== "Name" || v.func.id !== "const") return null;
  if (v.args.length !== 1 || v.keywords.length > 0 || v.args[0].kind === "Starred") return null;
  return { name: s.targets[0].id, arg: v.args[0] };
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function norm(v: bigint): number | bigint {
  return v <= MAX && v >= -MAX ? Number(v) : v;
}

function notConstant(e: A.NodeBase): never {
  throw new CompileError("not a constant", e);
}

/** Folds a const() argument; SyntaxError for anything MicroPython can't fold. */
export function foldConst(e: A.Expr, consts: Map<string, ConstValue>): ConstValue {
  switch (e.kind) {
    case "Constant":
      return constantValue(e);
    case "Name": {
      const c = consts.get(e.id);
      return c ?? notConstant(e);
    }
    case "Tuple":
      return { kind: "tuple", items: e.elts.map((x) => foldConst(x, consts)) };
    case "UnaryOp": {
      const operand = foldConst(e.operand, consts);
      if (operand.kind === "float") {
        if (e.op === "-") return { kind: "float", value: -operand.value };
        if (e.op === "+") return operand;
        return notConstant(e);
      }
      const v = intOf(operand, e);
      if (e.op === "-") return int(-v);
      if (e.op === "+") return int(v);
      if (e.op === "~") return int(-v - 1n);
      return notConstant(e);
    }
    case "BinOp": {
      const left = foldConst(e.left, consts);
      const right = foldConst(e.right, consts);
      if (left.kind === "float" || right.kind === "float" || e.op === "/" || (e.op === "**" && intOf(right, e) < 0n)) {
        return { kind: "float", value: floatBinary(e.op, floatOf(left, e), floatOf(right, e), e) };
      }
      return int(binary(e.op, intOf(left, e), intOf(right, e), e));
    }
  }
  return notConstant(e);
}

function constantValue(e: A.ConstantExpr): ConstValue {
  const v = e.value;
  switch (typeof v) {
    case "number":
    case "bigint":
      return { kind: "int", value: v };
    case "string":
      return { kind: "str", value: v };
    case "boolean":
      return { kind: "bool", value: v };
  }
  if (v === null) return { kind: "none" };
  if (v.type === "bytes") return { kind: "bytes", value: v.value };
  if (v.type === "ellipsis") return { kind: "ellipsis" };
  if (v.type === "float") return { kind: "float", value: v.value };
  return notConstant(e);
}

function floatOf(c: ConstValue, e: A.NodeBase): number {
  if (c.kind === "float") return c.value;
  return Number(intOf(c, e));
}

function floatBinary(op: A.BinaryOperator, a: number, b: number, e: A.NodeBase): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return b === 0 ? notConstant(e) : a / b;
    case "**": return a ** b;
    case "//": return b === 0 ? notConstant(e) : Math.floor(a / b);
    case "%": return b === 0 ? notConstant(e) : a - b * Math.floor(a / b);
  }
  return notConstant(e);
}

function int(v: bigint): ConstValue {
  return { kind: "int", value: norm(v) };
}

function intOf(c: ConstValue, e: A.NodeBase): bigint {
  if (c.kind === "int") return BigInt(c.value);
  if (c.kind === "bool") return c.value ? 1n : 0n;
  return notConstant(e);
}

function binary(op: A.BinaryOperator, a: bigint, b: bigint, e: A.NodeBase): bigint {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": return b < 0n ? notConstant(e) : a << b;
    case ">>": return b < 0n ? notConstant(e) : a >> b;
    case "**": return b < 0n ? notConstant(e) : a ** b;
    case "//": {
      if (b === 0n) return notConstant(e);
      const q = a / b;
      return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
    }
    case "%": {
      if (b === 0n) return notConstant(e);
      const r = a % b;
      return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
    }
  }
  return notConstant(e);
}

const EMITTER_DECORATORS = new Set(["bytecode", "native", "viper", "asm_thumb"]);

/**
 * `@micropython.<emitter>`: true for a known emitter decorator (the compiler drops it), SyntaxError for an
 * unknown `micropython.x` decorator, false for ordinary decorators.
 */
export function isEmitterDecorator(d: A.Expr): boolean {
  if (d.kind !== "Attribute") return false;
  let base: A.Expr = d;
  while (base.kind === "Attribute") base = base.value;
  if (base.kind !== "Name" || base.id !== "micropython") return false;
  if (d.value.kind === "Name" && EMITTER_DECORATORS.has(d.attr)) return true;
  throw new CompileError("invalid micropython decorator", d);
}

/**
 * A tuple display made only of literals and const names, folded into one shared constant (MicroPython
 * deduplicates equal constant objects, so `(1, 2) is (1, 2)`). Null when any element isn't constant.
 */
export function foldConstTuple(e: A.TupleExpr, consts: Map<string, ConstValue>): ConstValue | null {
  const items: ConstValue[] = [];
  for (const x of e.elts) {
    let c: ConstValue | null = null;
    if (x.kind === "Constant") {
      const v = x.value;
      if (typeof v !== "object" || v === null || v.type === "bytes" || v.type === "ellipsis") c = constantValue(x);
    } else if (x.kind === "Name") c = consts.get(x.id) ?? null;
    else if (x.kind === "Tuple" && x.elts.length > 0) c = foldConstTuple(x, consts);
    if (c === null) return null;
    items.push(c);
  }
  return { kind: "tuple", items };
}

/** A structural key: equal constants share one runtime object. */
export function constKey(c: ConstValue): string {
  switch (c.kind) {
    case "tuple":
      return `(${c.items.map(constKey).join(",")})`;
    case "int":
      return `i${c.value}`;
    case "float":
      return `f${Object.is(c.value, -0) ? "-0" : c.value}`;
    case "str":
      return `s${JSON.stringify(c.value)}`;
    case "bytes":
      return `b${Array.from(c.value).join(".")}`;
    case "bool":
      return c.value ? "T" : "F";
    case "none":
      return "N";
    case "ellipsis":
      return "E";
  }
}
