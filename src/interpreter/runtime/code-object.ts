// Code objects: what `compile()` returns and `exec`/`eval` accept (a compiled module or expression).
import { PyObject } from "./object";
import { makeBuiltinType } from "./builtin-types";
import type { CompiledCode } from "../compiler/index";

export const codeType = makeBuiltinType("code");
codeType.isBaseType = false;

export class PyCode extends PyObject {
  constructor(
    readonly compiled: CompiledCode,
    readonly mode: "exec" | "eval" | "single",
  ) {
    super(codeType);
  }
}

codeType.defineSlots({ repr: (self: PyCode) => `<code object <module> at ${self.compiled.filename}>` });
