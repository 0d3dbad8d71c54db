// What representative programs must visibly do on the board, checked on their --trace: a blink toggles GP25 every
// 0.5 s, a PWM fade changes the duty, an OLED program sends the SSD1306 init sequence to 0x3C, a rainbow shows
// changing NeoPixel colours... Each check returns null when satisfied, else what is wrong.
import type { TraceEvent } from "../../src/simulator/trace";

export interface TraceCheck {
  name: string;
  /** Programs (manifest paths) the check applies to. */
  applies: RegExp;
  check(trace: TraceEvent[]): string | null;
}

const S = 1_000_000;

function gpio(trace: TraceEvent[], pin: number): TraceEvent[] {
  return trace.filter((e) => e.type === "gpio" && e.pin === pin);
}

/** The pin toggles at least `count` times, `periodUs` apart (± tolerance). */
function togglesEvery(pin: number, periodUs: number, count: number, tolerance = 0.05): TraceCheck["check"] {
  return (trace) => {
    const edges = gpio(trace, pin);
    if (edges.length < count) return `GP${pin} changed ${edges.length} times, expected at least ${count}`;
    for (let i = 1; i < edges.length; i++) {
      const gap = edges[i].t - edges[i - 1].t;
      if (Math.abs(gap - periodUs) > periodUs * tolerance) return `GP${pin} edges ${edges[i - 1].t} → ${edges[i].t} µs: not ${periodUs} µs apart`;
      if (edges[i].level === edges[i - 1].level) return `GP${pin} repeated level ${edges[i].level} at ${edges[i].t} µs`;
    }
    return null;
  };
}

/** PWM on `pin` at about `freq` Hz takes at least `distinct` different duty values. */
function pwmDutyChanges(pin: number, freq: number, distinct: number): TraceCheck["check"] {
  return (trace) => {
    const channel = pin & 1;
    const events = trace.filter((e) => e.type === "pwm" && (e.pins as number[]).includes(pin) && e.enabled);
    if (events.length === 0) return `no enabled PWM on GP${pin}`;
    const off = events.find((e) => Math.abs((e.freq as number) - freq) > freq * 0.02);
    if (off) return `PWM on GP${pin} at ${off.freq as number} Hz, expected ${freq}`;
    const duties = new Set(events.map((e) => (e.duty as number[])[channel]));
    return duties.size >= distinct ? null : `PWM duty on GP${pin} took ${duties.size} values, expected at least ${distinct}`;
  };
}

/** Writes to `addr` begin with the given control-byte-prefixed command bytes, in order (other bytes may come between). */
function i2cCommandsInOrder(addr: number, commands: number[]): TraceCheck["check"] {
  return (trace) => {
    const sent: number[] = [];
    for (const e of trace) {
      if (e.type !== "i2c" || e.addr !== addr || e.dir !== "write" || !e.ack) continue;
      // SSD1306/SH1106 control bytes: 0x80 before each command (Co=1), or 0x00 before a run of them; 0x40 is data.
      const bytes = e.bytes as number[];
      if (bytes[0] === 0x80) sent.push(...bytes.filter((_, i) => i % 2 === 1));
      else if (bytes[0] === 0x00) sent.push(...bytes.slice(1));
    }
    let at = 0;
    for (const c of sent) if (c === commands[at]) at++;
    if (at < commands.length) return `commands to 0x${addr.toString(16)} missing 0x${commands[at].toString(16)} (sent ${sent.length} command bytes)`;
    const data = trace.filter((e) => e.type === "i2c" && e.addr === addr && (e.bytes as number[])[0] === 0x40);
    return data.length > 0 ? null : `no display data written to 0x${addr.toString(16)}`;
  };
}

/** NeoPixel frames on `pin` show at least `distinct` different colourings. */
function neopixelChanging(pin: number, distinct: number, pixels?: number): TraceCheck["check"] {
  return (trace) => {
    const frames = trace.filter((e) => e.type === "neopixel" && e.pin === pin);
    if (frames.length === 0) return `no NeoPixel frames on GP${pin}`;
    const shown = (frames[frames.length - 1].pixels as unknown[]).length;
    if (pixels !== undefined && shown !== pixels) return `NeoPixel strip on GP${pin} has ${shown} pixels, expected ${pixels}`;
    const kinds = new Set(frames.map((f) => JSON.stringify(f.pixels)));
    return kinds.size >= distinct ? null : `NeoPixel frames on GP${pin} took ${kinds.size} colourings, expected at least ${distinct}`;
  };
}

/** One NeoPixel frame on `pin` shows exactly `pixels` (first frame). */
function neopixelShows(pin: number, pixels: number[][]): TraceCheck["check"] {
  return (trace) => {
    const frame = trace.find((e) => e.type === "neopixel" && e.pin === pin);
    if (frame === undefined) return `no NeoPixel frame on GP${pin}`;
    const got = JSON.stringify(frame.pixels);
    return got === JSON.stringify(pixels) ? null : `NeoPixel frame on GP${pin} was ${got}`;
  };
}

