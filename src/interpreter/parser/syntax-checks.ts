// Checks MicroPython makes at compile time that need only the tree, not scope analysis: `return`,
// `yield`, `await`, `break`/`continue` and `async for/with` in the wrong place, assignment and `del`
// targets, starred expressions, and global/nonlocal declarations clashing with parameters.

import type { Arguments, Comprehension, Diagnostic, Expr, Module, NodeBase, Stmt } from "./ast.js";
import { Messages } from "./messages.js";
import { checkAssignTarget, checkAugAssignTarget, checkDeleteTarget } from "./target-checks.js";

/** The kind of code a statement or expression sits in. */
interface Scope {
  kind: "module" | "class" | "function" | "lambda" | "comprehension";
  isAsync: boolean;
  parameters: ReadonlySet<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** The nearest enclosing module/class/function scope (itself unless a comprehension). */
  owner: Scope | null;
}

/** Runs every check over `module` and returns the problems in source order of discovery. */
export function checkSyntax(module: Module): Diagnostic[] {
  const checker = new SyntaxChecker();
  checker.statements(module.body);
  return checker.diagnostics;
}

const NO_PARAMETERS: ReadonlySet<string> = new Set();

class SyntaxChecker {
  readonly diagnostics: Diagnostic[] = [];
  private scope: Scope = newScope("module", false, NO_PARAMETERS, null);
  private inLoop = false;

  private report(node: NodeBase, message: string): void {
    this.diagnostics.push({ message, start: node.start, length: node.length, errorType: "SyntaxError" });
  }

  private readonly reporter = (node: NodeBase, message: string): void => this.report(node, message);

  // ---------- statements ----------

  statements(list: Stmt[]): void {
    for (const statement of list) this.statement(statement);
  }

  private statement(s: Stmt): void {
    switch (s.kind) {
      case "Expr": this.expr(s.value); break;
      case "Assign":
        for (const target of s.targets) this.target(target);
        this.expr(s.value);
        break;
      case "AugAssign":
        checkAugAssignTarget(s.target, this.reporter);
        this.loadsInTarget(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign":
        this.loadsInTarget(s.target);
        this.expr(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      case "Return":
        if (this.scope.kind !== "function") this.report(s, Messages.returnOutsideFunction);
        if (s.value !== null) this.expr(s.value);
        break;
      case "Break":
      case "Continue":
        if (!this.inLoop) this.report(s, Messages.breakContinueOutsideLoop);
        break;
      case "Delete":
        for (const target of s.targets) {
          checkDeleteTarget(target, this.reporter);
          this.loadsInTarget(target);
        }
        break;
      case "Global": this.declareGlobal(s, s.names); break;
      case "Nonlocal": this.declareNonlocal(s, s.names); break;
      default: this.compoundOrOther(s);
    }
  }

  private compoundOrOther(s: Stmt): void {
    switch (s.kind) {
      case "If": this.ifChain(s); break;
      case "While":
        this.expr(s.test);
        this.loopBody(s.body);
        this.statements(s.orelse);
        break;
      case "For":
        this.checkAsyncStatement(s, s.isAsync);
        this.target(s.target);
        this.expr(s.iter);
        this.loopBody(s.body);
        this.statements(s.orelse);
        break;
      case "With":
        this.checkAsyncStatement(s, s.isAsync);
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars !== null) this.target(item.optionalVars);
        }
        this.statements(s.body);
        break;
      case "Try":
        this.statements(s.body);
        for (const handler of s.handlers) {
          if (handler.type !== null) this.expr(handler.type);
          this.statements(handler.body);
        }
        this.statements(s.orelse);
        this.statements(s.finalbody);
        break;
      case "Raise":
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case "FunctionDef": this.functionDef(s); break;
      case "ClassDef": this.classDef(s); break;
    }
  }

  /** An elif chain nests in `orelse`; walk it in a loop. */
  private ifChain(s: Extract<Stmt, { kind: "If" }>): void {
    let node: Stmt = s;
    while (node.kind === "If") {
      this.expr(node.test);
      this.statements(node.body);
      if (node.orelse.length !== 1 || node.orelse[0].kind !== "If") {
        this.statements(node.orelse);
        return;
      }
      node = node.orelse[0];
    }
  }

