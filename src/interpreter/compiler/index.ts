// The compiler's entry point: a parsed module → JS source → a JS function `(globals, builtins) => result`.
// The generated source starts with a prelude binding every runtime helper it uses as `const $name`.
import type * as A from "../parser/ast";
import { analyzeModule } from "./scope";
import { ModuleContext, FunctionContext, type CompileOptions } from "./context";
import { emitBlock } from "./stmt";
import { compileExpr, CompileError } from "./expr";
import { compileFunctionBody } from "./defs";
import type { PyValue } from "../runtime/object";
import { LazyUnit, type LazyProvider } from "./lazy";

export { CompileError } from "./expr";
export type { CompileOptions } from "./context";

/** A compiled module: run it with a module namespace and the builtins namespace. */
export interface CompiledCode {
  run(globals: Record<string, PyValue>, builtins: Record<string, PyValue>): PyValue;
  /** The generated JS (for debugging and tests). */
  source: string;
  filename: string;
}

/** Supplies the runtime helpers and turns constant descriptions into values; provided by runtime/codegen-runtime. */
export type HelperProvider = LazyProvider;

export function generateModuleSource(module: A.Module, lineOf: (offset: number) => number, options: CompileOptions) {
  const scopes = analyzeModule(module);
  const mc = new ModuleContext(options, scopes, lineOf);
  const cx = new FunctionContext(mc, scopes.module, "<module>");
  const codeConst = cx.constant({
    code: {
      name: "<module>", qualname: "<module>", argnames: [], posonlyCount: 0, kwonlyNames: [], varargs: false,
      varkw: false, file: options.filename, line: 1, isGenerator: false, isAsync: false,
    },
  });
  mc.helper("traceback");
  mc.helper("None");
  const body = compileFunctionBody(null, cx, codeConst, (c) => {
    if (options.mode === "eval") {
      const stmt = module.body[0];
      if (module.body.length !== 1 || stmt.kind !== "Expr") throw new CompileError("invalid syntax", stmt ?? module);
      c.emit(`$ln = ${c.lineOf(stmt)};`);
      c.emit(`return ${compileExpr(c, stmt.value)};`);
    } else {
      if (options.mode === "single" && module.body.length === 0) throw new CompileError("invalid syntax", module);
      emitBlock(c, module.body);
      c.emit(`return $None;`);
    }
  });
  const prelude: string[] = ['"use strict";'];
  for (const h of mc.helpers) prelude.push(`const $${h} = $rt.${h};`);
  mc.constants.forEach((_, i) => prelude.push(`const $k${i} = $K[${i}];`));
  prelude.push("const $R = $rt.state;");
  const source = `${prelude.join("\n")}\nreturn function ($g, $B) {\n${body}\n};`;
  return { source, constants: mc.constants, context: mc };
}

export function compileModule(
  module: A.Module,
  lineOf: (offset: number) => number,
  options: CompileOptions,
  provider: HelperProvider,
): CompiledCode {
  const { source, constants, context } = generateModuleSource(module, lineOf, options);
  const values: unknown[] = [];
  const lazy = new LazyUnit(context, values, provider);
  for (const c of constants) values.push(lazy.value(c));
  const factory = new Function("$rt", "$K", source) as (rt: unknown, k: unknown[]) => CompiledCode["run"];
  const run = factory(provider.helpers, values);
  return { run, source, filename: options.filename };
}
