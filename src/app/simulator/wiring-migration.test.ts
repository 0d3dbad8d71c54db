// Migration from version-1 metadata wiring to wiring.json, decided when a project opens, and the labels a share
// link's preview shows for either format.
import { describe, expect, it } from "vitest";
import { parseWiring } from "../../simulator/parts/wiring-file";
import { migrateV1, wiredPartLabels, wiringOnOpen } from "./wiring-migration";

const V1 = { version: 1, parts: [{ id: "part1", kind: "button", pin: 14 }, { id: "part2", kind: "led", pin: 15 }, { id: "part3", kind: "pot", pin: 26 }, { id: "bad", kind: "pot", pin: 3 }] };

describe("wiring migration", () => {
  it("turns led/button/pot into led {anode}, button {signal}, potentiometer {wiper}", () => {
    expect(migrateV1(V1)).toEqual([
      { kind: "button", id: "button1", pins: { signal: 14 } },
      { kind: "led", id: "led1", pins: { anode: 15 } },
      { kind: "potentiometer", id: "potentiometer1", pins: { wiper: 26 } },
    ]);
    expect(migrateV1(undefined)).toEqual([]);
    expect(migrateV1({ version: 2, parts: [] })).toEqual([]);
  });

  it("writes wiring.json from the metadata once and clears the metadata; an existing file wins", () => {
    const first = wiringOnOpen(null, V1);
    expect(first.write).toBe(true);
    expect(first.clearMeta).toBe(true);
    expect(parseWiring(first.text!).parts.map((p) => [p.kind, p.pins])).toEqual([["button", { signal: 14 }], ["led", { anode: 15 }], ["potentiometer", { wiper: 26 }]]);
    const file = '{"parts": [{"kind": "led", "pins": {"anode": 2}}]}';
    expect(wiringOnOpen(file, V1)).toEqual({ text: file, write: false, clearMeta: true });
    expect(wiringOnOpen(file, undefined)).toEqual({ text: file, write: false, clearMeta: false });
    // Nothing to migrate: the code's default wiring shows, and an empty metadata wiring is cleared.
    expect(wiringOnOpen(null, { version: 1, parts: [] })).toEqual({ text: null, write: false, clearMeta: true });
    expect(wiringOnOpen(null, undefined)).toEqual({ text: null, write: false, clearMeta: false });
  });

  it("labels the parts a shared project brings, from wiring.json or the old metadata", () => {
    const file = new TextEncoder().encode('{"parts": [{"kind": "neopixel-strip", "pins": {"data": "GP16"}, "options": {"count": 8}}]}');
    expect(wiredPartLabels([{ path: "wiring.json", kind: "file", data: file }], V1)).toEqual(["NeoPixel strip on GP16"]);
    expect(wiredPartLabels([{ path: "main.py", kind: "file" }], V1)).toEqual(["Button on GP14", "LED on GP15", "Potentiometer on GP26"]);
  });
});
