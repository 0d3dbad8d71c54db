// wiring.json's "board" as the panel writes it: set, replaced or removed with every other field kept; a project
// without the file gets one naming only the board.
import { describe, expect, it } from "vitest";
import { shownBoard, withBoard } from "./wiring-board";
import { readWiringText } from "./wiring";

describe("withBoard", () => {
  it("writes a file naming only the board when there is none", () => {
    expect(withBoard(null, "adafruit_feather_rp2040")).toBe('{\n  "board": "adafruit_feather_rp2040"\n}\n');
    expect(withBoard(null, undefined)).toBeNull();
  });

  it("sets or replaces the board, keeping the parts and other fields", () => {
    const text = '{\n  "parts": [\n    {"kind":"led","pins":{"anode":"GP15"},"note":"red"}\n  ],\n  "auto": true,\n  "board": "adafruit_kb2040"\n}\n';
    const next = withBoard(text, "adafruit_qtpy_rp2040")!;
    expect(JSON.parse(next)).toEqual({ parts: [{ kind: "led", pins: { anode: "GP15" }, note: "red" }], auto: true, board: "adafruit_qtpy_rp2040" });
    expect(readWiringText(next).errors).toEqual([]);
    expect(JSON.parse(withBoard(text, undefined)!)).toEqual({ parts: [{ kind: "led", pins: { anode: "GP15" }, note: "red" }], auto: true });
  });

  it("turns a bare list of parts into an object, and leaves text that isn't JSON alone", () => {
    expect(JSON.parse(withBoard('[{"kind":"button","pins":{"signal":14}}]', "raspberry_pi_pico_w")!)).toEqual({ parts: [{ kind: "button", pins: { signal: 14 } }], board: "raspberry_pi_pico_w" });
    expect(withBoard("{ parts: [", "adafruit_feather_rp2040")).toBeNull();
  });

  it("shows the Pico when the file names no board or an unknown one", () => {
    expect(shownBoard(undefined).name).toBe("Raspberry Pi Pico");
    expect(shownBoard("adafruit_metro_rp2040").name).toBe("Adafruit Metro RP2040");
  });
});
