// CircuitPython's `rtc`: the RTC object whose `datetime` reads and sets the board's real-time clock as a
// time.struct_time (the setting survives soft reloads), `calibration` within ±127, and set_time_source().
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import { toArray } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { moduleHost } from "../../modules/host-ref";
import { makeStructTime, structTimeType } from "../../modules/time/struct-time";
import { mktime, secondsToStructTime } from "../../modules/time/calendar";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt } from "../mp-args";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";

export const rtcType = makeNativeType("RTC");

class PyRtc extends PyObject {
  calibration = 0;
  constructor(readonly session: HardwareSession, readonly bootEpochMs: number) {
    super(rtcType);
  }
  /** Seconds since the epoch on the board's RTC. */
  nowSeconds(): number {
    return Math.floor((this.bootEpochMs + moduleHost().ticksUs() / 1000 + this.session.hw.persistent.rtcOffsetMs) / 1000);
  }
}

function datetimeOf(self: PyRtc): PyValue {
  const t = secondsToStructTime(self.nowSeconds());
  return makeStructTime([t.year, t.month, t.mday, t.hour, t.minute, t.second, t.weekday, t.yearday, -1]);
}

function setDatetime(self: PyRtc, v: PyValue): void {
  if (typeof v !== "object" || !v.$type.isSubtypeOf(structTimeType)) raiseTypeError("datetime must be of type struct_time");
  const [year, month, mday, hour, minute, second] = toArray(v).map((x) => mpInt(x));
  const wanted = mktime(year, month, mday, hour, minute, second);
  self.session.hw.persistent.rtcOffsetMs += (wanted - self.nowSeconds()) * 1000;
}

defineProperties(rtcType, {
  datetime: { get: datetimeOf, set: setDatetime },
  calibration: {
    get: (self: PyRtc) => self.calibration,
    set: (self: PyRtc, v: PyValue) => {
      const c = mpInt(v);
      if (c < -127 || c > 127) raiseValueError("calibration must be -127-127");
      self.calibration = c;
    },
  },
});

function theRtc(session: HardwareSession): PyRtc {
  return session.state("rtc.RTC", () => {
    const host = moduleHost();
    return new PyRtc(session, host.epochMs() - host.ticksUs() / 1000);
  });
}

rtcType.defineSlots({ new: () => theRtc(cpSession("rtc")) });

export function createRtcModule(): PyModule {
  cpSession("rtc");
  const m = new PyModule("rtc");
  m.set("RTC", rtcType);
  m.set("set_time_source", builtinFunction("set_time_source", 1, 1, () => None));
  return m;
}
