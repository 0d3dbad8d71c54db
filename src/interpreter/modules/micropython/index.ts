// The `micropython` module: const, opt_level, memory and qstr info, heap lock, kbd_intr, schedule, RingIO and
// the code-emitter decorators (no-ops here: everything compiles to JavaScript).
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { heapLock, optimisation } from "../../runtime/config";
import { builtinFunction } from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { moduleHost } from "../host-ref";
import { intArg } from "../args";
import { heapModel, HEAP_TOTAL } from "./heap-model";
import { scheduleCallback } from "./scheduler";
import { ringIOType } from "./ringio";

export { runScheduledCallbacks, hasScheduledCallbacks, resetScheduler } from "./scheduler";
export { heapModel } from "./heap-model";

/** The character that raises KeyboardInterrupt (3, Ctrl-C; -1 disables it), read by the REPL/host layer. */
export const keyboardInterrupt = { char: 3 };

/** Stack figures of the RP2040 port's main thread. */
const STACK_SIZE = 7936;
const STACK_USED = 532;

function memInfo(verbose?: PyValue): PyValue {
  const used = heapModel.used();
  const out = moduleHost();
  out.writeStdout(`stack: ${STACK_USED} out of ${STACK_SIZE}\n`);
  out.writeStdout(`GC: total: ${HEAP_TOTAL}, used: ${used}, free: ${HEAP_TOTAL - used}, max new split: 0\n`);
  out.writeStdout(` No. of 1-blocks: 64, 2-blocks: 17, max blk sz: 40, max free sz: ${Math.floor((HEAP_TOTAL - used) / 16)}\n`);
  if (verbose !== undefined && truthy(verbose)) out.writeStdout("GC memory layout; from 20004e80:\n");
  return None;
}

function qstrInfo(): PyValue {
  moduleHost().writeStdout("qstr pool: n_pool=1, n_qstr=8, n_str_data_bytes=64, n_total_bytes=208\n");
  return None;
}

const identityDecorator = (name: string) => builtinFunction(name, 1, 1, (f: PyValue) => f);

export function createMicropythonModule(): PyModule {
  const m = new PyModule("micropython");
  m.set("const", builtinFunction("const", 1, 1, (v: PyValue) => v));
  m.set("opt_level", builtinFunction("opt_level", 0, 1, (level?: PyValue) => {
    if (level === undefined) return optimisation.level;
    optimisation.level = intArg(level);
    return None;
  }));
  m.set("mem_info", builtinFunction("mem_info", 0, 1, memInfo));
  m.set("qstr_info", builtinFunction("qstr_info", 0, 1, qstrInfo));
  m.set("stack_use", builtinFunction("stack_use", 0, 0, () => STACK_USED));
  m.set("mem_total", builtinFunction("mem_total", 0, 0, () => heapModel.totalAllocated()));
  m.set("mem_current", builtinFunction("mem_current", 0, 0, () => heapModel.used()));
  m.set("mem_peak", builtinFunction("mem_peak", 0, 0, () => heapModel.peak()));
  m.set("heap_lock", builtinFunction("heap_lock", 0, 0, () => {
    heapLock.depth++;
    return None;
  }));
  m.set("heap_unlock", builtinFunction("heap_unlock", 0, 0, () => {
    if (heapLock.depth > 0) heapLock.depth--;
    return heapLock.depth;
  }));
  m.set("heap_locked", builtinFunction("heap_locked", 0, 0, () => heapLock.depth));
  m.set("kbd_intr", builtinFunction("kbd_intr", 1, 1, (c: PyValue) => {
    keyboardInterrupt.char = intArg(c);
    return None;
  }));
  m.set("schedule", builtinFunction("schedule", 2, 2, (fn: PyValue, arg: PyValue) => {
    scheduleCallback(fn, arg);
    return None;
  }));
  m.set("alloc_emergency_exception_buf", builtinFunction("alloc_emergency_exception_buf", 1, 1, () => None));
  m.set("RingIO", ringIOType);
  for (const name of ["native", "viper", "asm_thumb", "bytecode"]) m.set(name, identityDecorator(name));
  return m;
}
