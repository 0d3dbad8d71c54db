// Tests: time, os, sys, micropython, hashlib, random and errno modules on a test Host.
import { describe, expect, it } from "vitest";
import { callObject, callMethod, repr } from "../runtime/protocol";
import type { PyValue } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { builtinFunction } from "../runtime/function";
import { newException, ValueError } from "../runtime/errors";
import { PyModule } from "../types/module";
import type { PyType } from "../runtime/type";
import { PyList } from "../types/list";
import { PyTuple } from "../types/tuple";
import { PyBytes } from "../types/bytes";
import { useTestHost, pyError } from "./test-support";
import { createTimeModule } from "./time";
import { createOsModule } from "./os";
import { createSysModule } from "./sys";
import { createMicropythonModule, runScheduledCallbacks } from "./micropython";
import { createHashlibModule } from "./hashlib";
import { createRandomModule } from "./random";
import { createErrnoModule } from "./errno";
import { openFile } from "./io";

const call = (m: PyModule, name: string, ...args: PyValue[]) => callObject(m.$dict[name], args);
const items = (v: PyValue) => (v as PyTuple | PyList).items;

describe("time", () => {
  it("sleeps on the host clock and wraps ticks", () => {
    const host = useTestHost();
    const time = createTimeModule();
    const t0 = call(time, "ticks_ms") as number;
    call(time, "sleep_ms", 250);
    expect(call(time, "ticks_diff", call(time, "ticks_ms"), t0)).toBe(250);
    expect(host.clockUs).toBe(1_250_000);
    expect(pyError(() => call(time, "ticks_add", 0, 2 ** 29))).toBe("OverflowError(ticks interval overflow)");
    expect(items(call(time, "localtime", 0))).toEqual([1970, 1, 1, 0, 0, 0, 3, 1]);
    expect(call(time, "mktime", new PyTuple([2000, 1, 1, 0, 0, 0, 5, 1]))).toBe(946684800);
    expect(pyError(() => call(time, "mktime", new PyTuple([1, 2])))).toBe("TypeError(mktime needs a tuple of length 8 or 9)");
  });
});

describe("os", () => {
  it("manages files and directories on the drive", () => {
    useTestHost();
    const os = createOsModule();
    call(os, "mkdir", "/lib");
    expect(pyError(() => call(os, "mkdir", "lib"))).toBe("OSError(17)");
    callMethod(openFile(["/lib/a.py", "w"], null), "write", ["x = 1\n"]);
    call(os, "chdir", "lib");
    expect(call(os, "getcwd")).toBe("/lib");
    expect(items(call(os, "listdir"))).toEqual(["a.py"]);
    expect(items(call(os, "stat", "a.py"))[6]).toBe(6);
    expect(items(call(os, "stat", "/"))[0]).toBe(0x4000);
    call(os, "rename", "a.py", "b.py");
    expect(items(call(os, "listdir", "/lib"))).toEqual(["b.py"]);
    call(os, "remove", "b.py");
    expect(pyError(() => call(os, "remove", "b.py"))).toBe("OSError(2)");
    expect(repr(call(os, "uname"))).toContain("machine='Raspberry Pi Pico with RP2040'");
  });
});

describe("sys", () => {
  it("prints exceptions and reads stdin lines", () => {
    const host = useTestHost(["ab", "c\nde\n"]);
    const sys = createSysModule();
    const exc = newException(ValueError, 1);
    exc.traceback.push({ file: "main.py", line: 3, name: "f" }, { file: "main.py", line: 7, name: "<module>" });
    call(sys, "print_exception", exc);
    expect(host.out.join("")).toBe('Traceback (most recent call last):\n  File "main.py", line 7, in <module>\n  File "main.py", line 3, in f\nValueError: 1\n');
    expect(callMethod(sys.$dict.stdin, "readline", [])).toBe("abc\n");
    expect(callMethod(sys.$dict.stdin, "read", [])).toBe("de\n");
    expect(callMethod(sys.$dict.stdout, "write", ["é"])).toBe(2);
    expect(repr(sys.$dict.stdout)).toBe("<io.TextIOWrapper 1>");
    expect(pyError(() => call(sys, "exit", 3))).toBe("SystemExit(3)");
  });
});

describe("micropython", () => {
  it("runs scheduled callbacks one at a time and limits the queue", () => {
    useTestHost();
    const mp = createMicropythonModule();
    const seen: PyValue[] = [];
    const cb = builtinFunction("cb", 1, 1, (arg: PyValue) => {
      if (arg === 0) call(mp, "schedule", cb, 100); // scheduled from a callback: runs after this one returns
      seen.push(arg);
      runScheduledCallbacks(); // a poll inside a callback must not re-enter
      return None;
    });
    for (let i = 0; i < 7; i++) call(mp, "schedule", cb, i);
    call(mp, "schedule", cb, 7);
    expect(pyError(() => call(mp, "schedule", cb, 8))).toBe("RuntimeError(schedule queue full)");
    runScheduledCallbacks();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 100]);
    call(mp, "opt_level", 1);
    expect(call(mp, "opt_level")).toBe(1);
    call(mp, "opt_level", 0);
  });
});

describe("hashlib, random, errno", () => {
  it("hashes and finalises", () => {
    const hashlib = createHashlibModule();
    const type = hashlib.$dict.sha256 as PyType;
    const h = type.slots.new!(type, [], null);
    callMethod(h, "update", ["abc"]);
    const d = callMethod(h, "digest", []) as PyBytes;
    expect(d.data[0]).toBe(0xba);
    expect(pyError(() => callMethod(h, "digest", []))).toBe("ValueError(hash is final)");
  });
  it("draws MicroPython's sequence after seeding", () => {
    const random = createRandomModule();
    call(random, "seed", 42);
    expect([call(random, "getrandbits", 32), call(random, "getrandbits", 32)]).toEqual([2003356, 1421623288]);
    expect(pyError(() => call(random, "randrange", 0))).toBe("ValueError()");
    expect(pyError(() => call(random, "choice", new PyList([])))).toBe("IndexError()");
  });
  it("maps errno names", () => {
    const errno = createErrnoModule();
    expect(errno.$dict.ENOENT).toBe(2);
    expect(repr(errno.$dict.errorcode)).toContain("2: 'ENOENT'");
    expect(None).toBe(None);
  });
});
