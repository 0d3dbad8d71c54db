// Dev-only gallery: every part view with sample states that change over time, and controls that act on those
// states as the worker would, to look at the views (and screenshot them) without wiring a board.
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { pixelRowsHex } from "../../../../simulator/parts/ssd1306";
import { PartView, UsbActivityView, type PartViewProps } from "../index";
import "../../../styles/tokens.css";
import "../../../styles/base.css";

type State = Record<string, unknown>;

interface Sample {
  id: string;
  kind: string;
  label: string;
  config?: Partial<PartViewProps["config"]>;
  state(t: number): State;
}

function oledRows(t: number): string[] {
  const w = 128;
  const h = 64;
  const px = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) px[x] = px[(h - 1) * w + x] = 1;
  for (let y = 0; y < h; y++) px[y * w] = px[y * w + w - 1] = 1;
  const cx = 32 + (t % 64);
  for (let a = 0; a < 360; a += 2) {
    const x = Math.round(cx + 18 * Math.cos((a * Math.PI) / 180));
    const y = Math.round(32 + 18 * Math.sin((a * Math.PI) / 180));
    if (x > 0 && x < w - 1) px[y * w + x] = 1;
  }
  for (let x = 6; x < 6 + ((t * 3) % 110); x++) for (let y = 52; y < 58; y++) px[y * w + x] = 1;
  return pixelRowsHex(px, w);
}

function wheel(pos: number): number[] {
  const p = ((pos % 256) + 256) % 256;
  if (p < 85) return [255 - p * 3, p * 3, 0];
  if (p < 170) return [0, 255 - (p - 85) * 3, (p - 85) * 3];
  return [(p - 170) * 3, 0, 255 - (p - 170) * 3];
}

const LCD_CUSTOM = [[0, 10, 31, 31, 14, 4, 0, 0], ...Array.from({ length: 7 }, () => [0, 0, 0, 0, 0, 0, 0, 0])];

function lcdCodes(lines: string[]): number[][] {
  return lines.map((l) => [...l.padEnd(16)].map((c) => (c === "°" ? 0xdf : c === "♥" ? 0 : c.charCodeAt(0))));
}

const SAMPLES: Sample[] = [
  { id: "oled", kind: "ssd1306", label: "OLED at 0x3C", config: { address: 0x3c, options: { color: "yellow-blue" } }, state: (t) => ({ width: 128, height: 64, on: true, contrast: 255, inverted: false, frame: t, rows: oledRows(t) }) },
  // A new rows array every tick but a new frame only every fourth: the view redraws only at those.
  { id: "oled32", kind: "ssd1306", label: "OLED 128×32 at 0x3D", config: { options: { height: 32, color: "blue" } }, state: (t) => ({ width: 128, height: 32, on: true, contrast: 80, inverted: true, frame: t >> 2, rows: oledRows((t >> 2) * 4).slice(0, 32) }) },
  { id: "strip", kind: "neopixel-strip", label: "NeoPixel strip on GP0", state: (t) => ({ colors: Array.from({ length: 16 }, (_, i) => wheel(i * 16 + t * 8).map((v) => (i < 4 ? v >> 5 : v))) }) },
  { id: "ring", kind: "neopixel-ring", label: "NeoPixel ring on GP2", config: { options: { count: 12 } }, state: (t) => ({ colors: Array.from({ length: 12 }, (_, i) => (i === t % 12 ? [255, 255, 255] : i % 3 === 0 ? [0, 0, 8] : [0, 0, 0])) }) },
  { id: "servo", kind: "servo", label: "Servo on GP16", state: (t) => ({ angle: Math.abs(((t * 10) % 360) - 180), pulseUs: 500 + (Math.abs(((t * 10) % 360) - 180) / 180) * 2000 }) },
  { id: "buzzer", kind: "buzzer", label: "Buzzer on GP15", state: (t) => (t % 4 < 2 ? { frequency: [262, 330, 392, 523][t % 4], volume: 1, sounding: true } : { frequency: 0, volume: 0, sounding: false }) },
  { id: "rgb", kind: "rgb-led", label: "RGB LED on GP10", state: (t) => { const [r, g, b] = wheel(t * 12); return { r, g, b }; } },
  { id: "led", kind: "led", label: "LED on GP15", config: { options: { color: "green" } }, state: (t) => ({ on: true, brightness: (t % 10) / 9 }) },
  { id: "lcd", kind: "lcd-i2c", label: "LCD at 0x27", state: (t) => ({ columns: 16, rows: 2, codes: lcdCodes([`Temp ${(21 + (t % 5) / 10).toFixed(1)}°C`, `♥ up ${t} s`]), cursor: { row: 1, col: 15 }, blink: true, backlight: true, customChars: LCD_CUSTOM, frame: t }) },
  { id: "lcd4", kind: "lcd-gpio", label: "LCD 20×4 on GP8", config: { options: { color: "blue" } }, state: () => ({ columns: 20, rows: 4, lines: ["Pyco LCD 20x4", "Line two", "Line three", "~ arrows \\ yen"], backlight: true }) },
  { id: "enc", kind: "rotary-encoder", label: "Rotary encoder on GP2", config: { pins: { a: 2, b: 3, button: 4 } }, state: () => ({ position: 0, pressed: false }) },
  { id: "slide", kind: "slide-switch", label: "Slide switch on GP3", state: () => ({ on: false }) },
  { id: "button", kind: "button", label: "Button on GP14", state: () => ({ pressed: false }) },
  { id: "touch", kind: "touch-pad", label: "Touch pad on GP5", state: () => ({ touched: false }) },
  { id: "bme", kind: "bme280", label: "BME280 at 0x77", state: () => ({ temperature: 21.5, pressure: 1013.25, humidity: 45 }) },
  { id: "dht", kind: "dht22", label: "DHT22 on GP15", state: (t) => ({ temperature: 22, humidity: 45, readings: t }) },
  { id: "sonar", kind: "hcsr04", label: "HC-SR04 on GP6", state: (t) => ({ distance: 50, pings: t * 4 }) },
  { id: "light", kind: "photoresistor", label: "Photoresistor on GP27", state: () => ({ lux: 300, volts: 1.1 }) },
  { id: "pot", kind: "potentiometer", label: "Potentiometer on GP26", state: () => ({ position: 0.5, volts: 1.65 }) },
  { id: "uart", kind: "uart-terminal", label: "Serial terminal on GP0", state: (t) => ({ baud: 9600, received: Array.from({ length: t % 20 }, (_, i) => `line ${i}\r\n`).join(""), framingErrors: t > 15 ? 3 : 0 }) },
  { id: "mem", kind: "i2c-memory", label: "Memory at 0x50", config: { pins: { sda: 4, scl: 5 }, address: 0x50 }, state: (t) => ({ size: 256, writes: t }) },
];

