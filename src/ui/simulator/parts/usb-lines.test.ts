// The USB panel's reading of what a program sent: note names, key combinations, mouse moves, media keys, from the
// worker's summary and from the simulator's own event log.
import { describe, expect, it } from "vitest";
import { UsbHostPort } from "../../../simulator/usb";
import type { UsbSummary } from "../../../board/worker-protocol";
import { USB_LIST_LIMIT, describeConsumer, describeKeyPress, describeMidi, describeMouse, noteName, readUsb } from "./usb-lines";

describe("USB panel lines", () => {
  it("names MIDI notes and messages", () => {
    expect(noteName(60)).toBe("C4");
    expect(noteName(69)).toBe("A4");
    expect(noteName(0)).toBe("C-1");
    expect(noteName(61)).toBe("C#4");
    expect(describeMidi("note_on", 0, [60, 100])).toBe("Note on C4 vel 100 ch 1");
    expect(describeMidi("note_on", 9, [36, 0])).toBe("Note on C2 vel 0 ch 10 (note off)");
    expect(describeMidi("note_off", 0, [60, 0])).toBe("Note off C4 vel 0 ch 1");
    expect(describeMidi("control_change", 1, [7, 127])).toBe("Control change 7 value 127 ch 2");
    expect(describeMidi("pitch_bend", 0, [0, 0x40])).toBe("Pitch bend 0 ch 1");
    expect(describeMidi("pitch_bend", 0, [0x7f, 0x7f])).toBe("Pitch bend +8191 ch 1");
    expect(describeMidi("program_change", 0, [5])).toBe("Program change 5 ch 1");
    expect(describeMidi("system_0xf8", undefined, [])).toBe("Clock");
    expect(describeMidi("system_0xf0", undefined, [1, 2, 3])).toBe("SysEx (3 bytes)");
  });

  it("describes key presses, mouse reports and media keys", () => {
    expect(describeKeyPress("c", 0x01)).toBe("Ctrl+c");
    expect(describeKeyPress("a", 0x22)).toBe("Shift+a");
    expect(describeKeyPress(" ", 0)).toBe("SPACE");
    expect(describeMouse(0, 10, -5, 0)).toBe("Move x +10 y -5");
    expect(describeMouse(1, 0, 0, 0)).toBe("left button down");
    expect(describeMouse(0, 0, 0, -1)).toBe("Wheel -1");
    expect(describeMouse(0, 0, 0, 0)).toBe("Buttons released");
    expect(describeConsumer(0xe9)).toBe("Volume up");
    expect(describeConsumer(0x1234)).toBe("Consumer code 0x1234");
  });

  it("reads the simulator's event log: typed text, pointer, newest first", () => {
    let now = 0;
    const usb = new UsbHostPort(() => (now += 1000));
    const key = (mods: number, ...codes: number[]) => usb.hidReport("keyboard", 1, Uint8Array.of(mods, 0, ...codes, 0, 0, 0, 0, 0, 0).subarray(0, 8));
    key(0x02, 0x0b); // Shift+h
    key(0);
    key(0, 0x0c); // i
    key(0);
    usb.hidReport("mouse", 2, Uint8Array.of(0, 10, 0xfb, 0));
    usb.hidReport("mouse", 2, Uint8Array.of(1, 5, 5, 0));
    usb.hidReport("consumer_control", 3, Uint8Array.of(0xe9, 0));
    usb.hidReport("consumer_control", 3, Uint8Array.of(0, 0));
    usb.midiOut(Uint8Array.of(0x90, 60, 100, 64, 90, 0x80, 60, 0));
    const panel = readUsb(usb.events);
    expect(panel.typedText).toBe("Hi");
    expect(panel.keys.map((l) => l.text)).toEqual(["i", "Shift+h"]);
    expect(panel.pointer).toEqual({ x: 15, y: 0, buttons: 1 });
    expect(panel.mouse.map((l) => l.text)).toEqual(["Move x +5 y +5, left button down", "Move x +10 y -5"]);
    expect(panel.consumer.map((l) => l.text)).toEqual(["Volume up"]);
    // Running status: the second note on has no status byte of its own.
    expect(panel.midi.map((l) => l.text)).toEqual(["Note off C4 vel 0 ch 1", "Note on E4 vel 90 ch 1", "Note on C4 vel 100 ch 1"]);
  });

  it("reads the worker's summary and keeps only the newest lines", () => {
    const midi = Array.from({ length: 40 }, (_, i) => ({ atUs: i, type: "note_on", channel: 0, data: [48 + i, 64] }));
    const summary: UsbSummary = {
      version: 3, typedText: "hello\n", keys: [{ atUs: 1, action: "down", code: 0x0b, name: "h", modifiers: 0 }, { atUs: 2, action: "up", code: 0x0b, name: "h", modifiers: 0 }],
      mouse: [], pointer: { x: 0, y: 0, buttons: 0 }, consumer: [{ atUs: 5, code: 0xcd }, { atUs: 6, code: 0 }], midi,
      counts: { keys: 2, mouse: 0, consumer: 2, midi: 40 },
    };
    const panel = readUsb(summary);
    expect(panel.typedText).toBe("hello\n");
    expect(panel.keys.map((l) => l.text)).toEqual(["h"]);
    expect(panel.consumer.map((l) => l.text)).toEqual(["Play/Pause"]);
    expect(panel.midi).toHaveLength(USB_LIST_LIMIT);
    expect(panel.midi[0].text).toBe(`Note on ${noteName(48 + 39)} vel 64 ch 1`);
  });

  it("tolerates shapes it does not know", () => {
    for (const odd of [undefined, null, 42, "usb", { keys: "x", midi: [null, 3, { type: 5 }] }, [null, { kind: "other" }]]) {
      const panel = readUsb(odd);
      expect(panel.keys).toEqual([]);
      expect(panel.midi).toEqual([]);
      expect(panel.typedText).toBe("");
    }
  });
});
