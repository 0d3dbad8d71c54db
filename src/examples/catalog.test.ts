// The gallery's wording for the parts an example's wiring.json lists.
import { describe, expect, it } from "vitest";
import { describePart } from "./catalog";
import { EXAMPLES, exampleId } from "./index";

describe("describePart", () => {
  it("names each kind the examples use, with its pins", () => {
    expect(describePart({ kind: "led", pins: { anode: 15 } })).toBe("LED on GP15");
    expect(describePart({ kind: "button", pins: { signal: 14 } })).toBe("Button on GP14");
    expect(describePart({ kind: "potentiometer", pins: { wiper: 26 } })).toBe("Potentiometer on GP26");
    expect(describePart({ kind: "neopixel-strip", pins: { data: 16 }, options: { count: 8 } })).toBe("Strip of 8 NeoPixels on GP16");
    expect(describePart({ kind: "neopixel-ring", pins: { data: 2 }, options: { count: 12 } })).toBe("Ring of 12 NeoPixels on GP2");
    expect(describePart({ kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3c })).toBe("SSD1306 OLED at 0x3C (SDA GP4, SCL GP5)");
    expect(describePart({ kind: "dht22", pins: { data: 3 } })).toBe("dht22 on data GP3");
  });

  it("lists the parts of the examples as their wiring.json files say", () => {
    const parts = (id: string) => EXAMPLES.find((e) => exampleId(e) === id)!.parts.map(describePart);
    expect(parts("micropython/potentiometer-led")).toEqual(["Potentiometer on GP26", "LED on GP15"]);
    expect(parts("circuitpython/neopixel-rainbow")).toEqual(["Strip of 8 NeoPixels on GP16"]);
    expect(parts("circuitpython/pio-blink")).toEqual([]);
  });
});