/** Controls the user set, kept over the sample's own changes (as the worker would answer a control). */
function Card({ sample, tick }: { sample: Sample; tick: number }) {
  const [overrides, setOverrides] = useState<State>({});
  const state = { ...sample.state(tick), ...overrides };
  return (
    <figure className="gallery-card" data-sample={sample.id}>
      <figcaption>{sample.label}</figcaption>
      <PartView
        id={sample.id}
        kind={sample.kind}
        label={sample.label}
        config={{ kind: sample.kind, ...sample.config }}
        state={state}
        onControl={(name, value) => {
          console.log(`control ${sample.id} ${name}=${value}`);
          setOverrides((o) => ({ ...o, [name]: value }));
        }}
      />
    </figure>
  );
}

const USB_SAMPLE = {
  version: 9, typedText: "Hello from the Pico!\n",
  keys: [{ atUs: 1_000_000, action: "down", code: 0x0b, name: "h", modifiers: 2 }, { atUs: 1_200_000, action: "down", code: 0x06, name: "c", modifiers: 1 }],
  mouse: [{ atUs: 2_000_000, buttons: 0, dx: 10, dy: -4, wheel: 0 }, { atUs: 2_100_000, buttons: 1, dx: 0, dy: 0, wheel: 0 }],
  pointer: { x: 10, y: -4, buttons: 1 },
  consumer: [{ atUs: 3_000_000, code: 0xe9 }, { atUs: 3_000_500, code: 0 }],
  midi: [{ atUs: 4_000_000, type: "note_on", channel: 0, data: [60, 100] }, { atUs: 4_500_000, type: "note_off", channel: 0, data: [60, 0] }, { atUs: 4_600_000, type: "control_change", channel: 0, data: [7, 90] }],
  counts: { keys: 2, mouse: 2, consumer: 2, midi: 3 },
};

function Gallery() {
  const [tick, setTick] = useState(0);
  const [running, setRunning] = useState(new URLSearchParams(location.search).get("still") === null);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((t) => t + 1), 500);
    return () => clearInterval(timer);
  }, [running]);
  return (
    <main className="gallery">
      <button type="button" onClick={() => setRunning(!running)}>{running ? "Pause" : "Play"}</button>
      <div className="gallery-grid">
        {SAMPLES.map((s) => <Card key={s.id} sample={s} tick={tick} />)}
        <figure className="gallery-card" data-sample="usb">
          <figcaption>USB</figcaption>
          <UsbActivityView usb={USB_SAMPLE} />
        </figure>
      </div>
    </main>
  );
}

const style = document.createElement("style");
style.textContent = `
  body { margin: 0; padding: 12px; background: var(--bg); color: var(--text); font: 13px var(--font-ui); }
  .gallery-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; margin-top: 8px; }
  .gallery-card { margin: 0; padding: 8px; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
  .gallery-card figcaption { font-weight: 600; margin-bottom: 6px; }
`;
document.head.append(style);
createRoot(document.getElementById("gallery")!).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
);
