// _thread on MicroPython's rp2 port (core 1's function runs when started) and os.dupterm's terminal slot.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../runtime/interpreter";
import { testHost } from "./test-support";

function run(lines: string[]): string {
  const host = testHost();
  new Interpreter(host, { flavor: "micropython" }).runInMain(lines.join("\n") + "\n");
  return host.out.join("") + host.err.join("");
}

describe("_thread", () => {
  it("runs core 1's function, with locks and a thread id, and reports its exceptions", () => {
    expect(run([
      "import _thread, time",
      "lock = _thread.allocate_lock()",
      "main = _thread.get_ident()",
      "def task(n, delay, who=None):",
      "    with lock:",
      "        for i in range(n):",
      "            time.sleep(delay)",
      "        print('done', n, who, _thread.get_ident() != main)",
      "t0 = time.ticks_ms()",
      "_thread.start_new_thread(task, (3, 0.5), {'who': 'core1'})",
      "print(time.ticks_diff(time.ticks_ms(), t0), lock.locked(), lock.acquire(0), lock.locked())",
      "_thread.start_new_thread(lambda: 1 / 0, ())",
      "print('main goes on')",
    ])).toMatch(/^done 3 core1 True\n1500 False True True\nUnhandled exception in thread started by <function <lambda> at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n.*\nZeroDivisionError: divide by zero\nmain goes on\n$/s);
  });

  it("keeps os.dupterm's slot", () => {
    expect(run(["import os", "print(os.dupterm(1), os.dupterm(None, 0))", "os.dupterm_notify(None)"])).toBe("None 1\n");
  });
});
