// What each part view shows for a given state (rendered to static markup): NeoPixel colours, OLED pixel counts,
// the servo's angle, the buzzer's tone and muted Sound toggle, LCD text, the controls' accessible names.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pixelRowsHex } from "../../../simulator/parts/ssd1306";
import { PartView, UsbActivityView, type PartViewProps } from "./index";
import { samePart, viewFor } from "./PartView";
import { SensorView } from "./SensorView";
import { GenericPartView } from "./GenericPartView";
import { printableSerial, typeProblem, withLineEnding } from "./UartTerminalView";

function render(kind: string, state: Record<string, unknown> | undefined, extra: Partial<PartViewProps> = {}): string {
  const props: PartViewProps = { id: "p1", kind, config: { kind }, state, onControl: () => undefined, label: `${kind} part`, ...extra };
  return renderToStaticMarkup(createElement(PartView, props));
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("part views", () => {
  it("NeoPixel strip: one pixel per colour, in order, with the colour as set", () => {
    const html = render("neopixel-strip", { colors: [[255, 0, 0], [0, 0, 0], [0, 10, 0], [0, 0, 255]] }, { label: "NeoPixel strip on GP0" });
    expect(attrs(html, "data-color")).toEqual(["#ff0000", "#000000", "#000a00", "#0000ff"]);
    expect(html).toContain('aria-label="NeoPixel strip on GP0: 4 pixels, 3 lit"');
    // The dim green is painted brighter than its value so it shows.
    expect(html).not.toContain("fill:#000a00");
    const dimFill = html.match(/data-color="#000a00">.*?fill:#([0-9a-f]{6})/)![1];
    expect(parseInt(dimFill.slice(2, 4), 16)).toBeGreaterThan(0x30);
  });

  it("NeoPixel ring: as many pixels as the option says, the unsent ones dark, round a circle", () => {
    const html = render("neopixel-ring", { colors: ["#ffffff", "#102030"] }, { config: { kind: "neopixel-ring", options: { count: 8 } }, label: "Ring on GP2" });
    const colors = attrs(html, "data-color");
    expect(colors).toHaveLength(8);
    expect(colors.slice(0, 3)).toEqual(["#ffffff", "#102030", "#000000"]);
    expect(html).toContain("part-neopixel-ring");
    expect(html).toContain("8 pixels, 2 lit");
    // A strip state that says how many pixels it has wins over the option.
    expect(attrs(render("neopixel-ring", { colors: [], count: 12 }), "data-color")).toHaveLength(12);
    expect(text(render("neopixel-strip", undefined))).toContain("No pixels received yet");
  });

  it("OLED: a canvas of the panel's size at twice the scale, counting the lit pixels", () => {
    const pixels = new Uint8Array(128 * 64);
    for (let x = 0; x < 100; x++) pixels[20 * 128 + x] = 1;
    const state = { width: 128, height: 64, on: true, contrast: 255, inverted: false, frame: 7, rows: pixelRowsHex(pixels, 128) };
    const html = render("ssd1306", state, { label: "OLED at 0x3C" });
    expect(html).toContain('width="128"');
    expect(html).toContain('height="64"');
    expect(html).toContain("width:256px;aspect-ratio:128 / 64");
    expect(attrs(html, "data-lit-pixels")).toEqual(["100"]);
    expect(html).toContain('aria-label="OLED at 0x3C: 100 pixels lit"');
    expect(html).toContain('data-frame="7"');
    const off = render("ssd1306", { ...state, on: false, rows: pixelRowsHex(new Uint8Array(128 * 64), 128) }, { label: "OLED at 0x3C" });
    expect(off).toContain("OLED at 0x3C: display off");
    expect(render("sh1106", undefined)).toContain("no picture yet");
    // A 128×32 module before its first state.
    expect(render("ssd1306", undefined, { config: { kind: "ssd1306", options: { height: 32 } } })).toContain('height="32"');
  });

  it("servo: the horn at the angle, the angle in text", () => {
    const html = render("servo", { angle: 45, pulseUs: 1000 }, { label: "Servo on GP16" });
    expect(html).toContain('aria-label="Servo on GP16: 45°"');
    expect(text(html)).toContain("45° · 1000 µs");
    const horn = /class="part-servo-horn"/.test(html) ? html.match(/x2="([\d.]+)" y2="([\d.]+)" class="part-servo-horn"/) : null;
    expect(horn).not.toBeNull();
    expect(Number(horn![1])).toBeCloseTo(60 + 34 * Math.cos(Math.PI / 4), 3);
    expect(Number(horn![2])).toBeCloseTo(50 - 34 * Math.sin(Math.PI / 4), 3);
    expect(render("servo", undefined, { label: "Servo on GP16" })).toContain("Servo on GP16: no pulses yet");
  });

  it("buzzer: its tone in text and a Sound toggle that starts muted", () => {
    const html = render("buzzer", { frequency: 440, volume: 1, sounding: true }, { label: "Buzzer on GP15" });
    expect(text(html)).toContain("440 Hz · volume 100 %");
    expect(html).toContain('role="img" aria-label="Buzzer on GP15: 440 Hz · volume 100 %"');
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*aria-label="Sound of Buzzer on GP15"/);
    expect(text(html)).toContain("Sound");
    expect(html).toContain('data-sounding="true"');
    expect(text(render("buzzer", { frequency: 2500, volume: 0.5 }))).toContain("2.50 kHz");
    expect(render("buzzer", { frequency: 0, volume: 0, sounding: false })).toContain('data-sounding="false"');
    expect(text(render("buzzer", undefined))).toContain("silent");
  });

  it("RGB LED and LED: the colour and brightness driven", () => {
    const rgb = render("rgb-led", { r: 255, g: 128, b: 0, hex: "#ff8000" }, { label: "RGB LED on GP10" });
    expect(rgb).toContain('data-color="#ff8000"');
    expect(rgb).toContain('aria-label="RGB LED on GP10: #ff8000"');
    expect(render("rgb-led", { r: 0, g: 0, b: 0 }, { label: "RGB" })).toContain('aria-label="RGB: off"');
    const led = render("led", { on: true, brightness: 0.25 }, { label: "LED on GP15" });
    expect(led).toContain('data-lit="true"');
    expect(led).toContain('aria-label="LED on GP15: on, 25 %"');
    expect(render("led", { on: false, brightness: 0 }, { label: "LED on GP15" })).toContain('aria-label="LED on GP15: off"');
    expect(render("led", { on: true, brightness: 1 }, { config: { kind: "led", options: { color: "green" } } })).toContain("fill:#1aff4a");
  });

  it("character LCD: its lines, the A00 symbols, custom characters and the cursor", () => {
    const codes = [[...Buffer.from("Temp 21.5")].concat([0xdf, 0x43], Array(5).fill(0x20)), [0, ...Buffer.from("ok"), ...Array(13).fill(0x20)]];
    const custom = [[0b11111, 0b10001, 0, 0, 0, 0, 0, 0b11111], ...Array(7).fill([0, 0, 0, 0, 0, 0, 0, 0])];
    const html = render("lcd-i2c", { columns: 16, rows: 2, lines: [], codes, cursor: { row: 1, col: 3 }, blink: false, backlight: true, customChars: custom, frame: 1 }, { label: "LCD at 0x27" });
    expect(html).toContain("aria-label=\"LCD at 0x27: “Temp 21.5°C”, “□ok”\"");
    expect(attrs(html, "class").filter((c) => c.startsWith("part-lcd-cell"))).toHaveLength(32);
    expect(html.match(/<rect/g)).toHaveLength(5 + 2 + 5);
    expect(html).toContain("part-lcd-cell part-lcd-cursor");
    // Lines alone (no codes) are enough; the backlight off shows.
    const plain = render("lcd-gpio", { columns: 8, rows: 1, lines: ["Hi"], backlight: false }, { label: "LCD" });
    expect(plain).toContain("LCD: “Hi”");
    expect(plain).toContain('data-backlight="false"');
  });

  it("rotary encoder: position, turn buttons and a press button named after the part", () => {
    const html = render("rotary-encoder", { position: 3, pressed: false }, { label: "Rotary encoder on GP2", config: { kind: "rotary-encoder", pins: { a: 2, b: 3, button: 4 } } });
    expect(text(html)).toContain("Position 3");
    expect(html).toContain('aria-label="Turn Rotary encoder on GP2 left"');
    expect(html).toContain('aria-label="Turn Rotary encoder on GP2 right"');
    expect(html).toMatch(/aria-label="Press Rotary encoder on GP2" aria-pressed="false"/);
    expect(html).toContain("rotate(54 22 22)");
    const noSwitch = render("rotary-encoder", { position: 0 }, { label: "Enc", config: { kind: "rotary-encoder", pins: { a: 2, b: 3 } } });
    expect(noSwitch).not.toContain("Press Enc");
  });

  it("switches: a slide switch as a switch, a button and a touch pad held like buttons", () => {
    const slide = render("slide-switch", { on: true }, { label: "Slide switch on GP3" });
    expect(slide).toMatch(/role="switch" aria-checked="true" aria-label="Slide switch on GP3"/);
    const button = render("button", { pressed: true }, { label: "Button on GP14" });
    expect(button).toMatch(/aria-label="Button on GP14" aria-pressed="true"/);
    expect(text(button)).toContain("Pressed");
    const pad = render("touch-pad", { touched: false }, { label: "Touch pad on GP5" });
    expect(pad).toMatch(/aria-label="Touch pad on GP5" aria-pressed="false"/);
  });

  it("sensors: a named slider and number box per control, with units and the part's values", () => {
    const html = render("bme280", { temperature: 30.5, pressure: 1000, humidity: 60 }, { label: "BME280 at 0x77" });
    for (const name of ["Temperature", "Pressure", "Humidity"]) {
      expect(html).toMatch(new RegExp(`type="range" aria-label="${name} of BME280 at 0x77"`));
      expect(html).toMatch(new RegExp(`type="number"[^>]*aria-label="${name} of BME280 at 0x77"`));
    }
    expect(html).toContain('value="30.5"');
    expect(html).toContain('aria-valuetext="30.5 °C"');
    expect(text(html)).toContain("°C");
    expect(text(html)).toContain("hPa");
    // Before its first state a sensor shows its defaults; a pot shows the voltage it makes.
    expect(render("mcp9808", undefined, { label: "MCP9808" })).toContain('value="22.5000"');
    const pot = render("potentiometer", { position: 0.5, volts: 1.65 }, { label: "Potentiometer on GP26" });
    expect(pot).toContain('aria-label="Position of Potentiometer on GP26"');
    expect(text(pot)).toContain("1.65 V at the pin");
    // Light spans many decades: its slider is logarithmic, its value still in lux.
    const light = render("photoresistor", { lux: 300, volts: 1 }, { label: "Light sensor" });
    expect(light).toMatch(/max="1000"/);
    expect(light).toContain('aria-valuetext="300 lx"');
    expect(text(render("hcsr04", { distance: 42, pings: 3 }))).toContain("3 pings");
  });

  it("picks the sensor view for any kind with number controls, the generic view for unknown kinds", () => {
    expect(viewFor("dht22")).toBe(SensorView);
    expect(viewFor("ds18b20")).toBe(SensorView);
    expect(viewFor("mystery-gadget")).toBe(GenericPartView);
    const html = render("i2c-memory", { bytes: [1, 2, 3], reads: 4 }, { config: { kind: "i2c-memory", pins: { sda: 4, scl: 5 }, address: 0x50 }, label: "Memory at 0x50" });
    expect(text(html)).toContain("sda GP4 · scl GP5 · address 0x50");
    expect(text(html)).toContain("bytes 3 items reads 4");
    expect(html).toContain('data-kind="i2c-memory"');
  });

  it("serial terminal: what it received, control characters visible, and framing errors", () => {
    const html = render("uart-terminal", { baud: 9600, received: "hello\r\nworld\x07", framingErrors: 2 }, { label: "Serial terminal on GP0" });
    expect(html).toContain('aria-label="Received by Serial terminal on GP0"');
    expect(text(html)).toContain("hello world␇");
    expect(text(html)).toContain("9600 baud · 2 bytes at another baud rate");
    expect(printableSerial("a\rb\r\nc")).toBe("a\nb\nc");
  });

  it("serial terminal: a line to send with its line ending, every control named by the label, off until RX is wired", () => {
    const wired = render("uart-terminal", undefined, { label: "Serial terminal on GP0", config: { kind: "uart-terminal", pins: { tx: 0, rx: 1 } } });
    expect(wired).toContain('aria-label="Text to send to Serial terminal on GP0"');
    expect(wired).toContain('aria-label="Line ending for Serial terminal on GP0"');
    expect(wired).toMatch(/<button type="submit" aria-label="Send to Serial terminal on GP0">Send<\/button>/);
    expect(text(wired)).toContain("LF (\\n) CR (\\r) CR+LF (\\r\\n) No line ending");
    expect(wired).not.toContain("disabled");
    const txOnly = render("uart-terminal", undefined, { label: "Serial terminal on GP0", config: { kind: "uart-terminal", pins: { tx: 0 } } });
    expect(txOnly).toContain('placeholder="Wire its RX pin to send"');
    expect(attrs(txOnly, "disabled")).toHaveLength(3);
    expect(withLineEnding("hi", "lf")).toBe("hi\n");
    expect(withLineEnding("hi", "cr")).toBe("hi\r");
    expect(withLineEnding("hi", "crlf")).toBe("hi\r\n");
    expect(withLineEnding("hi", "none")).toBe("hi");
    expect(typeProblem("sent")).toBeUndefined();
    expect(typeProblem("off")).toMatch(/not running/);
    expect(typeProblem("full")).toMatch(/nothing was sent/);
  });

  it("USB panel: typed text, MIDI newest first, and a note when nothing was sent", () => {
    const html = renderToStaticMarkup(
      createElement(UsbActivityView, {
        usb: { typedText: "Hello", keys: [], mouse: [{ atUs: 1, buttons: 0, dx: 3, dy: 4, wheel: 0 }], pointer: { x: 3, y: 4, buttons: 0 }, consumer: [], midi: [{ atUs: 1, type: "note_on", channel: 0, data: [60, 100] }, { atUs: 2, type: "note_off", channel: 0, data: [60, 0] }] },
      }),
    );
    expect(html).toContain('aria-label="Text typed over USB"');
    expect(text(html)).toContain("Hello");
    expect(text(html)).toContain("Moved x 3, y 4 in all");
    expect(text(html).indexOf("Note off C4")).toBeLessThan(text(html).indexOf("Note on C4 vel 100 ch 1"));
    expect(text(renderToStaticMarkup(createElement(UsbActivityView, { usb: undefined })))).toContain("Nothing sent over USB yet");
  });

  it("counts a part unchanged (not redrawn) only when its state object, wiring and label are the same", () => {
    const onControl = () => undefined;
    const state = { angle: 10 };
    const base: PartViewProps = { id: "s", kind: "servo", config: { kind: "servo", pins: { signal: 16 } }, state, onControl, label: "Servo on GP16" };
    expect(samePart(base, { ...base })).toBe(true);
    expect(samePart(base, { ...base, config: { kind: "servo", pins: { signal: 16 } } })).toBe(true);
    expect(samePart(base, { ...base, state: { angle: 10 } })).toBe(false);
    expect(samePart(base, { ...base, config: { kind: "servo", pins: { signal: 17 } } })).toBe(false);
    expect(samePart(base, { ...base, label: "Servo on GP16 (2)" })).toBe(false);
  });
});
