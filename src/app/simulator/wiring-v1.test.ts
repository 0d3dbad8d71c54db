// The version-1 wiring (metadata): only valid parts are restored from storage or a shared link, for migration.
import { describe, expect, it } from "vitest";
import { EMPTY_WIRING, restoreWiring } from "./wiring-v1";

describe("version-1 wiring", () => {
  it("restores only valid parts and drops the rest", () => {
    const stored = {
      version: 1,
      parts: [
        { id: "a", kind: "led", pin: 15 },
        { id: "a", kind: "led", pin: 16 },
        { id: "b", kind: "pot", pin: 3 },
        { id: "c", kind: "laser", pin: 4 },
        { id: "d", kind: "button", pin: 25 },
        { id: "e", kind: "button", pin: 22 },
        { id: "f", kind: "pot", pin: 27 },
        "junk",
      ],
    };
    expect(restoreWiring(stored).parts).toEqual([{ id: "a", kind: "led", pin: 15 }, { id: "e", kind: "button", pin: 22 }, { id: "f", kind: "pot", pin: 27 }]);
    expect(restoreWiring(undefined)).toEqual(EMPTY_WIRING);
    expect(restoreWiring({ version: 2, parts: [] })).toEqual(EMPTY_WIRING);
  });
});
