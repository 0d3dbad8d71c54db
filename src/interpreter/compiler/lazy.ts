// Module-level functions whose JS is generated on their first call. The module's parse, scope analysis and
// checks stay eager; a site generates its function with the module's code-generation state as it was when the
// module compiled (constants, line map, `const()` names, optimisation level, float precision).
import type { ModuleContext } from "./context";
import { CompileError } from "./compile-error";
import { optimisation, config } from "../runtime/config";
import type { PyValue } from "../runtime/object";

type JsFunction = (...args: any[]) => PyValue;
type Factory = (rt: unknown, k: unknown[], g: unknown, b: unknown, dflt: unknown) => JsFunction;

/** The compiler's description of a lazy function constant (see ModuleContext.lazyFunction). */
export function isLazyFunction(c: unknown): c is { lazyFunction: () => string } {
  return typeof c === "object" && c !== null && typeof (c as { lazyFunction?: unknown }).lazyFunction === "function";
}

export interface LazyProvider {
  helpers: Record<string, unknown>;
  materializeConstant(c: unknown): unknown;
  /** The exception to throw for a CompileError found while generating a function (a SyntaxError). */
  compileError?(e: CompileError): unknown;
}

/** What the lazy functions of one compiled module share. */
export class LazyUnit {
  private readonly optLevel = optimisation.level;
  private readonly singlePrecision = config.singlePrecision;

  constructor(
    private readonly mc: ModuleContext,
    /** The module's constant values (`$K`); constants added by lazy functions are appended. */
    readonly values: unknown[],
    private readonly provider: LazyProvider,
  ) {}

  /** Materialises a constant description (a lazy function becomes its site). */
  value(c: unknown): unknown {
    return isLazyFunction(c) ? new LazyFunctionSite(c.lazyFunction, this) : this.provider.materializeConstant(c);
  }

  get helpers(): Record<string, unknown> {
    return this.provider.helpers;
  }

  /** Generates a function's JS and turns it into a factory binding it to a definition's globals and defaults. */
  compile(generate: () => string): Factory {
    const mc = this.mc;
    const saved = { level: optimisation.level, single: config.singlePrecision, helpers: mc.helpers };
    optimisation.level = this.optLevel;
    config.singlePrecision = this.singlePrecision;
    mc.helpers = new Set();
    try {
      const text = generate();
      for (let i = this.values.length; i < mc.constants.length; i++) this.values.push(this.value(mc.constants[i]));
      const prelude = ['"use strict";'];
      for (const h of mc.helpers) prelude.push(`const $${h} = $rt.${h};`);
      for (const k of new Set(text.match(/\$k\d+\b/g))) prelude.push(`const ${k} = $K[${k.slice(2)}];`);
      prelude.push("const $R = $rt.state;");
      return new Function("$rt", "$K", "$g", "$B", "$dflt", `${prelude.join("\n")}\nreturn ${text};`) as Factory;
    } catch (e) {
      if (e instanceof CompileError && this.provider.compileError !== undefined) throw this.provider.compileError(e);
      throw e;
    } finally {
      optimisation.level = saved.level;
      config.singlePrecision = saved.single;
      mc.helpers = saved.helpers;
    }
  }
}

/** One module-level `def`: its JS is generated once, on the first call of any function object it makes. */
export class LazyFunctionSite {
  private factory: Factory | null = null;

  constructor(
    private readonly generate: () => string,
    private readonly unit: LazyUnit,
  ) {}

  /** The JS function for one function object (its module globals, builtins and positional defaults). */
  build(globals: unknown, builtins: unknown, defaults: unknown): JsFunction {
    this.factory ??= this.unit.compile(this.generate);
    return this.factory(this.unit.helpers, this.unit.values, globals, builtins, defaults);
  }
}
