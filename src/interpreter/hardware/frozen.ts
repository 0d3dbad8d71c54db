// Runs a firmware's frozen Python source (rp2.py, neopixel.py) as the body of a hardware module, so the module a
// program imports is the board's own code; tracebacks name the frozen file as the board's do.
import { compileSource } from "../runtime/compile-source";
import { PyCode } from "../runtime/code-object";
import { globalsDictOf } from "../runtime/globals-dict";
import { runtimeState } from "../runtime/state";
import { PyModule } from "../types/module";

/** A new module `name` whose namespace is what `source` defines when run. */
export function frozenModule(name: string, source: string, filename: string): PyModule {
  const module = new PyModule(name);
  const code = new PyCode(compileSource(source, filename, "exec"), "exec");
  runtimeState.execHook(false, [code, globalsDictOf(module.$dict)], null, {}, null);
  return module;
}
