// dir() of a module lists its globals plus __class__ and __dict__, as MicroPython's dir() finds them.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../runtime/interpreter";
import { makeMemoryHost } from "../runtime/host";

function run(source: string): string {
  let out = "";
  new Interpreter(makeMemoryHost((s) => (out += s))).runModule(source);
  return out;
}

describe("dir(module)", () => {
  it("lists globals, __class__ and __dict__, not object's methods", () => {
    expect(run(`import sys, math
d = dir(math)
print(d[:3], '__init__' in d, '__setattr__' in d, 'pi' in d)
print([n for n in dir(sys.modules['__main__']) if n.startswith('_')])
`)).toBe("['__class__', '__dict__', '__name__'] False False True\n['__class__', '__dict__', '__name__']\n");
  });
});
