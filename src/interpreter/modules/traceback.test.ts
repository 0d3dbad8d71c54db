// CircuitPython's traceback module: the firmware's traceback text, trimmed by limit, to the console or a stream.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../runtime/interpreter";
import { testHost } from "./test-support";

describe("traceback (CircuitPython)", () => {
  it("prints and formats exceptions as the REPL does", () => {
    const host = testHost();
    new Interpreter(host, { flavor: "circuitpython" }).runInMain([
      "import traceback, io",
      "def f():",
      "    raise ValueError('bad')",
      "try:",
      "    f()",
      "except Exception as e:",
      "    traceback.print_exception(e, limit=-1)",
      "    s = io.StringIO()",
      "    traceback.print_exception(None, e, None, file=s)",
      "    print(s.getvalue() == ''.join(traceback.format_exception(e)), traceback.format_exc().endswith('ValueError: bad\\n'))",
    ].join("\n") + "\n", "code.py");
    expect(host.out.join("")).toBe('Traceback (most recent call last):\n  File "code.py", line 3, in f\nValueError: bad\nTrue True\n');
  });
});
