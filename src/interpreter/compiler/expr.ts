// Expression code generation: every Python expression becomes one JS expression string that evaluates to
// a PyValue (or, through compileCondition, to a JS boolean for tests).
import type * as A from "../parser/ast";
import { type FunctionContext, localName, propertyAccess, jsString } from "./context";
import { compileLambda, compileComprehension } from "./defs";
import { CompileError } from "./compile-error";
import { type ConstValue, foldConstTuple, constKey } from "./consts";
import { optimisation, config } from "../runtime/config";

const BINARY_HELPERS: Record<A.BinaryOperator, string> = {
  "+": "add", "-": "sub", "*": "mul", "@": "matmul", "/": "truediv", "//": "floordiv", "%": "mod",
  "**": "pow", "<<": "lshift", ">>": "rshift", "|": "or", "^": "xor", "&": "and",
};

/** The slot name of each binary operator (for in-place helpers). */
export const BINARY_SLOTS = BINARY_HELPERS;

const COMPARE_HELPERS: Partial<Record<A.CompareOperator, string>> = {
  "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne",
};

export function compileExpr(cx: FunctionContext, e: A.Expr): string {
  switch (e.kind) {
    case "Name":
      return loadName(cx, e.id);
    case "Constant":
      return compileConstant(cx, e);
    case "JoinedStr":
      return compileJoinedStr(cx, e);
    case "FormattedValue":
      return compileFormatted(cx, e);
    case "BinOp":
      return compileFusedFloat(cx, e) ?? `${cx.helper(BINARY_HELPERS[e.op])}(${compileExpr(cx, e.left)}, ${compileExpr(cx, e.right)})`;
    case "UnaryOp":
      return compileUnary(cx, e);
    case "BoolOp":
      return compileBoolOp(cx, e);
    case "Compare":
      return compileCompare(cx, e, false);
    case "Call":
      return compileCall(cx, e);
    case "Attribute":
      return loadAttribute(cx, compileExpr(cx, e.value), e.attr);
    case "Subscript":
      return `${cx.helper("getItem")}(${compileExpr(cx, e.value)}, ${compileExpr(cx, e.slice)})`;
    case "Slice":
      return `${cx.helper("slice")}(${optional(cx, e.lower)}, ${optional(cx, e.upper)}, ${optional(cx, e.step)})`;
    case "List":
      return `${cx.helper("newList")}(${compileElements(cx, e.elts)})`;
    case "Tuple": {
      if (e.elts.length === 0) return cx.helper("EMPTY_TUPLE");
      const folded = foldConstTuple(e, cx.module.consts);
      if (folded !== null) return cx.constant({ constTuple: folded }, constKey(folded));
      return `${cx.helper("newTuple")}(${compileElements(cx, e.elts)})`;
    }
    case "Set":
      return `${cx.helper("newSet")}(${compileElements(cx, e.elts)})`;
    case "Dict":
      return compileDict(cx, e);
    case "IfExp":
      return `(${compileCondition(cx, e.test)} ? ${compileExpr(cx, e.body)} : ${compileExpr(cx, e.orelse)})`;
    case "Lambda":
      return compileLambda(cx, e);
    case "NamedExpr":
      return storeNameExpr(cx, e.target.id, compileExpr(cx, e.value));
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(cx, e);
    case "Yield":
      return `(yield ${e.value === null ? cx.helper("None") : compileExpr(cx, e.value)})`;
    case "YieldFrom":
      return `(yield* ${cx.helper("yieldFrom")}(${compileExpr(cx, e.value)}))`;
    case "Await":
      return `(yield* ${cx.helper("awaitable")}(${compileExpr(cx, e.value)}))`;
    case "Starred":
      throw new CompileError("can't use starred expression here", e);
    case "ErrorExpr":
      throw new CompileError("invalid syntax", e);
  }
}

export { CompileError };

function optional(cx: FunctionContext, e: A.Expr | null): string {
  return e === null ? cx.helper("None") : compileExpr(cx, e);
}

// ---------- names ----------

export function loadName(cx: FunctionContext, name: string): string {
  const folded = cx.module.consts.get(name);
  if (folded !== undefined) return constJs(cx, folded);
  if (name === "__debug__" && cx.scope.resolve(name).kind === "global") return String(optimisation.level === 0);
  const r = cx.scope.resolve(name);
  // `__class__` in a method is the class being defined (the cell `super()` uses too).
  if (name === "__class__" && r.kind === "global" && cx.scope.usesClassCell) return "$classCell";
  switch (r.kind) {
    case "local": {
      const js = localName(name);
      if (cx.assigned.has(name) && !cx.scope.deleted.has(name)) return js;
      return `(${js} ?? ${cx.helper("unbound")}(${jsString(name)}))`;
    }
    case "free":
      return `(${localName(name)} ?? ${cx.helper("unbound")}(${jsString(name)}))`;
    case "global":
      return loadGlobal(cx, name);
    case "class":
      return `(${cx.classNs}.get(${jsString(name)}) ?? ${loadGlobal(cx, name)})`;
  }
}

