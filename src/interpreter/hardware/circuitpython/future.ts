// CircuitPython's built-in `__future__` (shared-bindings/__future__): lets libraries such as adafruit_hid write
// `from __future__ import annotations`; the feature flag is just True.
import { PyModule } from "../../types/module";

export function createFutureModule(): PyModule {
  return new PyModule("__future__").set("annotations", true);
}
