// A SyntaxError found while analysing or generating code (the parser accepts a few things only the compiler rejects).
import type * as A from "../parser/ast";

export class CompileError extends Error {
  constructor(
    message: string,
    readonly node: A.NodeBase,
  ) {
    super(message);
  }
}
