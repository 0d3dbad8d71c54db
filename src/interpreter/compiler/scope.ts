// Scope analysis: which names each module/function/class/comprehension binds, and how every name resolves
// (JS local, closure variable of an enclosing function, class namespace, or module global).
import type * as A from "../parser/ast";
import { CompileError } from "./compile-error";

export type ScopeKind = "module" | "function" | "class" | "comprehension";

/** How a name is read or written in a scope. */
export type Resolution =
  | { kind: "local" } // a JS `let` / parameter of this scope's function
  | { kind: "free"; owner: Scope } // a JS variable of an enclosing function (closure)
  | { kind: "global" } // the module namespace ($g), then builtins
  | { kind: "class" }; // the class namespace, then globals (names bound in a class body)

export class Scope {
  readonly children: Scope[] = [];
  readonly params: string[] = [];
  /** Names bound here (assignment, def, class, import, for/with/except targets, params). */
  readonly assigned = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Where each nonlocal name was declared (for the "no binding" error). */
  readonly nonlocalNodes = new Map<string, A.NodeBase>();
  /** Names deleted somewhere in this scope (their reads always check for unbound). */
  readonly deleted = new Set<string>();
  /** Locals captured by nested scopes (their reads always check: the closure may run before assignment). */
  readonly captured = new Set<string>();
  isGenerator = false;
  isAsync = false;
  /** A method that uses `super()` or `__class__` (needs the class cell). */
  usesClassCell = false;
  /** A class whose methods need the `__class__` cell. */
  needsClassCell = false;
  /**
   * A module-level function whose body must be generated with the module (not on its first call): it holds
   * something the code generator may reject (so the SyntaxError stays a compile-time error) or that changes
   * how later module code compiles (`const()`).
   */
  compileEagerly = false;
  private readonly cache = new Map<string, Resolution>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly node: A.NodeBase,
  ) {
    parent?.children.push(this);
  }

  /** The function-like scope (function or comprehension) a free variable can live in, walking outward. */
  resolve(name: string): Resolution {
    let r = this.cache.get(name);
    if (r === undefined) {
      r = this.computeResolution(name);
      this.cache.set(name, r);
    }
    return r;
  }

  private computeResolution(name: string): Resolution {
    if (this.kind === "module") return { kind: "global" };
    if (this.globals.has(name)) return { kind: "global" };
    if (this.nonlocals.has(name)) return this.resolveOutward(name);
    if (this.assigned.has(name)) return this.kind === "class" ? { kind: "class" } : { kind: "local" };
    return this.resolveOutward(name);
  }

  private resolveOutward(name: string): Resolution {
    for (let s = this.parent; s !== null; s = s.parent) {
      if (s.kind === "module") break;
      if (s.kind === "class") continue;
      if (s.globals.has(name)) return { kind: "global" };
      if (s.nonlocals.has(name)) continue;
      if (s.assigned.has(name)) return { kind: "free", owner: s };
    }
    return { kind: "global" };
  }

  /** Nearest enclosing scope that is not a comprehension (where walrus targets bind). */
  get bindingScope(): Scope {
    let s: Scope = this;
    while (s.kind === "comprehension" && s.parent !== null) s = s.parent;
    return s;
  }

  /** The nearest enclosing class scope directly containing this function (for `super()`). */
  get enclosingClass(): Scope | null {
    return this.parent !== null && this.parent.kind === "class" ? this.parent : null;
  }
}

/** The result of analysing a module: a scope for every scope-introducing node. */
export interface ScopeTable {
  module: Scope;
  of(node: A.NodeBase): Scope;
}

export function analyzeModule(module: A.Module): ScopeTable {
  const table = new Map<A.NodeBase, Scope>();
  const root = new Scope("module", "<module>", null, module);
  table.set(module, root);
  new ScopeBuilder(table).block(module.body, root);
  markCaptured(root);
  checkNonlocals(root);
  return {
    module: root,
    of(node) {
      const s = table.get(node);
      if (s === undefined) throw new Error("internal: no scope for node " + (node as { kind?: string }).kind);
      return s;
    },
  };
}

/** `nonlocal x` needs an enclosing function that binds x. */
function checkNonlocals(scope: Scope): void {
  for (const [name, node] of scope.nonlocalNodes) {
    if (scope.resolve(name).kind !== "free") throw new CompileError(`no binding for nonlocal '${name}' found`, node);
  }
  for (const child of scope.children) checkNonlocals(child);
}

/** Records, for every scope, which of its locals an inner scope reads or writes as a free variable. */
function markCaptured(scope: Scope): void {
  for (const child of scope.children) markCaptured(child);
  for (const name of freeNamesOf(scope)) {
    const r = scope.resolve(name);
    if (r.kind === "free") r.owner.captured.add(name);
  }
}

const freeNameUses = new WeakMap<Scope, Set<string>>();
function freeNamesOf(scope: Scope): Set<string> {
  return freeNameUses.get(scope) ?? new Set();
}