  private loopBody(body: Stmt[]): void {
    const outer = this.inLoop;
    this.inLoop = true;
    this.statements(body);
    this.inLoop = outer;
  }

  private checkAsyncStatement(s: Stmt, isAsync: boolean): void {
    if (isAsync && !(this.scope.kind === "function" && this.scope.isAsync)) this.report(s, Messages.asyncOutsideAsyncFunction);
  }

  private functionDef(s: Extract<Stmt, { kind: "FunctionDef" }>): void {
    for (const decorator of s.decorators) this.expr(decorator);
    this.argumentsOutside(s.args);
    if (s.returns !== null) this.expr(s.returns);
    this.inScope(newScope("function", s.isAsync, parameterNames(s.args), null), () => this.statements(s.body));
  }

  private classDef(s: Extract<Stmt, { kind: "ClassDef" }>): void {
    for (const decorator of s.decorators) this.expr(decorator);
    this.callArguments(s.bases, s.keywords);
    this.inScope(newScope("class", false, NO_PARAMETERS, null), () => this.statements(s.body));
  }

  /** Runs `body` in a new scope; loops do not reach into nested functions or classes. */
  private inScope(scope: Scope, body: () => void): void {
    const outerScope = this.scope;
    const outerLoop = this.inLoop;
    this.scope = scope;
    this.inLoop = false;
    body();
    this.scope = outerScope;
    this.inLoop = outerLoop;
  }

  private declareGlobal(s: Stmt, names: string[]): void {
    const scope = this.scope;
    for (const name of names) {
      if (scope.parameters.has(name) || scope.nonlocals.has(name)) this.report(s, Messages.redefinedAsGlobal);
      scope.globals.add(name);
    }
  }

  private declareNonlocal(s: Stmt, names: string[]): void {
    const scope = this.scope;
    if (scope.kind === "module") {
      this.report(s, Messages.nonlocalAtModuleLevel);
      return;
    }
    for (const name of names) {
      if (scope.parameters.has(name) || scope.globals.has(name)) this.report(s, Messages.redefinedAsNonlocal);
      scope.nonlocals.add(name);
    }
  }

  // ---------- targets ----------

  /** An assignment target: its shape is checked, and the expressions inside it are loads. */
  private target(target: Expr): void {
    checkAssignTarget(target, this.reporter);
    this.loadsInTarget(target);
  }

  private loadsInTarget(target: Expr): void {
    switch (target.kind) {
      case "Attribute": this.expr(target.value); break;
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        break;
      case "Starred": this.loadsInTarget(target.value); break;
      case "Tuple":
      case "List":
        for (const elt of target.elts) this.loadsInTarget(elt);
        break;
    }
  }

  // ---------- expressions ----------

  /** Checks an expression; `starAllowed` when it is an element of a display or call where `*x` is legal. */
  private expr(e: Expr, starAllowed = false): void {
    switch (e.kind) {
      case "Starred":
        if (!starAllowed) this.report(e, Messages.starredNotTarget);
        this.expr(e.value);
        break;
      case "Tuple": case "List": case "Set":
        for (const elt of e.elts) this.expr(elt, true);
        break;
      case "Call":
        this.expr(e.func);
        this.callArguments(e.args, e.keywords);
        break;
      case "Yield": case "YieldFrom":
        this.checkYield(e);
        if (e.value !== null) this.expr(e.value);
        break;
      case "Await":
        this.checkAwait(e);
        this.expr(e.value);
        break;
      case "Lambda":
        this.argumentsOutside(e.args);
        this.inScope(newScope("lambda", false, parameterNames(e.args), null), () => this.expr(e.body));
        break;
      case "ListComp": case "SetComp": case "GeneratorExp":
        this.comprehension(e, e.generators, () => this.expr(e.elt));
        break;
      case "DictComp":
        this.comprehension(e, e.generators, () => {
          this.expr(e.key);
          this.expr(e.value);
        });
        break;
      default:
        this.childExpressions(e);
    }
  }