export function loadGlobal(cx: FunctionContext, name: string): string {
  return `(${propertyAccess("$g", name)} ?? ${propertyAccess("$B", name)} ?? ${cx.helper("nameError")}(${jsString(name)}))`;
}

/** An assignment to a name as a JS expression whose value is the assigned value. */
export function storeNameExpr(cx: FunctionContext, name: string, value: string): string {
  const r = cx.scope.resolve(name);
  switch (r.kind) {
    case "local":
    case "free":
      return `(${localName(name)} = ${value})`;
    case "global":
      return `(${propertyAccess("$g", name)} = ${value})`;
    case "class": {
      const t = cx.temp();
      return `(${t} = ${value}, ${cx.classNs}.set(${jsString(name)}, ${t}), ${t})`;
    }
  }
}

// ---------- constants ----------

/** A folded `const()` value as JS (tuples are one shared object, as in MicroPython). */
export function constJs(cx: FunctionContext, c: ConstValue): string {
  switch (c.kind) {
    case "int":
      return typeof c.value === "bigint" ? `${c.value}n` : c.value < 0 ? `(${c.value})` : String(c.value);
    case "str":
      return jsString(c.value);
    case "bool":
      return String(c.value);
    case "none":
      return cx.helper("None");
    case "ellipsis":
      return cx.helper("Ellipsis");
    case "bytes":
      return cx.constant({ bytes: c.value }, c);
    case "float":
      return cx.constant({ float: c.value }, `f:${Object.is(c.value, -0) ? "-0" : c.value}`);
    case "tuple":
      return cx.constant({ constTuple: c }, constKey(c));
  }
}

export function compileConstant(cx: FunctionContext, e: A.ConstantExpr): string {
  const v = e.value;
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return `${v}n`;
    case "string":
      return jsString(v);
    case "boolean":
      // The parser reads `__debug__` as True (9 characters, where True has 4); opt_level ≥ 1 makes it False.
      if (v && e.length === 9) return String(optimisation.level === 0);
      return v ? "true" : "false";
  }
  if (v === null) return cx.helper("None");
  switch (v.type) {
    case "float":
      return cx.constant({ float: v.value }, `f:${Object.is(v.value, -0) ? "-0" : v.value}`);
    case "imag":
      return cx.constant({ imag: v.value }, `j:${v.value}`);
    case "bytes":
      return cx.constant({ bytes: v.value });
    case "ellipsis":
      return cx.helper("Ellipsis");
  }
}

// ---------- operators ----------

const FUSABLE = new Set<A.BinaryOperator>(["+", "-", "*", "/"]);

/** A leaf a fused float expression may read early: a name, an attribute chain on a name, or a number literal. */
function isFusableLeaf(e: A.Expr): boolean {
  if (e.kind === "Name") return true;
  if (e.kind === "Attribute") return isFusableLeaf(e.value) && e.value.kind !== "Constant";
  if (e.kind === "Constant") {
    const v = e.value;
    return (typeof v === "number" && Math.abs(v) <= 2 ** 53) || (typeof v === "object" && v !== null && v.type === "float");
  }
  return false;
}

/**
 * `a * b + c * d` on floats without boxing the intermediate results: when every leaf is a plain float (or a
 * number literal) the whole tree is computed on JS numbers with one PyFloat at the end — exactly Python's
 * per-operation IEEE results (rounded to single precision per operation on the Pico). Otherwise the ordinary
 * helpers run on the already-evaluated leaves.
 */
