// machine.Timer for the rp2 port: software timers (id -1) on the board's microsecond alarms, one-shot or
// periodic, whose callbacks are scheduled like soft IRQs.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineClassAttrs, defineMethods } from "../../runtime/function";
import { roundFloat } from "../../runtime/config";
import { floatArg } from "../../modules/args";
import type { PicoAlarm } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { divU64, lowU32, u64 } from "../c-arith";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { machineSession } from "./context";

export const ONE_SHOT = 0;
export const PERIODIC = 1;

export const timerType = makeBuiltinType("Timer");

class PyTimer extends PyObject {
  mode = ONE_SHOT;
  /** The period in microseconds (uint64_t in the firmware). */
  deltaUs = 0n;
  callback: PyValue = None;
  private alarm: PicoAlarm | null = null;

  constructor(private readonly session: HardwareSession) {
    super(timerType);
  }

  start(): void {
    this.cancel();
    // Periods beyond what a double holds exactly never come due in practice.
    if (this.deltaUs > BigInt(Number.MAX_SAFE_INTEGER)) return;
    this.schedule(this.session.hw.timer.nowUs() + Number(this.deltaUs));
  }

  cancel(): void {
    this.alarm?.cancel();
    this.alarm = null;
  }

  private schedule(atUs: number): void {
    this.alarm = this.session.hw.timer.alarmAt(atUs, () => {
      this.alarm = null;
      if (this.callback !== None) this.session.scheduler.schedule(this.callback, this);
      // A periodic timer keeps its phase: the next alarm counts from this one's due time, not from now.
      if (this.mode !== ONE_SHOT) this.schedule(atUs + Number(this.deltaUs));
    });
  }
}

const INIT_ARGS: ArgSpec[] = [
  { name: "mode", kind: "int", kwOnly: true, dflt: PERIODIC },
  { name: "callback", kind: "obj", kwOnly: true, dflt: None },
  // 0xffffffff in an mp_int_t: -1.
  { name: "period", kind: "int", kwOnly: true, dflt: -1 },
  { name: "tick_hz", kind: "int", kwOnly: true, dflt: 1000 },
  { name: "freq", kind: "obj", kwOnly: true, dflt: None },
  { name: "hard", kind: "bool", kwOnly: true, dflt: false },
];

/** The period in µs: 1e6 / freq in single precision, or period * 1e6 / tick_hz in uint64_t. */
function periodUs(a: Record<string, any>): bigint {
  let delta: bigint;
  if (a.freq !== None) {
    const us = roundFloat(1_000_000 / roundFloat(floatArg(a.freq)));
    delta = Number.isFinite(us) && us > 0 ? BigInt(Math.trunc(us)) : 0n;
  } else {
    delta = divU64(u64(a.period) * 1_000_000n, u64(a.tick_hz));
  }
  return delta < 1n ? 1n : delta;
}

function init(self: PyTimer, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, INIT_ARGS);
  self.mode = a.mode;
  self.deltaUs = periodUs(a);
  self.callback = a.callback;
  self.start();
  return None;
}

function timerNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const session = machineSession();
  const timers = session.state("machine.timers", (s) => {
    const all = new Set<PyTimer>();
    s.onSoftReset(() => all.forEach((t) => t.cancel()));
    return all;
  });
  const self = new PyTimer(session);
  let rest = args;
  if (args.length > 0) {
    if (mpInt(args[0]) !== -1) raiseValueError("Timer doesn't exist");
    rest = args.slice(1);
  }
  if (rest.length > 0 || (kw !== null && kw.size > 0)) init(self, rest, kw);
  timers.add(self);
  return self;
}

function timerRepr(self: PyTimer): string {
  const mode = self.mode === ONE_SHOT ? "ONE_SHOT" : "PERIODIC";
  const period = self.deltaUs <= 0xffffffffn ? String(self.deltaUs) : `${lowU32(self.deltaUs / 1000n)}000`;
  return `Timer(mode=${mode}, tick_hz=1000000, period=${period})`;
}

timerType.defineSlots({ repr: timerRepr, new: timerNew });

defineMethods(timerType, {
  init: builtinMethodKw("init", (self: PyTimer, args, kw) => {
    self.cancel();
    return init(self, args, kw);
  }),
  deinit: (self: PyTimer) => {
    self.cancel();
    return None;
  },
});

defineClassAttrs(timerType, { ONE_SHOT, PERIODIC });