  private childExpressions(e: Expr): void {
    switch (e.kind) {
      case "BinOp": this.binaryChain(e); break;
      case "UnaryOp": this.expr(e.operand); break;
      case "BoolOp": for (const value of e.values) this.expr(value); break;
      case "Compare":
        this.expr(e.left);
        for (const comparator of e.comparators) this.expr(comparator);
        break;
      case "Attribute": this.expr(e.value); break;
      case "Subscript": this.expr(e.value); this.expr(e.slice, true); break;
      case "Slice":
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case "Dict":
        for (const key of e.keys) if (key !== null) this.expr(key);
        for (const value of e.values) this.expr(value);
        break;
      case "IfExp": this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case "NamedExpr": this.expr(e.value); break;
      case "JoinedStr": for (const value of e.values) this.expr(value); break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.formatSpec !== null) this.expr(e.formatSpec);
        break;
    }
  }

  /** `a + b + c + ...` nests to the left; walk that spine in a loop so long sums cannot overflow the stack. */
  private binaryChain(e: Extract<Expr, { kind: "BinOp" }>): void {
    const rights: Expr[] = [];
    let left: Expr = e;
    while (left.kind === "BinOp") {
      rights.push(left.right);
      left = left.left;
    }
    this.expr(left);
    for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i]);
  }

  private callArguments(args: Expr[], keywords: { value: Expr }[]): void {
    for (const arg of args) this.expr(arg, true);
    for (const keyword of keywords) this.expr(keyword.value);
  }

  /** Defaults and annotations are evaluated where the function is defined. */
  private argumentsOutside(args: Arguments): void {
    for (const value of args.defaults) this.expr(value);
    for (const value of args.kwDefaults) if (value !== null) this.expr(value);
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg !== null) all.push(args.vararg);
    if (args.kwarg !== null) all.push(args.kwarg);
    for (const arg of all) if (arg.annotation !== null) this.expr(arg.annotation);
  }

  /**
   * The first iterable belongs to the enclosing scope; the rest runs in the comprehension's own scope.
   * A generator expression may be asynchronous anywhere (it becomes an async generator); the other
   * comprehensions only inside `async def`.
   */
  private comprehension(e: Expr, generators: Comprehension[], element: () => void): void {
    if (generators.length === 0) return;
    this.expr(generators[0].iter);
    const owner = this.scope.owner ?? this.scope;
    const mayBeAsync = e.kind === "GeneratorExp" || (owner.kind === "function" && owner.isAsync);
    if (!mayBeAsync && generators.some((g) => g.isAsync)) this.report(e, Messages.asyncComprehensionOutsideAsyncFunction);
    this.inScope(newScope("comprehension", mayBeAsync, NO_PARAMETERS, owner), () => {
      generators.forEach((generator, index) => {
        this.target(generator.target);
        if (index > 0) this.expr(generator.iter);
        for (const condition of generator.ifs) this.expr(condition);
      });
      element();
    });
  }

  private checkYield(e: Expr): void {
    const kind = this.scope.kind;
    if (kind !== "function" && kind !== "lambda") this.report(e, Messages.yieldOutsideFunction);
  }

  /** MicroPython rejects `await` at module and class level; CPython also rejects it in a plain `def` or `lambda`. */
  private checkAwait(e: Expr): void {
    const scope = this.scope;
    if (scope.isAsync) return;
    const kind = scope.owner?.kind ?? scope.kind;
    const message = kind === "function" || kind === "lambda" ? Messages.awaitOutsideAsyncFunction : Messages.awaitOutsideFunction;
    this.report(e, message);
  }
}

function newScope(kind: Scope["kind"], isAsync: boolean, parameters: ReadonlySet<string>, owner: Scope | null): Scope {
  const scope: Scope = { kind, isAsync, parameters, globals: new Set(), nonlocals: new Set(), owner: null };
  scope.owner = owner ?? scope;
  return scope;
}

function parameterNames(args: Arguments): ReadonlySet<string> {
  const names = new Set<string>();
  for (const arg of args.posonlyargs) names.add(arg.arg);
  for (const arg of args.args) names.add(arg.arg);
  for (const arg of args.kwonlyargs) names.add(arg.arg);
  if (args.vararg !== null) names.add(args.vararg.arg);
  if (args.kwarg !== null) names.add(args.kwarg.arg);
  return names;
}
