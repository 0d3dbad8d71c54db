// CircuitPython's time module: its smaller namespace, localtime's range (the RTC starts in 2000) and sleep's check.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../runtime/interpreter";
import { makeMemoryHost } from "../../runtime/host";

function run(source: string, flavor: "micropython" | "circuitpython"): string {
  let out = "";
  new Interpreter(makeMemoryHost((s) => (out += s)), { flavor }).runModule(source);
  return out;
}

const PROGRAM = `import time
for t in (946684799, 946684800, -1, 2**31):
    try:
        print(tuple(time.localtime(t)))
    except OverflowError as e:
        print(e)
try:
    time.sleep(-1)
    print('slept')
except ValueError as e:
    print(e)
print(sorted(n for n in dir(time) if not n.startswith('__')))
`;

describe("time on CircuitPython", () => {
  it("follows the firmware", () => {
    expect(run(PROGRAM, "circuitpython")).toBe(`timestamp out of range for platform time_t
(2000, 1, 1, 0, 0, 0, 5, 1, -1)
timestamp out of range for platform time_t
overflow converting long int to machine word
seconds must be >= 0
['localtime', 'mktime', 'monotonic', 'monotonic_ns', 'sleep', 'struct_time', 'time']
`);
  });
  it("leaves MicroPython's time as it was", () => {
    const out = run(PROGRAM, "micropython").split("\n");
    expect(out[0]).toBe("(1999, 12, 31, 23, 59, 59, 4, 365)");
    expect(out[4]).toBe("slept");
    expect(out[5]).toContain("'ticks_ms'");
  });
});
