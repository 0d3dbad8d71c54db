// Test support (imports the simulator, so only tests use it): a simulated board attached to a memory Host, set
// as the modules' Host, with helpers to call hardware classes from TypeScript the way Python would.
import type { PyValue, Kw } from "../runtime/object";
import { makeMemoryHost, type Host } from "../runtime/host";
import { config } from "../runtime/config";
import { PyType } from "../runtime/type";
import { callMethod, callObject, repr, str } from "../runtime/protocol";
import { typeOf } from "../runtime/builtin-types";
import { isException, type PyBaseException } from "../runtime/errors";
import { setModuleHost, setPollHook } from "../modules/host-ref";
import { SimulatedBoard, attachBoard } from "../../simulator/board";
import { pollHardware, softResetHardware } from "./index";
import "../types/int";
import "../types/bool";
import "../types/str";
import "../types/float";
import "../types/list";
import "../types/tuple";
import "../types/dict";
import "../types/bytes";

export interface TestBoard {
  board: SimulatedBoard;
  host: Host;
  out: string[];
}

/** A fresh board for one test, with the flavour set. Sleeps poll (deliver callbacks) as the runtime would. */
export function setUpBoard(flavor: "micropython" | "circuitpython" = "micropython"): TestBoard {
  config.flavor = flavor;
  const out: string[] = [];
  const board = new SimulatedBoard({ mode: "virtual" });
  const host = attachBoard(makeMemoryHost((s) => out.push(s)), board, { onPoll: () => pollHardware() });
  setModuleHost(host);
  setPollHook(() => host.onPoll?.());
  softResetHardware();
  return { board, host, out };
}

/** A Python exception surfaced to a test as a readable JS error. */
export class PyTestError extends Error {
  constructor(readonly exc: PyBaseException) {
    super(describe(exc));
  }
}

function describe(exc: PyBaseException): string {
  return [typeOf(exc).name, ...exc.args.map((a) => str(a))].join(" ");
}

/** Runs `fn`, turning a Python exception into a PyTestError (vitest cannot print Python objects). */
export function py<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isException(e)) throw new PyTestError(e);
    throw e;
  }
}

/** `obj.name(*args, **kw)`. */
export function call(obj: PyValue, name: string, args: PyValue[] = [], kw?: Record<string, PyValue>): PyValue {
  return py(() => callMethod(obj, name, args, kw ? (new Map(Object.entries(kw)) as Kw) : null));
}

/** `cls(*args, **kw)` (a native type is built through its `new` slot, whether or not `type` is callable yet). */
export function make(cls: PyValue, args: PyValue[] = [], kw?: Record<string, PyValue>): PyValue {
  const kwMap = kw ? (new Map(Object.entries(kw)) as Kw) : null;
  if (cls instanceof PyType && cls.slots.new !== undefined) return py(() => cls.slots.new!(cls, args, kwMap));
  return py(() => callObject(cls, args, kwMap));
}

/** What `print(type(e).__name__, e)` shows for the exception `fn` raises ("no error" when none). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyTestError) return e.message;
    if (isException(e)) return describe(e);
    throw e;
  }
  return "no error";
}

export { repr };