function compileFusedFloat(cx: FunctionContext, e: A.BinOpExpr): string | null {
  if (!FUSABLE.has(e.op)) return null;
  const leaves: A.Expr[] = [];
  let ops = 0;
  const walk = (n: A.Expr): boolean => {
    if (n.kind === "BinOp" && FUSABLE.has(n.op)) {
      ops++;
      if (n.op === "/" && !isFusableLeaf(n.right)) return false;
      return walk(n.left) && walk(n.right);
    }
    if (!isFusableLeaf(n)) return false;
    leaves.push(n);
    return true;
  };
  if (!walk(e) || ops < 2 || !leaves.some((l) => l.kind !== "Constant")) return null;
  const temps = new Map<A.Expr, string>();
  const loads: string[] = [];
  const checks: string[] = [];
  const PyFloat = cx.helper("PyFloat");
  const floatType = cx.helper("floatType");
  for (const leaf of leaves) {
    if (leaf.kind === "Constant") continue;
    const t = cx.temp();
    temps.set(leaf, t);
    loads.push(`${t} = ${compileExpr(cx, leaf)}`);
    checks.push(`${t} instanceof ${PyFloat} && ${t}.$type === ${floatType}`);
  }
  const round = config.singlePrecision ? (x: string) => `Math.fround(${x})` : (x: string) => x;
  const numeric = (n: A.Expr): string => {
    if (n.kind === "BinOp") {
      const r = numeric(n.right);
      if (n.op === "/" && n.right.kind !== "Constant") checks.push(`${temps.get(n.right)}.value !== 0`);
      return round(`(${numeric(n.left)} ${n.op} ${r})`);
    }
    if (n.kind === "Constant") {
      if (typeof n.value === "number") return `(${n.value})`;
      return `${compileConstant(cx, n)}.value`;
    }
    return `${temps.get(n)}.value`;
  };
  if (hasZeroLiteralDivisor(e)) return null;
  const boxed = (n: A.Expr): string =>
    n.kind === "BinOp"
      ? `${cx.helper(BINARY_HELPERS[n.op])}(${boxed(n.left)}, ${boxed(n.right)})`
      : n.kind === "Constant"
        ? compileConstant(cx, n)
        : temps.get(n)!;
  const fast = `new ${PyFloat}(${numeric(e)})`;
  return `(${loads.join(", ")}, ${checks.join(" && ")} ? ${fast} : ${boxed(e)})`;
}

function hasZeroLiteralDivisor(e: A.Expr): boolean {
  if (e.kind !== "BinOp") return false;
  if (e.op === "/" && e.right.kind === "Constant" && (e.right.value === 0 || (typeof e.right.value === "object" && e.right.value !== null && "value" in e.right.value && e.right.value.value === 0))) return true;
  return hasZeroLiteralDivisor(e.left) || hasZeroLiteralDivisor(e.right);
}

function compileUnary(cx: FunctionContext, e: A.UnaryOpExpr): string {
  if (e.op === "not") return `!${compileCondition(cx, e.operand)}`;
  const operand = e.operand;
  if (e.op === "-" && operand.kind === "Constant" && typeof operand.value === "number" && operand.value !== 0) {
    return `(${-operand.value})`;
  }
  const helper = e.op === "-" ? "neg" : e.op === "+" ? "pos" : "invert";
  return `${cx.helper(helper)}(${compileExpr(cx, operand)})`;
}

function compileBoolOp(cx: FunctionContext, e: A.BoolOpExpr): string {
  // `a and b`: a if falsy else b. Builds right to left so each operand is evaluated once.
  let out = compileExpr(cx, e.values[e.values.length - 1]);
  for (let i = e.values.length - 2; i >= 0; i--) {
    const t = cx.temp();
    const test = `${cx.helper("truthy")}(${t} = ${compileExpr(cx, e.values[i])})`;
    out = e.op === "and" ? `(${test} ? ${out} : ${t})` : `(${test} ? ${t} : ${out})`;
  }
  return out;
}

/** One comparison; `asBool` gives a JS boolean (for conditions) instead of a PyValue. */
function compareOne(cx: FunctionContext, op: A.CompareOperator, left: string, right: string, asBool: boolean): string {
  switch (op) {
    case "is":
      return `(${left} === ${right})`;
    case "is not":
      return `(${left} !== ${right})`;
    case "in":
      return `${cx.helper("contains")}(${right}, ${left})`;
    case "not in":
      return `!${cx.helper("contains")}(${right}, ${left})`;
    default:
      return `${cx.helper(COMPARE_HELPERS[op]! + (asBool ? "B" : ""))}(${left}, ${right})`;
  }
}

export function compileCompare(cx: FunctionContext, e: A.CompareExpr, asBool: boolean): string {
  if (e.ops.length === 1) {
    return compareOne(cx, e.ops[0], compileExpr(cx, e.left), compileExpr(cx, e.comparators[0]), asBool);
  }
  // a < b < c: b evaluated once; stop at the first false comparison (its value is the result).
  const temps = e.comparators.map(() => cx.temp());
  let left = compileExpr(cx, e.left);
  const parts: string[] = [];
  e.ops.forEach((op, i) => {
    const right = `(${temps[i]} = ${compileExpr(cx, e.comparators[i])})`;
    parts.push(compareOne(cx, op, left, right, asBool));
    left = temps[i];
  });
  if (asBool) return `(${parts.join(" && ")})`;
  let out = parts[parts.length - 1];
  for (let i = parts.length - 2; i >= 0; i--) {
    const r = cx.temp();
    out = `(${cx.helper("truthy")}(${r} = ${parts[i]}) ? ${out} : ${r})`;
  }
  return out;
}

