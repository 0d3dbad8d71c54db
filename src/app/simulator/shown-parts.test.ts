// The parts the panel shows: the wiring's parts with their live states, then parts only the board knows of.
import { describe, expect, it } from "vitest";
import { shownParts } from "./shown-parts";
import type { WiringView } from "./simulator-state";

describe("shown parts", () => {
  it("pairs the wiring with live states by id, and adds the board's own extras after", () => {
    const wiring: WiringView = {
      source: "file", extra: { auto: true }, errors: [],
      parts: [{ kind: "led", id: "led1", pins: { anode: 15 } }, { kind: "bme280", id: "bme2801", pins: { scl: 5, sda: 4 }, address: 0x77 }],
    };
    const live = [
      { id: "led1", kind: "led", config: wiring.parts[0], state: { on: true, brightness: 1 } },
      { id: "bme2801", kind: "bme280", config: wiring.parts[1], state: { temperature: 21.5 } },
      { id: "dht221", kind: "dht22", config: { kind: "dht22", id: "dht221", pins: { data: 2 } }, state: { temperature: 22 } },
      { id: "detected-strip-GP16", kind: "neopixel-strip", detected: true, config: { kind: "neopixel-strip", id: "detected-strip-GP16", pins: { data: 16 } }, state: { count: 1 } },
    ];
    const shown = shownParts(wiring, live);
    expect(shown.map((p) => [p.id, p.origin, p.pin, p.label])).toEqual([
      ["led1", "file", 15, "LED on GP15"],
      ["bme2801", "file", 4, "BME280 0x77 on GP4, GP5"],
      ["dht221", "code", 2, "DHT22 on GP2"],
      ["detected-strip-GP16", "detected", 16, "NeoPixel strip on GP16"],
    ]);
    expect(shown[0].state).toEqual({ on: true, brightness: 1 });
    // Before the board reports, the parts show without a state; a project wired from its code says so.
    expect(shownParts({ ...wiring, source: "code" }, []).map((p) => [p.origin, p.state])).toEqual([["code", undefined], ["code", undefined]]);
  });
});
