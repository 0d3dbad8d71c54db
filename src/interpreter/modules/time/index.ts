// The `time` module: sleeps and ticks on the Host's clock, wall-clock time, localtime/gmtime/mktime.
import type { PyValue } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { newException, OverflowError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { config, roundFloat } from "../../runtime/config";
import { builtinFunction } from "../../runtime/function";
import { PyTuple } from "../../types/tuple";
import { PyList } from "../../types/list";
import { PyFloat } from "../../types/float";
import { PyModule } from "../../types/module";
import { normInt } from "../../types/int";
import { moduleHost, sleepMicros } from "../host-ref";
import { floatArg, intArg } from "../args";
import { ticksAdd, ticksDiff, wrapTicks } from "./ticks";
import { mktime, secondsToStructTime } from "./calendar";
import { makeStructTime, structTimeType } from "./struct-time";

/**
 * Microseconds since the epoch, on the same clock as ticks (so sleeps move wall time too), plus what setting the
 * board's RTC (machine.RTC().datetime(...), rtc.RTC().datetime = ...) moved it by: the time module reads the RTC.
 */
function epochMicros(bootEpochUs: number): number {
  const host = moduleHost();
  return bootEpochUs + host.ticksUs() + (host.hardware?.persistent.rtcOffsetMs ?? 0) * 1000;
}

/** CircuitPython's RTC can't hold a time before 2000-01-01 (its time_t counts from 2000). */
const EPOCH_2000 = 946684800;

/** A seconds argument for localtime(): ints, or anything int() accepts such as floats (truncated). */
function secondsArg(v: PyValue): number {
  const n = v instanceof PyFloat ? Math.trunc(v.value) : intArg(v);
  if (config.flavor === "circuitpython") {
    if (n > 0x7fffffff) throw newException(OverflowError, "overflow converting long int to machine word");
    if (n < EPOCH_2000) throw newException(OverflowError, "timestamp out of range for platform time_t");
  }
  if (n < 0) throw newException(OverflowError, "overflow converting long int to machine word");
  return n;
}

/** MicroPython's 8-tuple, or CircuitPython's struct_time (with tm_isdst = -1). */
function structTimeTuple(seconds: number): PyTuple {
  const t = secondsToStructTime(seconds);
  const items = [t.year, t.month, t.mday, t.hour, t.minute, t.second, t.weekday, t.yearday];
  return config.flavor === "circuitpython" ? makeStructTime([...items, -1]) : new PyTuple(items);
}

function sleepSeconds(v: PyValue): PyValue {
  const seconds = floatArg(v);
  if (seconds < 0 && config.flavor === "circuitpython") raiseValueError("seconds must be >= 0");
  sleepMicros(Math.floor(seconds * 1_000_000));
  return None;
}

export function createTimeModule(): PyModule {
  const host = moduleHost();
  const bootEpochUs = host.epochMs() * 1000 - host.ticksUs();
  const now = () => Math.floor(epochMicros(bootEpochUs) / 1_000_000);
  const localtime = builtinFunction("localtime", 0, 1, (secs?: PyValue) =>
    structTimeTuple(secs === undefined || secs === None ? now() : secondsArg(secs)));
  const m = new PyModule("time");
  m.set("sleep", builtinFunction("sleep", 1, 1, sleepSeconds));
  m.set("time", builtinFunction("time", 0, 0, () => now()));
  m.set("localtime", localtime);
  m.set("mktime", builtinFunction("mktime", 1, 1, mktimeBuiltin));
  if (config.flavor === "circuitpython") addCircuitPythonClock(m);
  else addMicroPythonClock(m, localtime, () => normInt(BigInt(Math.floor(epochMicros(bootEpochUs))) * 1000n));
  return m;
}

function mktimeBuiltin(tuple: PyValue): PyValue {
  if (!(tuple instanceof PyTuple || tuple instanceof PyList)) {
    return raiseTypeError(`object '${typeOf(tuple).name}' isn't a tuple or list`);
  }
  const items = tuple.items;
  if (items.length < 8 || items.length > 9) raiseTypeError("mktime needs a tuple of length 8 or 9");
  const [y, mo, d, h, mi, s] = items.slice(0, 6).map(intArg);
  return mktime(y, mo, d, h, mi, s);
}

/** MicroPython's extras: gmtime, sleep_ms/us, the ticks functions and time_ns. */
function addMicroPythonClock(m: PyModule, localtime: PyValue, timeNs: () => PyValue): void {
  m.set("gmtime", localtime);
  m.set("time_ns", builtinFunction("time_ns", 0, 0, timeNs));
  m.set("sleep_ms", builtinFunction("sleep_ms", 1, 1, (ms: PyValue) => {
    sleepMicros(Math.max(0, intArg(ms)) * 1000);
    return None;
  }));
  m.set("sleep_us", builtinFunction("sleep_us", 1, 1, (us: PyValue) => {
    sleepMicros(Math.max(0, intArg(us)));
    return None;
  }));
  m.set("ticks_ms", builtinFunction("ticks_ms", 0, 0, () => wrapTicks(Math.floor(moduleHost().ticksUs() / 1000))));
  m.set("ticks_us", builtinFunction("ticks_us", 0, 0, () => wrapTicks(Math.floor(moduleHost().ticksUs()))));
  m.set("ticks_cpu", builtinFunction("ticks_cpu", 0, 0, () => wrapTicks(Math.floor(moduleHost().ticksUs()))));
  m.set("ticks_diff", builtinFunction("ticks_diff", 2, 2, (end: PyValue, start: PyValue) => ticksDiff(intArg(end), intArg(start))));
  m.set("ticks_add", builtinFunction("ticks_add", 2, 2, (ticks: PyValue, delta: PyValue) => {
    const r = ticksAdd(intArg(ticks), intArg(delta));
    if (r === null) throw newException(OverflowError, "ticks interval overflow");
    return r;
  }));
}

/** CircuitPython's monotonic clock (seconds as a float, and nanoseconds) and struct_time. */
function addCircuitPythonClock(m: PyModule): void {
  m.set("struct_time", structTimeType);
  m.set("monotonic", builtinFunction("monotonic", 0, 0, () => new PyFloat(roundFloat(moduleHost().ticksUs() / 1e6))));
  m.set("monotonic_ns", builtinFunction("monotonic_ns", 0, 0, () => normInt(BigInt(Math.floor(moduleHost().ticksUs())) * 1000n)));
}
