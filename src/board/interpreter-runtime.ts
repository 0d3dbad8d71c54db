// The board's Python runtime: one Interpreter per boot on the board host, as the session's REPL executor.
import { Interpreter, formatTraceback, type RunResult } from "../interpreter/index";
import type { BoardRuntime } from "./session";
import type { ExecOutcome } from "./repl/serial-repl";
import type { Flavor } from "./firmware";
import { cook } from "./board-host";
import type { Host } from "../interpreter/runtime/host";

export class InterpreterRuntime implements BoardRuntime {
  readonly interpreter: Interpreter;

  constructor(private readonly host: Host, flavor: Flavor, floatPrecision: "single" | "double" = "single", board?: string) {
    this.interpreter = new Interpreter(host, { flavor, floatPrecision, board, printUncaught: false });
  }

  fileExists(path: string): boolean {
    return this.host.fs?.stat("/" + path)?.kind === "file";
  }

  runFile(path: string): ExecOutcome {
    return this.outcome(this.interpreter.runMain("/" + path));
  }

  execute(source: string, mode: "file" | "single"): ExecOutcome {
    return this.outcome(mode === "single" ? this.interpreter.runRepl(source) : this.interpreter.runInMain(source, "<stdin>"));
  }

  private outcome(result: RunResult): ExecOutcome {
    if (result.status === "exit") return { kind: "exit" };
    if (result.status === "exception" && result.exception) return { kind: "exception", text: cook(formatTraceback(result.exception)) };
    return { kind: "ok" };
  }
}
