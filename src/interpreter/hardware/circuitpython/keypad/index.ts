// CircuitPython's `keypad` module: Keys, Event and EventQueue (KeyMatrix and ShiftRegisterKeys come later).
import { PyModule } from "../../../types/module";
import { cpSession } from "../context";
import { eventType } from "./event";
import { eventQueueType } from "./event-queue";
import { keysType } from "./keys";

export function createKeypadModule(): PyModule {
  cpSession("keypad");
  const m = new PyModule("keypad");
  m.set("Keys", keysType);
  m.set("Event", eventType);
  m.set("EventQueue", eventQueueType);
  return m;
}
