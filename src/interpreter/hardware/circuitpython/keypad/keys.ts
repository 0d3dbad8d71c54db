// keypad.Keys: one pin per key, scanned in the background every `interval` seconds on the board's clock;
// changes become press/release events in the Keys' EventQueue.
import { PyObject, type PyValue, type Kw } from "../../../runtime/object";
import { None } from "../../../runtime/builtin-types";
import { raiseValueError } from "../../../runtime/errors";
import { defineMethods } from "../../../runtime/function";
import { toArray } from "../../../runtime/protocol";
import { floatArg } from "../../../modules/args";
import { FUNCSEL, type PicoAlarm } from "../../pico-hardware";
import type { HardwareSession } from "../../session";
import { defineProperties } from "../../native-property";
import { parseArgs } from "../../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "../context";
import { freePinArg } from "../mcu-pin";
import { supervisorTicksMs } from "../supervisor";
import { PyEventQueue } from "./event-queue";
import { makeNativeType } from "../../native-type";

export const keysType = makeNativeType("Keys");

class PyKeys extends PyObject {
  /** What each key was at the last scan (all released at the start). */
  private state: boolean[];
  private alarm: PicoAlarm | null = null;
  constructor(
    readonly session: HardwareSession,
    public pins: number[] | null,
    readonly valueWhenPressed: boolean,
    readonly intervalUs: number,
    readonly events: PyEventQueue,
  ) {
    super(keysType);
    this.state = new Array(pins!.length).fill(false);
  }

  get live(): number[] {
    return this.pins ?? raiseDeinited();
  }

  start(): void {
    this.schedule(this.session.hw.timer.nowUs() + this.intervalUs);
  }

  stop(): void {
    this.alarm?.cancel();
    this.alarm = null;
  }

  /** Forgets the key states, so keys held down now report a press at the next scan. */
  reset(): void {
    this.state.fill(false);
  }

  private schedule(atUs: number): void {
    this.alarm = this.session.hw.timer.alarmAt(atUs, () => {
      this.scan();
      this.schedule(atUs + this.intervalUs);
    });
  }

  private scan(): void {
    const pins = this.pins;
    if (pins === null) return;
    const now = supervisorTicksMs();
    pins.forEach((pin, key) => {
      const pressed = (this.session.hw.gpio.read(pin) === 1) === this.valueWhenPressed;
      if (pressed !== this.state[key]) {
        this.state[key] = pressed;
        this.events.record(key, pressed, now);
      }
    });
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "pins", kind: "obj", required: true },
    { name: "value_when_pressed", kind: "bool", required: true, kwOnly: true },
    { name: "pull", kind: "bool", kwOnly: true, dflt: true },
    { name: "interval", kind: "obj", kwOnly: true, dflt: None },
    { name: "max_events", kind: "int", kwOnly: true, dflt: 64 },
    { name: "debounce_threshold", kind: "int", kwOnly: true, dflt: 1 },
  ]);
  const session = cpSession("keypad");
  const interval = a.interval === None ? 0.02 : floatArg(a.interval);
  if (!(interval >= 0 && interval <= 2)) raiseValueError("interval must be 0.00-2.00");
  if (a.max_events < 1 || a.max_events > 1022) raiseValueError("max_events must be 1-1022");
  const pins = toArray(a.pins).map((p) => freePinArg(session, p, "pin"));
  for (const pin of pins) {
    session.claims.claim(pin);
    const gpio = session.hw.gpio;
    gpio.setOutputEnable(pin, false);
    gpio.setFunction(pin, FUNCSEL.SIO);
    // The pull keeps a released key at the opposite of value_when_pressed.
    gpio.setPulls(pin, a.pull && !a.value_when_pressed, a.pull && a.value_when_pressed);
  }
  const intervalUs = Math.max(1, Math.round(interval * 1_000_000));
  const self = new PyKeys(session, pins, a.value_when_pressed, intervalUs, new PyEventQueue(a.max_events));
  self.start();
  session.onSoftReset(() => deinit(self));
  return self;
}

function deinit(self: PyKeys): PyValue {
  if (self.pins === null) return None;
  self.stop();
  for (const pin of self.pins) resetPin(self.session, pin);
  self.pins = null;
  return None;
}

defineMethods(keysType, {
  deinit,
  reset: (self: PyKeys) => {
    void self.live;
    self.reset();
    return None;
  },
});
defineContextManager(keysType, deinit);
defineProperties(keysType, {
  key_count: { get: (self: PyKeys) => self.live.length },
  events: {
    get: (self: PyKeys) => {
      void self.live;
      return self.events;
    },
  },
});
keysType.defineSlots({ new: construct });