/** The pin's levels at the given times (µs, level after the last edge before it). */
function levelsAt(pin: number, points: [number, 0 | 1][]): TraceCheck["check"] {
  return (trace) => {
    const edges = gpio(trace, pin);
    for (const [t, want] of points) {
      const before = edges.filter((e) => e.t <= t);
      const level = before.length === 0 ? 0 : before[before.length - 1].level;
      if (level !== want) return `GP${pin} was ${level} at ${t} µs, expected ${want}`;
    }
    return null;
  };
}

/** The pin changes at least `count` times. */
function toggles(pin: number, count: number): TraceCheck["check"] {
  return (trace) => {
    const n = gpio(trace, pin).reduce((sum, e) => sum + ((e.edges as number | undefined) ?? 1), 0);
    return n >= count ? null : `GP${pin} changed ${n} times, expected at least ${count}`;
  };
}

/** An I2C scan: every address from 0x08 to 0x77 probed. */
function i2cScanned(): TraceCheck["check"] {
  return (trace) => {
    const probed = new Set(trace.filter((e) => e.type === "i2c").map((e) => e.addr as number));
    for (let a = 0x08; a < 0x78; a++) if (!probed.has(a)) return `I2C address 0x${a.toString(16)} not probed`;
    return null;
  };
}

/** The program runs the whole duration (it didn't stop early) and printed at least `lines` lines. */
function printsLines(lines: number, pattern?: RegExp): TraceCheck["check"] {
  return (trace) => {
    const printed = trace.filter((e) => e.type === "print" && (pattern === undefined || pattern.test(e.text as string)));
    return printed.length >= lines ? null : `printed ${printed.length} matching lines, expected at least ${lines}`;
  };
}

/** The bit levels of `text` sent 8N1 (start bit 0, data LSB first, stop bit 1) on an idle-high line. */
function uartBits(text: string): number[] {
  const bits: number[] = [];
  for (const byte of new TextEncoder().encode(text)) {
    bits.push(0);
    for (let b = 0; b < 8; b++) bits.push((byte >> b) & 1);
    bits.push(1);
  }
  return bits;
}

/**
 * The pin idles high, then carries `text` as 8N1 serial at `baud`: as many edges as that waveform has, the last
 * one where its last rising edge falls (one bit-time tolerance). Fast edges are summarised in the trace, so the
 * bytes themselves are checked through their edge count and span.
 */
function uartText(pin: number, text: string, baud: number): TraceCheck["check"] {
  return (trace) => {
    const events = gpio(trace, pin);
    const bits = uartBits(text);
    let transitions = 0;
    let lastTransitionBit = 0;
    bits.forEach((level, i) => {
      if (level !== (i === 0 ? 1 : bits[i - 1])) {
        transitions++;
        lastTransitionBit = i;
      }
    });
    const edges = events.reduce((sum, e) => sum + ((e.edges as number | undefined) ?? 1), 0);
    // The first event is the pad going high when the state machine takes it (sideset_init=OUT_HIGH).
    if (events.length === 0 || events[0].level !== 1) return `GP${pin} never idled high`;
    if (edges - 1 !== transitions) return `GP${pin} changed ${edges - 1} times after idling high, ${JSON.stringify(text)} at 8N1 has ${transitions} edges`;
    const bitUs = 1e6 / baud;
    const start = events[1].t;
    const last = events[events.length - 1];
    const end = (last.until as number | undefined) ?? last.t;
    const expected = lastTransitionBit * bitUs;
    return Math.abs(end - start - expected) <= bitUs ? null : `GP${pin} frame spans ${(end - start).toFixed(1)} µs, expected ${expected.toFixed(1)} µs at ${baud} baud`;
  };
}

/** Each of 8 PIO UARTs on GP10..GP17 sends "Hello from UART i!\n" (micropython/examples/rp2/pio_uart_tx.py). */
function eightPioUarts(): TraceCheck["check"] {
  return (trace) => {
    for (let i = 0; i < 8; i++) {
      const problem = uartText(10 + i, `Hello from UART ${i}!\n`, 115200)(trace);
      if (problem !== null) return problem;
    }
    return null;
  };
}

/** The program prints numbers (a PIO IRQ handler printing ticks_ms) `periodMs` apart (± tolerance), at least `count`. */
function printsEvery(periodMs: number, count: number, toleranceMs = 5): TraceCheck["check"] {
  return (trace) => {
    const values = trace.filter((e) => e.type === "print" && /^\d+$/.test(e.text as string)).map((e) => Number(e.text));
    if (values.length < count) return `printed ${values.length} numbers, expected at least ${count}`;
    for (let i = 1; i < values.length; i++) {
      if (Math.abs(values[i] - values[i - 1] - periodMs) > toleranceMs) return `printed ${values[i - 1]} then ${values[i]}: not ${periodMs} ms apart`;
    }
    return null;
  };
}

