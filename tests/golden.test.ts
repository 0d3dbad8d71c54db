// Golden tests: each tests/golden/*.py runs on a fresh Interpreter (double precision, its folder as the
// working directory) and must print exactly its .py.exp (MicroPython's output; see tests/golden/README.md).
import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../src/interpreter/index";
import { NodeHost } from "../src/cli/node-host";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");
const programs = fs.readdirSync(dir).filter((f) => f.endsWith(".py") && fs.existsSync(path.join(dir, f + ".exp")));

function run(file: string): string {
  let out = "";
  const host = new NodeHost({
    root: "/",
    fast: true,
    signal: new Int32Array(new SharedArrayBuffer(4)),
    write: (_fd, text) => {
      out += text;
    },
  });
  const interp = new Interpreter(host, { floatPrecision: "double" });
  interp.runMain(path.join(dir, file));
  host.flush();
  return out;
}

describe("golden programs", () => {
  for (const file of programs) {
    it(file, () => {
      expect(run(file)).toBe(fs.readFileSync(path.join(dir, file + ".exp"), "utf8"));
    });
  }
});
