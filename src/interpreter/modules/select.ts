// The `select` module: poll objects (register/modify/unregister/poll/ipoll) and select(), waiting on the Host's
// clock while polling the interpreter, over native streams, RingIO and io.IOBase objects (their ioctl).
import { PyObject, type PyValue } from "../runtime/object";
import { makeBuiltinType, None } from "../runtime/builtin-types";
import { raiseOSError } from "../runtime/errors";
import { builtinFunction, builtinMethod, defineMethods } from "../runtime/function";
import { callMethod, lookupAttr, toArray } from "../runtime/protocol";
import type { Host } from "../runtime/host";
import { PyList } from "../types/list";
import { PyTuple } from "../types/tuple";
import { PyModule } from "../types/module";
import { PyFloat } from "../types/float";
import { PyStreamObject } from "./io/stream-object";
import { PyRingIO } from "./micropython/ringio";
import { PyConsoleStream } from "./sys/console";
import { moduleHost, sleepMicros } from "./host-ref";
import { floatArg, intArg } from "./args";

export const POLLIN = 1;
export const POLLPRI = 2;
export const POLLOUT = 4;
export const POLLERR = 8;
export const POLLHUP = 16;
const MP_STREAM_POLL = 3;
const ONE_SHOT = 1;

/** Which of the `mask` events `obj` is ready for (POLLERR/POLLHUP are always reported). */
export function readiness(obj: PyValue, mask: number): number {
  if (obj instanceof PyRingIO) {
    return ((mask & POLLIN) && obj.available() > 0 ? POLLIN : 0) | ((mask & POLLOUT) && obj.free() > 0 ? POLLOUT : 0);
  }
  if (obj instanceof PyStreamObject) return mask & (POLLIN | POLLOUT);
  if (obj instanceof PyConsoleStream) {
    const host = moduleHost() as Host & { stdinAvailable?: () => boolean };
    const readable = obj.fd === 0 && (host.stdinAvailable?.() ?? false);
    return (readable ? mask & POLLIN : 0) | (obj.fd !== 0 ? mask & POLLOUT : 0);
  }
  if (lookupAttr(obj, "ioctl") === undefined) raiseOSError(95); // EOPNOTSUPP: not a stream
  const ret = intArg(callMethod(obj, "ioctl", [MP_STREAM_POLL, mask]));
  if (ret < 0) raiseOSError(-ret);
  return ret;
}

const pollType = makeBuiltinType("poll");
pollType.isBaseType = false;

class PyPoll extends PyObject {
  readonly entries = new Map<PyValue, number>();
  constructor() {
    super(pollType);
  }

  /** The ready (object, events) pairs right now. */
  ready(oneShot: boolean): [PyValue, number][] {
    const out: [PyValue, number][] = [];
    for (const [obj, mask] of this.entries) {
      const events = readiness(obj, mask) & (mask | POLLERR | POLLHUP);
      if (events === 0) continue;
      out.push([obj, events]);
      if (oneShot) this.entries.set(obj, 0);
    }
    return out;
  }

  /** Waits up to `timeoutMs` (negative: forever) for something to be ready. */
  wait(timeoutMs: number, oneShot: boolean): [PyValue, number][] {
    const host = moduleHost();
    const deadline = timeoutMs < 0 ? Infinity : host.ticksUs() + timeoutMs * 1000;
    for (;;) {
      const got = this.ready(oneShot);
      if (got.length > 0) return got;
      const left = deadline - host.ticksUs();
      if (left <= 0) return got;
      sleepMicros(this.entries.size === 0 ? left : Math.min(left, 1000));
    }
  }
}

function timeoutArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  return v instanceof PyFloat ? Math.floor(v.value) : intArg(v);
}

const pairs = (got: [PyValue, number][]) => new PyList(got.map(([o, e]) => new PyTuple([o, e])));

defineMethods(pollType, {
  register: builtinMethod("register", 1, 2, (self: PyPoll, obj: PyValue, mask?: PyValue) => {
    self.entries.set(obj, mask === undefined ? POLLIN | POLLOUT : intArg(mask));
    return None;
  }),
  modify: (self: PyPoll, obj: PyValue, mask: PyValue) => {
    if (!self.entries.has(obj)) raiseOSError(2); // ENOENT
    self.entries.set(obj, intArg(mask));
    return None;
  },
  unregister: (self: PyPoll, obj: PyValue) => {
    self.entries.delete(obj);
    return None;
  },
  poll: builtinMethod("poll", 0, 1, (self: PyPoll, t?: PyValue) => pairs(self.wait(timeoutArg(t), false))),
  ipoll: builtinMethod("ipoll", 0, 2, (self: PyPoll, t?: PyValue, flags?: PyValue) =>
    pairs(self.wait(timeoutArg(t), flags !== undefined && (intArg(flags) & ONE_SHOT) !== 0))),
});

/** select.select(rlist, wlist, xlist[, timeout seconds]). */
function selectFn(r: PyValue, w: PyValue, x: PyValue, timeout?: PyValue): PyValue {
  const p = new PyPoll();
  for (const o of toArray(r)) p.entries.set(o, (p.entries.get(o) ?? 0) | POLLIN);
  for (const o of toArray(w)) p.entries.set(o, (p.entries.get(o) ?? 0) | POLLOUT);
  for (const o of toArray(x)) p.entries.set(o, (p.entries.get(o) ?? 0) | POLLERR);
  const ms = timeout === undefined || timeout === None ? -1 : Math.floor(floatArg(timeout) * 1000);
  const got = p.wait(ms, false);
  const pick = (bits: number) => new PyList(got.filter(([, e]) => e & bits).map(([o]) => o));
  return new PyTuple([pick(POLLIN | POLLHUP), pick(POLLOUT), pick(POLLERR)]);
}

export function createSelectModule(): PyModule {
  const m = new PyModule("select");
  m.set("poll", builtinFunction("poll", 0, 0, () => new PyPoll()));
  m.set("select", builtinFunction("select", 3, 4, selectFn));
  for (const [name, value] of Object.entries({ POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP })) m.set(name, value);
  return m;
}