/** A test as a JS boolean, avoiding a PyValue round trip for comparisons, `not`, `and`/`or`. */
export function compileCondition(cx: FunctionContext, e: A.Expr): string {
  switch (e.kind) {
    case "Compare":
      return compileCompare(cx, e, true);
    case "UnaryOp":
      if (e.op === "not") return `!${compileCondition(cx, e.operand)}`;
      break;
    case "BoolOp":
      return `(${e.values.map((v) => compileCondition(cx, v)).join(e.op === "and" ? " && " : " || ")})`;
    case "Constant":
      if (typeof e.value === "boolean") return String(e.value);
      if (typeof e.value === "number") return String(e.value !== 0);
      break;
  }
  return `${cx.helper("truthy")}(${compileExpr(cx, e)})`;
}

// ---------- attributes ----------

/**
 * `obj.attr`, inline: instances of plain user classes read their $dict directly (a monomorphic property
 * load per site); everything else goes through getAttr.
 */
export function loadAttribute(cx: FunctionContext, obj: string, attr: string): string {
  const o = "$o";
  const v = "$v";
  const PyInstance = cx.helper("PyInstance");
  const version = cx.helper("typeVersion");
  return `((${o} = ${obj}) instanceof ${PyInstance} && ${o}.$type.$fastAttrs === ${version}.value && (${v} = ${propertyAccess(`${o}.$dict`, attr)}) !== undefined ? ${v} : ${cx.helper("getAttr")}(${o}, ${jsString(attr)}))`;
}

// ---------- calls ----------

function hasStarOrKw(e: A.CallExpr): boolean {
  return e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred");
}

function compileCall(cx: FunctionContext, e: A.CallExpr): string {
  const special = compileSpecialCall(cx, e);
  if (special !== null) return special;
  if (!hasStarOrKw(e)) {
    const args = e.args.map((a) => compileExpr(cx, a));
    if (e.func.kind === "Attribute") {
      const obj = compileExpr(cx, e.func.value);
      const name = jsString(e.func.attr);
      if (args.length <= 3) return compileMethodCall(cx, obj, e.func.attr, args);
      return `${cx.helper("callMethod")}(${obj}, ${name}, [${args.join(", ")}], null)`;
    }
    const f = compileExpr(cx, e.func);
    if (args.length <= 3) return `${cx.helper("call" + args.length)}(${[f, ...args].join(", ")})`;
    return `${cx.helper("call")}(${f}, [${args.join(", ")}], null)`;
  }
  const firstKeyword = e.keywords.length > 0 ? e.keywords[0].start : Infinity;
  const starAfterKeyword = e.args.find((a) => a.kind === "Starred" && a.start > firstKeyword);
  if (starAfterKeyword !== undefined) throw new CompileError("positional arg after keyword arg", starAfterKeyword);
  const args = `[${compileElements(cx, e.args, true)}]`;
  const kw = compileKeywords(cx, e.keywords);
  if (e.func.kind === "Attribute") {
    const obj = compileExpr(cx, e.func.value);
    return `${cx.helper("callMethod")}(${obj}, ${jsString(e.func.attr)}, ${args}, ${kw})`;
  }
  return `${cx.helper("call")}(${compileExpr(cx, e.func)}, ${args}, ${kw})`;
}

/**
 * `obj.name(args)` with a per-site cache: a user-class method (a plain function taking exactly these arguments,
 * not shadowed by an instance attribute) is called directly; anything else goes through the site's `slow`
 * (callMethodN). The test picks the function and the arguments are written once, so nested method calls don't
 * double the generated code. `$o` is read as the first argument before the arguments run, so nested calls
 * can't disturb it.
 */
function compileMethodCall(cx: FunctionContext, obj: string, attr: string, args: string[]): string {
  const cache = cx.constant({ methodCache: args.length, name: attr }, {});
  const fast = `${cx.helper("methodIC")}($o.$type, ${jsString(attr)}, ${cache})`;
  const test = `($o = ${obj}) instanceof ${cx.helper("PyInstance")} && ($m = ${fast}) !== undefined && ${propertyAccess("$o.$dict", attr)} === undefined`;
  return `(${test} ? $m.fn : ${cache}.slow)(${["$o", ...args].join(", ")})`;
}

