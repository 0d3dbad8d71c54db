// The `gc` module over the heap model (collect, mem_free/mem_alloc, enable/disable, threshold).
import type { PyValue } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { builtinFunction } from "../runtime/function";
import { PyModule } from "../types/module";
import { heapModel } from "./micropython/heap-model";
import { intArg } from "./args";

export function createGcModule(): PyModule {
  const m = new PyModule("gc");
  m.set("collect", builtinFunction("collect", 0, 0, () => {
    heapModel.collect();
    return None;
  }));
  m.set("mem_free", builtinFunction("mem_free", 0, 0, () => heapModel.free()));
  m.set("mem_alloc", builtinFunction("mem_alloc", 0, 0, () => heapModel.used()));
  m.set("enable", builtinFunction("enable", 0, 0, () => {
    heapModel.enabled = true;
    return None;
  }));
  m.set("disable", builtinFunction("disable", 0, 0, () => {
    heapModel.enabled = false;
    return None;
  }));
  m.set("isenabled", builtinFunction("isenabled", 0, 0, () => heapModel.enabled));
  m.set("threshold", builtinFunction("threshold", 0, 1, (bytes?: PyValue) => {
    if (bytes === undefined) return heapModel.threshold;
    heapModel.threshold = intArg(bytes);
    return None;
  }));
  return m;
}
