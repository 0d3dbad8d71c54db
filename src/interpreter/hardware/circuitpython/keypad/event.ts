// keypad.Event: a key number, pressed or released, and the supervisor tick it happened at.
import { PyObject, type PyValue, type Kw } from "../../../runtime/object";
import { makeBuiltinType, None, NotImplemented } from "../../../runtime/builtin-types";
import { raiseValueError } from "../../../runtime/errors";
import type { CompareOp } from "../../../runtime/type";
import { defineProperties } from "../../native-property";
import { parseArgs } from "../../mp-args";

export const eventType = makeBuiltinType("Event");

export class PyKeyEvent extends PyObject {
  constructor(public keyNumber: number, public pressed: boolean, public timestamp: PyValue) {
    super(eventType);
  }
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "key_number", kind: "int", dflt: 0 },
    { name: "pressed", kind: "bool", dflt: true },
    { name: "timestamp", kind: "obj", dflt: None },
  ]);
  if (a.key_number < 0) raiseValueError("key_number must be >= 0");
  return new PyKeyEvent(a.key_number, a.pressed, a.timestamp);
}

eventType.defineSlots({
  new: construct,
  repr: (self: PyKeyEvent) => `<Event: key_number ${self.keyNumber} ${self.pressed ? "pressed" : "released"}>`,
  // Two events are equal when they say the same about the same key; the timestamp does not count.
  richcompare: (self: PyKeyEvent, other: PyValue, op: CompareOp) => {
    if (!(other instanceof PyKeyEvent) || (op !== "eq" && op !== "ne")) return NotImplemented;
    const same = self.keyNumber === other.keyNumber && self.pressed === other.pressed;
    return op === "eq" ? same : !same;
  },
  hash: (self: PyKeyEvent) => (self.pressed ? self.keyNumber : self.keyNumber | 0x10000),
});

defineProperties(eventType, {
  key_number: { get: (self: PyKeyEvent) => self.keyNumber },
  pressed: { get: (self: PyKeyEvent) => self.pressed },
  released: { get: (self: PyKeyEvent) => !self.pressed },
  timestamp: { get: (self: PyKeyEvent) => self.timestamp },
});
