// Records what a simulated board does at its pins, buses and parts as timestamped events (the JSON lines of
// `pyco run --trace`; format in README.md). Listens to the chip's peripherals and wraps the bus ports the
// interpreter uses, so recording never changes what the program sees.
import type { PicoHardware, PicoI2c, PicoSpi, PicoUart } from "../interpreter/hardware/pico-hardware";
import { GPIO_COUNT, GpioFunction, type Level } from "./gpio";
import { pwmSliceOf, PWM_SLICES } from "./pwm";
import type { Rp2040 } from "./rp2040";
import type { UsbEvent } from "./usb";

/** One trace line: `t` is virtual time in µs since power-on, `type` says what happened. */
export interface TraceEvent {
  t: number;
  type: string;
  [field: string]: unknown;
}

export type TraceSink = (event: TraceEvent) => void;

/** A WS2812 frame is latched once its data line has been low this long (RES ≥ 50 µs). */
const NEOPIXEL_LATCH_US = 50;

/** An I2C segment: from a START (or repeated START) to the next START or STOP. */
interface I2cSegment {
  t: number;
  addr: number;
  read: boolean;
  ack: boolean;
  bytes: number[];
  /** Index of the first data byte the target did not acknowledge (writes only). */
  nack: number | null;
}

/** Edges a pin may make in one millisecond before the rest of that millisecond is summarised in one event. */
const EDGES_PER_MS = 8;

/** A pin's edges: its current 1 ms window, and edges held for a summary (too many, or in one instant). */
interface PinState {
  window: number;
  count: number;
  lastT: number;
  held: { t: number; level: Level; edges: number; until: number } | null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export class TraceRecorder {
  private readonly undo: (() => void)[] = [];
  private readonly lastPwm: string[] = new Array(PWM_SLICES).fill("");
  private readonly i2cSegments = new Map<string, I2cSegment>();
  /** Per NeoPixel pin: when its data line last moved (ns), and whether a latch check is scheduled. */
  private readonly neopixelEdgeNs = new Map<number, number>();
  private readonly neopixelCheck = new Set<number>();
  private line = "";
  private readonly pins: PinState[] = Array.from({ length: GPIO_COUNT }, () => ({ window: -1, count: 0, lastT: -1, held: null }));
  /** Pins with held edges, written before any later event. */
  private readonly heldPins = new Set<number>();

  constructor(private readonly chip: Rp2040, private readonly sink: TraceSink) {
    for (let pin = 0; pin < GPIO_COUNT; pin++) this.undo.push(chip.gpio.onChange(pin, (level) => this.gpioEdge(pin, level)));
    this.undo.push(chip.pwm.onChange((slice) => this.pwmChanged(slice)));
    this.undo.push(chip.usb.onEvent((e) => this.usbEvent(e)));
  }

  /** The hardware the interpreter should use: the board's, with its bus ports recorded. */
  wrapHardware(hw: PicoHardware): PicoHardware {
    return { ...hw, i2c: this.tracedI2c(hw.i2c), spi: this.tracedSpi(hw.spi), uart: this.tracedUart(hw.uart) };
  }

  /** Text the program printed: one event per completed line (a partial line waits for its newline or end()). */
  print(text: string): void {
    this.line += text;
    let nl: number;
    while ((nl = this.line.indexOf("\n")) >= 0) {
      this.emit("print", { text: this.line.slice(0, nl).replace(/\r$/, "") });
      this.line = this.line.slice(nl + 1);
    }
  }

  /** The run is over: flushes what is pending and writes the closing event. */
  end(fields: Record<string, unknown>): void {
    if (this.line !== "") this.print("\n");
    for (const key of [...this.i2cSegments.keys()]) this.closeI2c(key);
    for (const pin of this.neopixelEdgeNs.keys()) this.neopixelFrame(pin);
    this.flushGpio();
    this.emit("end", fields);
    for (const u of this.undo.splice(0)) u();
  }

  private emit(type: string, fields: Record<string, unknown>, t = this.chip.clock.nowUs): void {
    this.flushGpio();
    this.sink({ t, type, ...fields });
  }

  /** Writes the held pin edges: where each pin ended, and how many edges it made from `t` to `until`. */
  private flushGpio(): void {
    for (const pin of this.heldPins) {
      const held = this.pins[pin].held!;
      this.pins[pin].held = null;
      this.sink({ t: held.t, type: "gpio", pin, level: held.level, edges: held.edges, until: held.until });
    }
    this.heldPins.clear();
  }

  // ---------- pins ----------

  private gpioEdge(pin: number, level: Level): void {
    const ns = this.chip.edgeClock.nowNs();
    // A NeoPixel data line changes ~50 times a pixel: it is recorded as frames, not edges. Only PIO and bit-streams
    // send WS2812 data; a CPU loop toggling a pin fast can look like it to the strip decoder, but stays pin edges.
    if (this.chip.neopixels.strip(pin).present && this.isStreamEdge(pin)) return this.neopixelEdge(pin, ns);
    // A pin toggled faster than EDGES_PER_MS (a busy loop, a bit-banged stream) is summarised per millisecond,
    // and edges in one instant as one event, so a trace stays readable and small.
    const t = round(ns / 1000, 3);
    const st = this.pins[pin];
    const window = Math.floor(t / 1000);
    if (window !== st.window) {
      if (st.held !== null) this.flushGpio();
      st.window = window;
      st.count = 0;
    }
    st.count++;
    if (st.held === null && st.count <= EDGES_PER_MS && t !== st.lastT) {
      st.lastT = t;
      this.emit("gpio", { pin, level }, t);
    } else if (st.held === null) {
      st.held = { t, level, edges: 1, until: t };
      this.heldPins.add(pin);
    } else {
      st.held.level = level;
      st.held.edges++;
      st.held.until = t;
    }
  }

  private isStreamEdge(pin: number): boolean {
    const f = this.chip.gpio.getFunction(pin);
    return f === GpioFunction.PIO0 || f === GpioFunction.PIO1 || this.chip.edgeClock.stamping;
  }

  private pwmChanged(slice: number): void {
    const pwm = this.chip.pwm;
    const s = pwm.slices[slice];
    const pins: number[] = [];
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      if (pwmSliceOf(pin).slice === slice && this.chip.gpio.getFunction(pin) === GpioFunction.PWM) pins.push(pin);
    }
    const fields = {
      slice, pins, enabled: s.enabled, freq: round(pwm.frequencyHz(slice), 3),
      duty: [round(pwm.dutyFraction(slice, 0), 5), round(pwm.dutyFraction(slice, 1), 5)], top: s.top, cc: [...s.compare],
    };
    // A register write that leaves the outputs as they were is not an event.
    const key = JSON.stringify(fields);
    if (key === this.lastPwm[slice]) return;
    this.lastPwm[slice] = key;
    this.emit("pwm", fields);
  }

