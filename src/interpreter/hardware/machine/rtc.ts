// machine.RTC: datetime() read and set as (year, month, day, weekday, hours, minutes, seconds, subseconds), the
// weekday computed (Monday = 0) and ignored when set. The setting is kept by the board across soft resets.
import { PyObject, type PyValue } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseOSError, raiseValueError } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { PyTuple } from "../../types/tuple";
import { getIter, iterNext } from "../../runtime/protocol";
import { STOP } from "../../runtime/object";
import { moduleHost } from "../../modules/host-ref";
import { mpInt } from "../mp-args";
import { machineHw, machineSession } from "./context";

export const rtcType = makeBuiltinType("RTC");
const EINVAL = 22;

class PyRtc extends PyObject {
  constructor(readonly bootEpochMs: number) {
    super(rtcType);
  }
  /** The RTC's time (ms since the epoch): the board's clock from the wall time at boot, plus any setting. */
  nowMs(): number {
    return this.bootEpochMs + moduleHost().ticksUs() / 1000 + machineHw().persistent.rtcOffsetMs;
  }
}

function items(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

function datetimeTuple(ms: number): PyTuple {
  const d = new Date(Math.floor(ms));
  const weekday = (d.getUTCDay() + 6) % 7;
  return new PyTuple([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), weekday, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0]);
}

function setDatetime(self: PyRtc, value: PyValue): void {
  const t = items(value);
  if (t.length !== 8) raiseValueError(`requested length 8 but object has length ${t.length}`);
  const [year, month, day, , hour, minute, second] = t.map((x) => mpInt(x));
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
  if (!valid) raiseOSError(EINVAL);
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second);
  machineHw().persistent.rtcOffsetMs += wanted - self.nowMs();
}

defineMethods(rtcType, {
  datetime: builtinMethod("datetime", 0, 1, (self: PyRtc, value?: PyValue) => {
    if (value === undefined) return datetimeTuple(self.nowMs());
    setDatetime(self, value);
    return None;
  }),
});

rtcType.defineSlots({
  new: () => machineSession().state("machine.rtc", () => {
    const host = moduleHost();
    return new PyRtc(host.epochMs() - host.ticksUs() / 1000);
  }),
});
