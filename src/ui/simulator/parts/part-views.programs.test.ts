// Part views fed as the page feeds them: real programs run on the simulated Pico (pyco run, virtual time), the
// worker's parts publisher packs the parts' states and USB summary, and each view shows what the program did.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../cli/run-program";
import { PartsPublisher, type PartsMessage } from "../../../board/parts-publisher";
import { PartView, UsbActivityView } from "./index";

/** Runs `code` with `wiring` for `seconds` of board time; returns the publisher's full message at the end. */
function runAndPublish(flavor: "micropython" | "circuitpython", code: string, wiring: object[], seconds = 0.3): { message: PartsMessage; err: string } {
  const dir = mkdtempSync(join(tmpdir(), "pyco-views-"));
  mkdirSync(join(dir, "lib"));
  writeFileSync(join(dir, flavor === "micropython" ? "main.py" : "code.py"), code);
  writeFileSync(join(dir, "wiring.json"), JSON.stringify({ parts: wiring }));
  let publisher: PartsPublisher | null = null;
  let message: PartsMessage | null = null;
  let err = "";
  runProgram({
    target: dir, flavor, float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [], debug: false,
    maxTime: seconds,
    onBoard: (board) => {
      publisher = new PartsPublisher(board.chip, (m) => (message = m));
    },
    write: (fd, text) => void (fd === 2 && (err += text)),
  });
  (publisher as PartsPublisher | null)?.publishAll();
  if (!message) throw new Error(`no parts message (stderr: ${err})`);
  return { message, err };
}