  // ---------- NeoPixels ----------

  private neopixelEdge(pin: number, ns: number): void {
    this.neopixelEdgeNs.set(pin, ns);
    if (this.neopixelCheck.has(pin)) return;
    this.neopixelCheck.add(pin);
    this.scheduleLatchCheck(pin);
  }

  /** Checks after the latch time whether the line has gone quiet; if not, checks again later. */
  private scheduleLatchCheck(pin: number): void {
    const dueUs = Math.ceil((this.neopixelEdgeNs.get(pin) ?? 0) / 1000) + NEOPIXEL_LATCH_US;
    this.chip.clock.at(dueUs, () => {
      // PIO runs lazily: let it produce the edges up to now before deciding the line went quiet.
      for (const block of this.chip.pio) block.catchUp();
      const last = this.neopixelEdgeNs.get(pin) ?? 0;
      if (this.chip.clock.nowUs * 1000 - last < NEOPIXEL_LATCH_US * 1000) return this.scheduleLatchCheck(pin);
      this.neopixelCheck.delete(pin);
      this.neopixelFrame(pin);
    });
  }

  private neopixelFrame(pin: number): void {
    const strip = this.chip.neopixels.strip(pin);
    this.neopixelEdgeNs.delete(pin);
    this.emit("neopixel", { pin, pixels: strip.colors.map((c) => [...c]) });
  }

  // ---------- buses ----------

  private tracedI2c(i2c: PicoI2c): PicoI2c {
    return {
      start: (sda, scl, address, read) => {
        const key = `${sda}/${scl}`;
        this.closeI2c(key);
        const ack = i2c.start(sda, scl, address, read);
        this.i2cSegments.set(key, { t: this.chip.clock.nowUs, addr: address, read, ack, bytes: [], nack: null });
        return ack;
      },
      write: (sda, scl, byte) => {
        const ack = i2c.write(sda, scl, byte);
        const seg = this.i2cSegments.get(`${sda}/${scl}`);
        if (seg !== undefined) {
          seg.bytes.push(byte & 0xff);
          if (!ack && seg.nack === null) seg.nack = seg.bytes.length - 1;
        }
        return ack;
      },
      read: (sda, scl, ack) => {
        const byte = i2c.read(sda, scl, ack);
        this.i2cSegments.get(`${sda}/${scl}`)?.bytes.push(byte);
        return byte;
      },
      stop: (sda, scl) => {
        i2c.stop(sda, scl);
        this.closeI2c(`${sda}/${scl}`);
      },
    };
  }

  private closeI2c(key: string): void {
    const seg = this.i2cSegments.get(key);
    if (seg === undefined) return;
    this.i2cSegments.delete(key);
    const [sda, scl] = key.split("/").map(Number);
    const fields: Record<string, unknown> = { sda, scl, addr: seg.addr, dir: seg.read ? "read" : "write", ack: seg.ack, bytes: seg.bytes };
    if (seg.nack !== null) fields.nack = seg.nack;
    this.emit("i2c", fields, seg.t);
  }

  private tracedSpi(spi: PicoSpi): PicoSpi {
    return {
      transfer: (sck, mosi, miso, out) => {
        const got = spi.transfer(sck, mosi, miso, out);
        const fields: Record<string, unknown> = { sck, mosi, miso, out: [...out] };
        if (miso !== null) fields.in = [...got];
        this.emit("spi", fields);
        return got;
      },
    };
  }

  private tracedUart(uart: PicoUart): PicoUart {
    return {
      send: (tx, bytes, baud) => {
        this.emit("uart", { pin: tx, dir: "tx", baud, bytes: [...bytes] });
        return uart.send(tx, bytes, baud);
      },
      onReceive: (rx, listener) =>
        uart.onReceive(rx, (byte, baud) => {
          this.emit("uart", { pin: rx, dir: "rx", baud, bytes: [byte] });
          listener(byte, baud);
        }),
    };
  }

  private usbEvent(e: UsbEvent): void {
    const { kind, atUs, ...rest } = e;
    this.emit("usb", { kind, ...rest }, atUs);
  }
}
