// keypad.EventQueue: the bounded queue scanners fill; get/get_into/clear, len() and the overflowed flag.
import { PyObject, type PyValue } from "../../../runtime/object";
import { None } from "../../../runtime/builtin-types";
import { raiseTypeError } from "../../../runtime/errors";
import { defineMethods } from "../../../runtime/function";
import { typeOf } from "../../../runtime/builtin-types";
import { defineProperties } from "../../native-property";
import { PyKeyEvent } from "./event";
import { makeNativeType } from "../../native-type";

export const eventQueueType = makeNativeType("EventQueue");
eventQueueType.isBaseType = false;

interface QueuedEvent {
  keyNumber: number;
  pressed: boolean;
  timestamp: number;
}

export class PyEventQueue extends PyObject {
  private events: QueuedEvent[] = [];
  overflowed = false;
  constructor(readonly maxEvents: number) {
    super(eventQueueType);
  }

  get length(): number {
    return this.events.length;
  }

  /** Adds an event; a full queue drops it and remembers that it overflowed. */
  record(keyNumber: number, pressed: boolean, timestamp: number): void {
    if (this.events.length >= this.maxEvents) {
      this.overflowed = true;
      return;
    }
    this.events.push({ keyNumber, pressed, timestamp });
  }

  take(): QueuedEvent | undefined {
    return this.events.shift();
  }

  clear(): void {
    this.events = [];
    this.overflowed = false;
  }
}

defineMethods(eventQueueType, {
  get: (self: PyEventQueue) => {
    const e = self.take();
    return e === undefined ? None : new PyKeyEvent(e.keyNumber, e.pressed, e.timestamp);
  },
  get_into: (self: PyEventQueue, into: PyValue) => {
    if (!(into instanceof PyKeyEvent)) return raiseTypeError(`event must be of type Event, not ${typeOf(into).name}`);
    const e = self.take();
    if (e === undefined) return false;
    into.keyNumber = e.keyNumber;
    into.pressed = e.pressed;
    into.timestamp = e.timestamp;
    return true;
  },
  clear: (self: PyEventQueue) => {
    self.clear();
    return None;
  },
});
eventQueueType.defineSlots({
  len: (self: PyEventQueue) => self.length,
  bool: (self: PyEventQueue) => self.length > 0,
});
defineProperties(eventQueueType, {
  overflowed: { get: (self: PyEventQueue) => self.overflowed },
});
