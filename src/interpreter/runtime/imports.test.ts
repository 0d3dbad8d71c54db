// Package imports as real libraries use them: a module-level __getattr__ loading submodules lazily through a relative
// __import__ (CircuitPython's asyncio), circular `from . import x` between submodules, and asyncio per flavour.
import { describe, expect, it } from "vitest";
import { Interpreter } from "./interpreter";
import { testHost } from "../modules/test-support";

const enc = (s: string) => new TextEncoder().encode(s);

function run(files: Record<string, string>, flavor: "micropython" | "circuitpython" = "micropython"): string {
  const host = testHost();
  const drive = host.fs as ReturnType<typeof import("../modules/test-support").memoryDrive>;
  for (const [path, text] of Object.entries(files)) {
    for (let i = path.indexOf("/", 1); i > 0; i = path.indexOf("/", i + 1)) drive.dirs.add(path.slice(0, i));
    drive.files.set(path, enc(text));
  }
  new Interpreter(host, { flavor }).runMain("/main.py");
  return host.out.join("") + host.err.join("");
}

describe("package imports", () => {
  it("a package's __getattr__ loads a submodule with a relative __import__", () => {
    const out = run({
      "/lib/pkg/__init__.py": [
        "_attrs = {'helper': 'funcs'}",
        "def __getattr__(attr):",
        "    mod = _attrs.get(attr, None)",
        "    if mod is None:",
        "        raise AttributeError(attr)",
        "    value = getattr(__import__(mod, None, None, True, 1), attr)",
        "    globals()[attr] = value",
        "    return value",
      ].join("\n"),
      "/lib/pkg/funcs.py": "def helper():\n    return 'lazy'\n",
      "/main.py": "import pkg\nprint(pkg.helper(), hasattr(pkg, 'nothing'))\nfrom pkg import helper\nprint(helper())\n",
    });
    expect(out).toBe("lazy False\nlazy\n");
  });

  it("submodules importing each other with `from . import` while still loading", () => {
    const out = run({
      "/lib/pkg/__init__.py": "from .core import run\n",
      "/lib/pkg/core.py": "from .task import Task\ndef run():\n    return Task().name\n",
      "/lib/pkg/task.py": "from . import core\nclass Task:\n    name = 'task'\n",
      "/main.py": "import pkg\nprint(pkg.run())\n",
    });
    expect(out).toBe("task\n");
  });

  it("asyncio is frozen in MicroPython's firmware; on CircuitPython it is the library in /lib", () => {
    expect(run({ "/main.py": "import asyncio\nprint(hasattr(asyncio, 'run'))\n" })).toBe("True\n");
    expect(run({ "/main.py": "import asyncio\n" }, "circuitpython")).toMatch(/ImportError: no module named 'asyncio'/);
    expect(run({ "/lib/asyncio/__init__.py": "WHO = 'lib'\n", "/main.py": "import asyncio\nprint(asyncio.WHO)\n" }, "circuitpython")).toBe("lib\n");
  });
});
