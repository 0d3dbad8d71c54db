// The version-1 wiring (metadata): default pins, pin rules per part, and the validate-and-restore step.
import { describe, expect, it } from "vitest";
import { addPart, defaultPin, EMPTY_WIRING, movePart, partLabel, restoreWiring } from "./wiring-v1";

describe("wiring", () => {
  it("places new parts on free, sensible pins", () => {
    let w = addPart(EMPTY_WIRING, "button", "a");
    w = addPart(w, "button", "b");
    w = addPart(w, "pot", "c");
    expect(w.parts.map((p) => [p.kind, p.pin])).toEqual([["button", 14], ["button", 13], ["pot", 26]]);
    expect(defaultPin("led", w.parts)).toBe(15);
    expect(partLabel(w.parts[0])).toBe("Button on GP14");
  });

  it("keeps potentiometers on ADC pins", () => {
    const w = addPart(EMPTY_WIRING, "pot", "p");
    expect(movePart(w, "p", 5).parts[0].pin).toBe(26);
    expect(movePart(w, "p", 28).parts[0].pin).toBe(28);
  });

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
        "junk",
      ],
    };
    expect(restoreWiring(stored).parts).toEqual([{ id: "a", kind: "led", pin: 15 }, { id: "e", kind: "button", pin: 22 }]);
    expect(restoreWiring(undefined)).toEqual(EMPTY_WIRING);
    expect(restoreWiring({ version: 2, parts: [] })).toEqual(EMPTY_WIRING);
  });
});
