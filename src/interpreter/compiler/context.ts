// Code generation state: the module being compiled (constants, helpers used, line map) and the function
// being emitted (its scope, output lines, temporaries, loop labels, definitely-assigned locals).
import type * as A from "../parser/ast";
import type { Scope, ScopeTable } from "./scope";
import type { ConstValue } from "./consts";
import { optimisation } from "../runtime/config";

export interface CompileOptions {
  /** File name shown in tracebacks. */
  filename: string;
  /** "exec" (module / exec()), "eval" (a single expression, its value returned), "single" (REPL: echo values). */
  mode: "exec" | "eval" | "single";
  /**
   * Generate each module-level function's body on its first call (its parse, scope analysis and checks stay
   * eager). Off when not given (tests that read generated code see every body).
   */
  lazyFunctions?: boolean;
}

/** Shared by all functions of one compiled module. */
export class ModuleContext {
  /** Constants referenced from generated code as `$kN` (PyFloat, bytes, function code info...). */
  readonly constants: unknown[] = [];
  private readonly constantIndex = new Map<unknown, number>();
  /** MicroPython `const()` names defined so far (in source order), substituted for later loads. */
  consts = new Map<string, ConstValue>();
  /** Runtime helpers used (emitted as `const $name = $rt.name` in the prelude); a new set per lazy function. */
  helpers = new Set<string>();
  private labelCounter = 0;

  constructor(
    readonly options: CompileOptions,
    readonly scopes: ScopeTable,
    readonly lineOf: (offset: number) => number,
  ) {}

  /** A constant's JS name; equal primitive keys share one slot. */
  constant(value: unknown, key?: unknown): string {
    const k = key ?? value;
    let i = this.constantIndex.get(k);
    if (i === undefined) {
      i = this.constants.length;
      this.constants.push(value);
      this.constantIndex.set(k, i);
    }
    return `$k${i}`;
  }

  helper(name: string): string {
    this.helpers.add(name);
    return "$" + name;
  }

  newLabel(): string {
    return `$L${this.labelCounter++}`;
  }

  /**
   * A constant standing for a module-level function whose body is generated later: `text()` runs (on the first
   * call) with the `const()` names known here, as if it ran now.
   */
  lazyFunction(text: () => string): string {
    const consts = new Map(this.consts);
    const generate = (): string => {
      const saved = this.consts;
      this.consts = consts;
      try {
        return text();
      } finally {
        this.consts = saved;
      }
    };
    return this.constant({ lazyFunction: generate }, {});
  }
}

export interface LoopLabels {
  /** Label of the block around the loop and its else clause (break target). */
  breakLabel: string;
  /** Label of the loop itself (continue target). */
  continueLabel: string;
}

/** State while emitting one JS function (a Python function, class body, comprehension, or the module). */
export class FunctionContext {
  readonly lines: string[] = [];
  private indentLevel = 1;
  private tempCounter = 0;
  readonly temps: string[] = [];
  readonly loops: LoopLabels[] = [];
  /** Locals certainly bound at the current point (their reads skip the unbound check). */
  assigned: Set<string>;
  /** The JS name of the class namespace when this is a class body. */
  readonly classNs: string | null;
  /** The JS name of this function's FunctionCode constant (file and name for traceback entries). */
  codeConst = "null";

  constructor(
    readonly module: ModuleContext,
    readonly scope: Scope,
    readonly name: string,
  ) {
    this.assigned = new Set(scope.kind === "module" ? [] : scope.params);
    this.classNs = scope.kind === "class" ? "$ns" : null;
  }

  emit(line: string): void {
    this.lines.push("  ".repeat(this.indentLevel) + line);
  }

  indent(): void {
    this.indentLevel++;
  }

  dedent(): void {
    this.indentLevel--;
  }

  /** A fresh temporary variable (declared at the top of the function). */
  temp(): string {
    const t = `$t${this.tempCounter++}`;
    this.temps.push(t);
    return t;
  }

  helper(name: string): string {
    return this.module.helper(name);
  }

  constant(value: unknown, key?: unknown): string {
    return this.module.constant(value, key);
  }

  get isGenerator(): boolean {
    return this.scope.isGenerator;
  }

  get isAsync(): boolean {
    return this.scope.isAsync;
  }

  /** Runs `body` with a copy of the definitely-assigned set, restoring it after (names bound inside a
   *  conditional block are not certainly bound after it). */
  branch(body: () => void): void {
    const saved = this.assigned;
    this.assigned = new Set(saved);
    try {
      body();
    } finally {
      this.assigned = saved;
    }
  }

  lineOf(node: A.NodeBase): number {
    return optimisation.level >= 3 ? 1 : this.module.lineOf(node.start);
  }
}

const JS_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The JS variable for a Python local: a `_` suffix keeps it clear of JS reserved words and our `$` names. */
export function localName(name: string): string {
  return JS_IDENTIFIER.test(name) ? name + "_" : "u$" + [...name].map((c) => c.codePointAt(0)!.toString(36)).join("_");
}

/** `obj.name` or `obj["name"]` as JS property access. */
export function propertyAccess(obj: string, name: string): string {
  return JS_IDENTIFIER.test(name) && name !== "__proto__" ? `${obj}.${name}` : `${obj}[${JSON.stringify(name)}]`;
}

export function jsString(s: string): string {
  return JSON.stringify(s);
}