function viewOf(message: PartsMessage, kind: string, label = kind): string {
  const part = message.parts.find((p) => p.kind === kind);
  if (!part) throw new Error(`no ${kind} among ${message.parts.map((p) => p.kind).join(", ")}`);
  return renderToStaticMarkup(createElement(PartView, { id: part.id, kind: part.kind, config: part.config, state: part.state, onControl: () => undefined, label }));
}

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("part views of programs' parts", () => {
  it("MicroPython: NeoPixels, a servo, a buzzer and an LED show what the program drives", () => {
    const code = [
      "from machine import Pin, PWM",
      "import neopixel, time",
      "np = neopixel.NeoPixel(Pin(16), 4)",
      "np[0] = (255, 0, 0); np[1] = (0, 8, 0); np[3] = (0, 0, 255)",
      "np.write()",
      "servo = PWM(Pin(15)); servo.freq(50); servo.duty_ns(1_500_000)",
      "bz = PWM(Pin(14)); bz.freq(440); bz.duty_u16(32768)",
      "Pin(13, Pin.OUT).value(1)",
      "time.sleep(0.1)",
    ].join("\n");
    const { message, err } = runAndPublish("micropython", code, [
      { kind: "neopixel-strip", pins: { data: 16 }, options: { count: 4 } },
      { kind: "servo", pins: { signal: 15 } },
      { kind: "buzzer", pins: { signal: 14 } },
      { kind: "led", pins: { anode: 13 } },
    ]);
    expect(err).toBe("");
    expect(attrs(viewOf(message, "neopixel-strip"), "data-color")).toEqual(["#ff0000", "#000800", "#000000", "#0000ff"]);
    expect(viewOf(message, "servo", "Servo on GP15")).toContain('aria-label="Servo on GP15: 90°"');
    expect(viewOf(message, "buzzer")).toContain("440 Hz · volume 100 %");
    expect(viewOf(message, "led", "LED on GP13")).toContain('aria-label="LED on GP13: on"');
  });

  it("MicroPython: an SSD1306 at 0x3C lights the pixels the program wrote, a serial terminal shows what UART sent", () => {
    const code = [
      "from machine import I2C, Pin, UART",
      "i2c = I2C(0, sda=Pin(4), scl=Pin(5))",
      "for c in (0xae, 0x20, 0x00, 0xa1, 0xa8, 63, 0xc8, 0xda, 0x12, 0x81, 0xff, 0x8d, 0x14, 0xaf):",
      "    i2c.writeto(0x3c, bytes([0x80, c]))",
      "i2c.writeto(0x3c, bytes([0x00, 0x21, 0, 127, 0x22, 0, 7]))",
      "i2c.writeto(0x3c, b'\\x40' + b'\\xff' * 10 + b'\\x01' * 6)",
      "uart = UART(0, 9600, tx=Pin(0), rx=Pin(1))",
      "uart.write('hello view\\n')",
      "import time; time.sleep(0.05)",
    ].join("\n");
    const { message, err } = runAndPublish("micropython", code, [
      { kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3c },
      { kind: "uart-terminal", pins: { tx: 0, rx: 1 } },
    ]);
    expect(err).toBe("");
    const oled = viewOf(message, "ssd1306", "OLED at 0x3C");
    expect(attrs(oled, "data-lit-pixels")).toEqual([String(10 * 8 + 6)]);
    expect(oled).toContain("OLED at 0x3C: 86 pixels lit");
    expect(viewOf(message, "uart-terminal")).toContain("hello view");
  });

  it("CircuitPython: MIDI and keyboard reports show in the USB panel, a sensor's controls carry its values", () => {
    const code = [
      "import usb_hid, usb_midi, time",
      "kbd = [d for d in usb_hid.devices if d.usage_page == 1 and d.usage == 6][0]",
      "kbd.send_report(bytes([2, 0, 0x0b, 0, 0, 0, 0, 0])); kbd.send_report(bytes(8))",
      "kbd.send_report(bytes([0, 0, 0x0c, 0, 0, 0, 0, 0])); kbd.send_report(bytes(8))",
      "usb_midi.ports[1].write(bytes([0x90, 60, 100, 0x80, 60, 0]))",
      "time.sleep(0.05)",
    ].join("\n");
    const { message, err } = runAndPublish("circuitpython", code, [{ kind: "bme280", pins: { sda: 4, scl: 5 }, address: 0x77, options: { temperature: 30 } }]);
    expect(err).toBe("");
    const usb = renderToStaticMarkup(createElement(UsbActivityView, { usb: message.usb }));
    expect(usb).toContain("Hi");
    expect(usb).toContain("Note off C4 vel 0 ch 1");
    expect(usb).toContain("Note on C4 vel 100 ch 1");
    expect(usb.indexOf("Note off C4")).toBeLessThan(usb.indexOf("Note on C4"));
    const bme = viewOf(message, "bme280", "BME280 at 0x77");
    expect(bme).toContain('aria-valuetext="30.0 °C"');
  });

  it("MicroPython: a character LCD behind a PCF8574 shows the text, the degree sign and a custom character", () => {
    const code = [
      "from machine import I2C, Pin",
      "i2c = I2C(0, sda=Pin(4), scl=Pin(5))",
      "def nibble(n, rs):",
      "    v = (n << 4) | 0x08 | rs",
      "    i2c.writeto(0x27, bytes([v | 0x04])); i2c.writeto(0x27, bytes([v]))",
      "def send(b, rs=0):",
      "    nibble(b >> 4, rs); nibble(b & 15, rs)",
      "for n in (3, 3, 3, 2):",
      "    nibble(n, 0)",
      "for c in (0x28, 0x0C, 0x06, 0x01):",
      "    send(c)",
      "send(0x40)",
      "for row in (0, 10, 31, 31, 14, 4, 0, 0):",
      "    send(row, 1)",
      "send(0x80)",
      "for ch in b'Temp 21' + bytes([0xDF]) + b'C':",
      "    send(ch, 1)",
      "send(0x80 | 0x40)",
      "for ch in bytes([0]) + b' ok':",
      "    send(ch, 1)",
    ].join("\n");
    const { message, err } = runAndPublish("micropython", code, [{ kind: "lcd-i2c", pins: { sda: 4, scl: 5 }, address: 0x27 }]);
    expect(err).toBe("");
    const lcd = viewOf(message, "lcd-i2c", "LCD at 0x27");
    expect(lcd).toContain("LCD at 0x27: “Temp 21°C”, “□ ok”");
    // The heart drawn from CGRAM: 0+2+5+5+3+1 dots.
    expect(lcd.match(/<rect/g)).toHaveLength(16);
  });
});