/**
 * The first frame micropython/examples/rp2/pio_ws2812.py sends: red ramping up and blue down along 8 pixels, all
 * but pixel 0 dimmed by 8, each word shifted left 8 by put() so that "r" lands in the green byte (GRB order).
 */
function ws2812ExampleFirstFrame(): number[][] {
  return Array.from({ length: 8 }, (_, j) => {
    let r = Math.floor((j * 100) / 7);
    let b = 100 - Math.floor((j * 100) / 7);
    if (j !== 0) {
      r >>= 3;
      b >>= 3;
    }
    return [0, r, b];
  });
}

/** The SSD1306 power-up sequence as micropython-lib's and Adafruit's drivers send it (display off ... display on). */
/** neopixel_ring.py's PIN_NUM. */
const NEOPIXEL_RING_PIN = 6;

const SSD1306_INIT = [0xae, 0x20, 0x40, 0xa1, 0xa8, 0xc8, 0xd3, 0xda, 0xd5, 0xd9, 0xdb, 0x81, 0xa4, 0xa6, 0x8d, 0xaf];

export const TRACE_CHECKS: TraceCheck[] = [
  { name: "blinks GP25 every 0.5 s", applies: /CircuitPython_Templates\/blink\/|built_in_led_on_off_delay\//, check: togglesEvery(25, 0.5 * S, 19) },
  { name: "PIO blinks GP25 at 1 Hz", applies: /examples\/rp2\/pio_1hz\.py$|docs\/rp2\/quickref_09\.py$|tutorial\/pio_tutorial_02\.py$/, check: togglesEvery(25, 0.5 * S, 19, 0.01) },
  { name: "the PIO's IRQ prints ticks_ms every second", applies: /tutorial\/pio_tutorial_02\.py$/, check: printsEvery(1000, 9) },
  { name: "8 PIO UARTs send their greeting at 115200 baud on GP10-GP17", applies: /examples\/rp2\/pio_uart_tx\.py$/, check: eightPioUarts() },
  { name: "fades GP25 with 1 kHz PWM", applies: /examples\/rp2\/pwm_fade\.py$/, check: pwmDutyChanges(25, 1000, 200) },
  { name: "fades the LED with 5 kHz PWM", applies: /CircuitPython_Essentials\/CircuitPython_PWM\//, check: pwmDutyChanges(25, 5000, 50) },
  { name: "sends the SSD1306 init sequence to 0x3C", applies: /i2c_1306oled_using_defaults\.py$/, check: i2cCommandsInOrder(0x3c, SSD1306_INIT) },
  { name: "turns the SH1106 on and writes its pages at 0x3C", applies: /i2c_1106oled_(using_defaults|with_freq)\.py$/, check: i2cCommandsInOrder(0x3c, [0xaf, 0xb0, 0x02, 0x10, 0xb3]) },
  { name: "shows a changing rainbow on 30 NeoPixels (GP0)", applies: /neopixels_rainbow\//, check: neopixelChanging(0, 20, 30) },
  { name: "scans the I2C bus", applies: /PiCowbell_Proto\/i2c_scan\/|i2c_find_pins\//, check: i2cScanned() },
  { name: "animates 8 NeoPixels on GP22 from PIO", applies: /rp2\/pio_ws2812\.py$|pio\/pio_ws2812\.py$/, check: neopixelChanging(22, 8, 8) },
  { name: "shows the rp2 example's first colour pattern on GP22", applies: /examples\/rp2\/pio_ws2812\.py$/, check: neopixelShows(22, ws2812ExampleFirstFrame()) },
  { name: "animates a 16-NeoPixel ring from PIO", applies: /neopixel_ring\.py$/, check: neopixelChanging(NEOPIXEL_RING_PIN, 8, 16) },
  { name: "lights the first of 8 NeoPixels white", applies: /docs\/rp2\/quickref_23\.py$/, check: neopixelShows(0, [[255, 255, 255], ...Array.from({ length: 7 }, () => [0, 0, 0])]) },
  { name: "sets GP25 from PIO exec() then clears it after 0.5 s", applies: /examples\/rp2\/pio_exec\.py$/, check: levelsAt(25, [[400_000, 1], [600_000, 0]]) },
  { name: "blinks the LED from a PIO program", applies: /PIOASM\/examples\/pioasm_blink\.py$/, check: toggles(25, 20) },
  { name: "sweeps a servo with 50 Hz PWM on A1", applies: /code_servo_without_sleep\//, check: pwmDutyChanges(27, 50, 10) },
  { name: "keeps printing for the whole run", applies: /CircuitPython_Templates\/cpu_temperature\//, check: printsLines(10, /\d/) },
];

/** The failures of the checks that apply to a program (empty when none apply or all pass). */
export function runChecks(path: string, trace: TraceEvent[]): { name: string; problem: string | null }[] {
  return TRACE_CHECKS.filter((c) => c.applies.test(path)).map((c) => ({ name: c.name, problem: c.check(trace) }));
}
