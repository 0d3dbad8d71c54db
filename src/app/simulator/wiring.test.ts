// The app's wiring model over wiring.json: labels, pin rules, new parts on free usual pins, the file's text
// round-tripping through the board's own parser, and problems reported rather than trusted.
import { describe, expect, it } from "vitest";
import { parseWiring } from "../../simulator/parts/wiring-file";
import { addPart, checkParts, movePart, unwirePin, newPart, partLabel, partLabels, pinChoices, readWiringText, removePart, setAddress, withIds, wiringText } from "./wiring";

describe("wiring.json model", () => {
  it("places new parts on free, usual pins, I2C parts on GP4/GP5 at a free address", () => {
    let parts = addPart([], newPart("button", []));
    parts = addPart(parts, newPart("button", parts));
    parts = addPart(parts, newPart("potentiometer", parts));
    parts = addPart(parts, newPart("led", parts));
    parts = addPart(parts, newPart("ssd1306", parts));
    parts = addPart(parts, newPart("ssd1306", parts));
    expect(parts.map((p) => [p.id, p.pins, p.address])).toEqual([
      ["button1", { signal: 14 }, undefined],
      ["button2", { signal: 13 }, undefined],
      ["potentiometer1", { wiper: 26 }, undefined],
      ["led1", { anode: 15 }, undefined],
      ["ssd13061", { sda: 4, scl: 5 }, 0x3c],
      ["ssd13062", { sda: 4, scl: 5 }, 0x3d],
    ]);
    expect(partLabels(parts)).toEqual([
      "Button on GP14", "Button on GP13", "Potentiometer on GP26", "LED on GP15", "SSD1306 OLED 0x3C on GP4, GP5", "SSD1306 OLED 0x3D on GP4, GP5",
    ]);
    expect(partLabels([{ kind: "led", pins: { anode: 2 } }, { kind: "led", pins: { anode: 2 } }])).toEqual(["LED on GP2", "LED on GP2 (2)"]);
  });

  it("keeps analogue inputs on ADC pins and addresses to the kind's straps", () => {
    const parts = withIds([{ kind: "potentiometer", pins: { wiper: 26 } }, { kind: "bme280", pins: { sda: 4, scl: 5 }, address: 0x77 }]);
    expect(pinChoices("potentiometer", "wiper")).toEqual([26, 27, 28]);
    expect(pinChoices("servo", "signal")).toContain(0);
    expect(pinChoices("servo", "signal")).not.toContain(25);
    expect(movePart(parts, "potentiometer1", "wiper", 5)[0].pins).toEqual({ wiper: 26 });
    expect(movePart(parts, "potentiometer1", "wiper", 28)[0].pins).toEqual({ wiper: 28 });
    expect(setAddress(parts, "bme2801", 0x76)[1].address).toBe(0x76);
    expect(setAddress(parts, "bme2801", 0x40)[1].address).toBe(0x77);
    expect(removePart(parts, "bme2801").map((p) => p.id)).toEqual(["potentiometer1"]);
    expect(partLabel(parts[1])).toBe("BME280 0x77 on GP4, GP5");
    // Optional pins can be wired and left unwired; required ones and unknown roles stay as they are.
    const encoder = withIds([{ kind: "rotary-encoder", pins: { a: 2, b: 3 } }]);
    const pushed = movePart(encoder, "rotary-encoder1", "button", 4);
    expect(pushed[0].pins).toEqual({ a: 2, b: 3, button: 4 });
    expect(movePart(encoder, "rotary-encoder1", "laser", 4)[0].pins).toEqual({ a: 2, b: 3 });
    expect(unwirePin(pushed, "rotary-encoder1", "button")[0].pins).toEqual({ a: 2, b: 3 });
    expect(unwirePin(pushed, "rotary-encoder1", "a")[0].pins).toEqual({ a: 2, b: 3, button: 4 });
  });

  it("writes text the board's parser reads back to the same parts", () => {
    const parts = withIds([
      { kind: "neopixel-strip", pins: { data: 16 }, options: { count: 8 } },
      { kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3c },
    ]);
    const text = wiringText(parts);
    expect(text).toContain('"pins":{"data":"GP16"}');
    expect(text).toContain('"address":"0x3C"');
    expect(parseWiring(text)).toEqual({ parts, auto: false, errors: [] });
    expect(parseWiring(wiringText(parts, { auto: true })).auto).toBe(true);
    expect(parseWiring(wiringText([]))).toEqual({ parts: [], auto: false, errors: [] });
  });

  it("keeps the fields it does not know, in the file and in each part, when it writes the file again", () => {
    const text = JSON.stringify({
      board: "adafruit_feather_rp2040", auto: true,
      parts: [{ kind: "laser" }, { kind: "led", pins: { anode: "GP2" }, label: "power", options: { color: "green", blink: [1, 2] } }],
    });
    const read = readWiringText(text);
    expect(read.extra).toEqual({ board: "adafruit_feather_rp2040", auto: true });
    expect(read.parts).toEqual([{ kind: "laser" }, { kind: "led", pins: { anode: 2 }, options: { color: "green" }, extra: { label: "power", options: { blink: [1, 2] } } }]);
    const again = JSON.parse(wiringText(withIds(read.parts.slice(1)), read.extra));
    expect(again).toEqual({ parts: [{ label: "power", kind: "led", id: "led1", pins: { anode: "GP2" }, options: { blink: [1, 2], color: "green" } }], board: "adafruit_feather_rp2040", auto: true });
  });

  it("reports broken files and parts the board could not wire", () => {
    expect(readWiringText("{ parts: [").errors[0]).toMatch(/^wiring\.json: /);
    const read = readWiringText(JSON.stringify({ parts: [{ kind: "laser", pins: { a: 1 } }, { kind: "button", pins: {} }, { kind: "led", pins: { anode: 3, cathode: 4 } }] }));
    expect(read.errors).toEqual([
      "wiring.json: part 1: unknown part kind 'laser'",
      "wiring.json: part 2: button: pin 'signal' is not wired",
      "wiring.json: part 3: led: no pin called 'cathode'",
    ]);
    expect(checkParts([{ kind: "led", pins: { anode: 40 } }])).toEqual(["wiring.json: part 1: led: bad GPIO 40 for 'anode'"]);
  });

  it("names parts as the board's registry does: their own id, else kind and the first free number", () => {
    expect(withIds([{ kind: "led" }, { kind: "led", id: "status" }, { kind: "led" }]).map((p) => p.id)).toEqual(["led1", "status", "led2"]);
  });
});