class ScopeBuilder {
  constructor(private readonly table: Map<A.NodeBase, Scope>) {}

  private use(scope: Scope, name: string): void {
    let set = freeNameUses.get(scope);
    if (set === undefined) freeNameUses.set(scope, (set = new Set()));
    set.add(name);
  }

  private bind(scope: Scope, name: string): void {
    scope.assigned.add(name);
    this.use(scope, name);
  }

  block(stmts: A.Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private stmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case "Expr":
        return this.expr(s.value, scope);
      case "Assign":
        this.expr(s.value, scope);
        for (const t of s.targets) this.target(t, scope);
        return;
      case "AugAssign":
        this.expr(s.value, scope);
        if (s.target.kind === "Name") this.use(scope, s.target.id);
        return this.target(s.target, scope);
      case "AnnAssign":
        if (s.value !== null) this.expr(s.value, scope);
        if (s.target.kind !== "Name" || s.value !== null || scope.kind !== "module") this.target(s.target, scope);
        if (scope.kind === "module" || scope.kind === "class") this.expr(s.annotation, scope);
        return;
      case "Return":
        if (s.value !== null) this.expr(s.value, scope);
        return;
      case "Raise":
        if (s.exc !== null) this.expr(s.exc, scope);
        if (s.cause !== null) this.expr(s.cause, scope);
        return;
      case "Global":
        for (const n of s.names) scope.globals.add(n);
        return;
      case "Nonlocal":
        for (const n of s.names) {
          scope.nonlocals.add(n);
          scope.nonlocalNodes.set(n, s);
          this.use(scope, n);
        }
        return;
      case "Delete":
        for (const t of s.targets) {
          this.target(t, scope);
          if (t.kind === "Name") scope.deleted.add(t.id);
        }
        return;
      case "Assert":
        this.expr(s.test, scope);
        if (s.msg !== null) this.expr(s.msg, scope);
        return;
      case "Import":
        for (const a of s.names) this.bind(scope, a.asname ?? a.name.split(".")[0]);
        return;
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name !== "*") this.bind(scope, a.asname ?? a.name);
          else this.markEager(scope);
        }
        return;
      case "If":
      case "While":
        this.expr(s.test, scope);
        this.block(s.body, scope);
        return this.block(s.orelse, scope);
      case "For":
        this.expr(s.iter, scope);
        this.target(s.target, scope);
        this.block(s.body, scope);
        return this.block(s.orelse, scope);
      case "With":
        for (const item of s.items) {
          this.expr(item.contextExpr, scope);
          if (item.optionalVars !== null) this.target(item.optionalVars, scope);
        }
        return this.block(s.body, scope);
      case "Try":
        this.block(s.body, scope);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type, scope);
          if (h.name !== null) {
            this.bind(scope, h.name);
            scope.deleted.add(h.name);
          }
          this.block(h.body, scope);
        }
        this.block(s.orelse, scope);
        return this.block(s.finalbody, scope);
      case "FunctionDef":
        return this.functionDef(s, scope);
      case "ClassDef":
        return this.classDef(s, scope);
      case "Pass":
      case "Break":
      case "Continue":
      case "ErrorStmt":
        return;
    }
  }

  /** Marks the module-level function around `scope` to be compiled with the module (see Scope.compileEagerly). */
  private markEager(scope: Scope): void {
    let s = scope;
    while (s.parent !== null && s.parent.kind !== "module") s = s.parent;
    if (s.parent !== null) s.compileEagerly = true;
  }

  /** Decorators: `@micropython.x` is checked by the code generator. */
  private decorators(decorators: A.Expr[], scope: Scope): void {
    for (const d of decorators) {
      let base = d;
      while (base.kind === "Attribute") base = base.value;
      if (base.kind === "Name" && base.id === "micropython") this.markEager(scope);
      this.expr(d, scope);
    }
  }

  private functionDef(s: A.FunctionDefStmt, scope: Scope): void {
    this.decorators(s.decorators, scope);
    this.argumentDefaults(s.args, scope);
    this.bind(scope, s.name);
    const fn = new Scope("function", s.name, scope, s);
    this.table.set(s, fn);
    fn.isAsync = s.isAsync;
    this.params(s.args, fn);
    this.block(s.body, fn);
  }

  private argumentDefaults(args: A.Arguments, scope: Scope): void {
    for (const d of args.defaults) this.expr(d, scope);
    for (const d of args.kwDefaults) if (d !== null) this.expr(d, scope);
  }

  private params(args: A.Arguments, fn: Scope): void {
    const all = [...args.posonlyargs, ...args.args];
    if (args.vararg) all.push(args.vararg);
    all.push(...args.kwonlyargs);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) {
      fn.params.push(a.arg);
      this.bind(fn, a.arg);
    }
  }

  private classDef(s: A.ClassDefStmt, scope: Scope): void {
    this.decorators(s.decorators, scope);
    for (const b of s.bases) this.expr(b, scope);
    for (const k of s.keywords) {
      if (k.arg === null) this.markEager(scope);
      this.expr(k.value, scope);
    }
    this.bind(scope, s.name);
    const cls = new Scope("class", s.name, scope, s);
    this.table.set(s, cls);
    this.block(s.body, cls);
  }

  /** An assignment target: binds names, evaluates the rest (attribute owners, subscripts). */
  private target(t: A.Expr, scope: Scope): void {
    switch (t.kind) {
      case "Name":
        return this.bind(scope, t.id);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, scope);
        return;
      case "Starred":
        return this.target(t.value, scope);
      case "Attribute":
        return this.expr(t.value, scope);
      case "Subscript":
        this.expr(t.value, scope);
        return this.expr(t.slice, scope);
      default:
        return this.expr(t, scope);
    }
  }

  private exprs(es: A.Expr[], scope: Scope): void {
    for (const e of es) this.expr(e, scope);
  }

  private expr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case "Name":
        this.use(scope, e.id);
        if ((e.id === "super" || e.id === "__class__") && scope.kind === "function") this.markClassCell(scope);
        return;
      case "Constant":
      case "ErrorExpr":
        return;
      case "JoinedStr":
        return this.exprs(e.values, scope);
      case "FormattedValue":
        this.expr(e.value, scope);
        if (e.formatSpec !== null) this.expr(e.formatSpec, scope);
        return;
      case "BinOp":
        this.expr(e.left, scope);
        return this.expr(e.right, scope);
      case "UnaryOp":
        return this.expr(e.operand, scope);
      case "BoolOp":
        return this.exprs(e.values, scope);
      case "Compare":
        this.expr(e.left, scope);
        return this.exprs(e.comparators, scope);
      case "Call":
        if ((e.func.kind === "Name" && e.func.id === "const") || (e.keywords.length > 0 && e.args.some((a) => a.kind === "Starred"))) {
          this.markEager(scope);
        }
        this.expr(e.func, scope);
        this.exprs(e.args, scope);
        for (const k of e.keywords) this.expr(k.value, scope);
        return;
      case "Starred":
        return this.expr(e.value, scope);
      case "Attribute":
        return this.expr(e.value, scope);
      case "Subscript":
        this.expr(e.value, scope);
        return this.expr(e.slice, scope);
      case "Slice":
        if (e.lower) this.expr(e.lower, scope);
        if (e.upper) this.expr(e.upper, scope);
        if (e.step) this.expr(e.step, scope);
        return;
      case "List":
      case "Tuple":
      case "Set":
        return this.exprs(e.elts, scope);
      case "Dict":
        for (const k of e.keys) if (k !== null) this.expr(k, scope);
        return this.exprs(e.values, scope);
      case "IfExp":
        this.expr(e.test, scope);
        this.expr(e.body, scope);
        return this.expr(e.orelse, scope);
      case "Lambda": {
        this.argumentDefaults(e.args, scope);
        const fn = new Scope("function", "<lambda>", scope, e);
        this.table.set(e, fn);
        this.params(e.args, fn);
        return this.expr(e.body, fn);
      }
      case "NamedExpr": {
        this.expr(e.value, scope);
        const binder = scope.bindingScope;
        this.bind(binder, e.target.id);
        this.use(scope, e.target.id);
        return;
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        return this.comprehension(e, e.generators, [e.elt], scope);
      case "DictComp":
        return this.comprehension(e, e.generators, [e.key, e.value], scope);
      case "Yield":
        this.markGenerator(scope);
        if (e.value !== null) this.expr(e.value, scope);
        return;
      case "YieldFrom":
        this.markGenerator(scope);
        return this.expr(e.value, scope);
      case "Await":
        return this.expr(e.value, scope);
    }
  }

  private markGenerator(scope: Scope): void {
    if (scope.kind === "function" || scope.kind === "comprehension") scope.isGenerator = true;
  }

  private markClassCell(fn: Scope): void {
    fn.usesClassCell = true;
    for (let s: Scope | null = fn; s !== null; s = s.parent) {
      if (s.kind === "class") {
        s.needsClassCell = true;
        return;
      }
    }
  }

  private comprehension(node: A.Expr, gens: A.Comprehension[], results: A.Expr[], scope: Scope): void {
    // The first iterable is evaluated in the enclosing scope; everything else in the comprehension's own.
    this.expr(gens[0].iter, scope);
    if (gens.some((g) => g.isAsync)) this.markEager(scope);
    const comp = new Scope("comprehension", "<listcomp>", scope, node);
    this.table.set(node, comp);
    if (node.kind === "GeneratorExp") comp.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, comp);
      this.target(g.target, comp);
      this.exprs(g.ifs, comp);
    });
    this.exprs(results, comp);
  }
}