/** Keyword arguments as a JS Map expression (null when there are none). */
function compileKeywords(cx: FunctionContext, keywords: A.Keyword[]): string {
  if (keywords.length === 0) return "null";
  const simple = keywords.every((k) => k.arg !== null);
  if (simple) {
    return `new Map([${keywords.map((k) => `[${jsString(k.arg!)}, ${compileExpr(cx, k.value)}]`).join(", ")}])`;
  }
  const m = cx.temp();
  const steps = keywords.map((k) =>
    k.arg === null
      ? `${cx.helper("mergeKwargs")}(${m}, ${compileExpr(cx, k.value)})`
      : `${cx.helper("addKwarg")}(${m}, ${jsString(k.arg)}, ${compileExpr(cx, k.value)})`,
  );
  return `(${m} = new Map(), ${steps.join(", ")}, ${m})`;
}

/** Builtins the compiler treats specially when they are not shadowed: `super()`, `locals()`. */
function compileSpecialCall(cx: FunctionContext, e: A.CallExpr): string | null {
  if (e.func.kind !== "Name" || hasStarOrKw(e)) return null;
  const name = e.func.id;
  if (cx.scope.resolve(name).kind !== "global") return null;
  if (name === "super" && e.args.length === 0 && cx.scope.kind === "function" && cx.scope.usesClassCell) {
    const first = cx.scope.params[0];
    const self = first === undefined ? cx.helper("None") : loadName(cx, first);
    return `${cx.helper("superCall")}(${loadGlobal(cx, "super")}, $classCell, ${self})`;
  }
  if (name === "locals" && e.args.length === 0) return compileLocals(cx);
  if (name === "globals" && e.args.length === 0) return `${cx.helper("globalsOf")}(${loadGlobal(cx, "globals")}, $g)`;
  if ((name === "exec" || name === "eval" || name === "__import__") && e.args.length >= 1) {
    const args = e.args.map((a) => compileExpr(cx, a)).join(", ");
    const locals = cx.scope.kind === "class" ? compileLocalsSnapshot(cx) : "null";
    return `${cx.helper("execCall")}(${loadGlobal(cx, name)}, $g, ${locals}, [${args}], null)`;
  }
  return null;
}

/** The caller's locals for exec/eval in a class body: its namespace. */
function compileLocalsSnapshot(cx: FunctionContext): string {
  return `${cx.helper("localsOfClass")}(${cx.helper("builtinLocals")}(), ${cx.classNs})`;
}

/** `locals()`: the class namespace in a class body; elsewhere the module's globals (as MicroPython). */
function compileLocals(cx: FunctionContext): string {
  const fn = loadGlobal(cx, "locals");
  if (cx.scope.kind === "class") return `${cx.helper("localsOfClass")}(${fn}, ${cx.classNs})`;
  return `${cx.helper("globalsOf")}(${fn}, $g)`;
}

// ---------- displays ----------

/** Elements of a list/tuple/set/call: a comma list, with `*x` spread as a JS array. */
export function compileElements(cx: FunctionContext, elts: A.Expr[], bare = false): string {
  const parts = elts.map((x) =>
    x.kind === "Starred" ? `...${cx.helper("toArray")}(${compileExpr(cx, x.value)})` : compileExpr(cx, x),
  );
  if (bare) return parts.join(", ");
  return `[${parts.join(", ")}]`;
}

function compileDict(cx: FunctionContext, e: A.DictExpr): string {
  const parts: string[] = [];
  e.keys.forEach((k, i) => {
    if (k === null) parts.push(`${cx.helper("DICT_SPREAD")}, ${compileExpr(cx, e.values[i])}`);
    else parts.push(`${compileExpr(cx, k)}, ${compileExpr(cx, e.values[i])}`);
  });
  return `${cx.helper("newDict")}([${parts.join(", ")}])`;
}

// ---------- f-strings ----------

function compileJoinedStr(cx: FunctionContext, e: A.JoinedStrExpr): string {
  if (e.values.length === 0) return '""';
  const parts = e.values.map((v) => (v.kind === "Constant" ? compileConstant(cx, v) : compileFormatted(cx, v)));
  return `(${parts.length === 1 ? '"" + ' : ""}${parts.join(" + ")})`;
}

function compileFormatted(cx: FunctionContext, e: A.FormattedValueExpr): string {
  const spec = e.formatSpec === null ? '""' : compileJoinedStr(cx, e.formatSpec);
  return `${cx.helper("formatField")}(${compileExpr(cx, e.value)}, ${e.conversion}, ${spec})`;
}
