// DHT11 / DHT22 (AM2302) temperature-humidity sensors on one data pin: the module's pull-up holds the line high;
// after the host pulls it low long enough and lets go, the sensor answers 80 µs low, 80 µs high, then 40 bits
// (50 µs low, then 26 µs high for 0 or 70 µs for 1) and a final 50 µs low. Datasheets: Aosong DHT11, AM2302.
import type { Alarm } from "../clock";
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export type DhtModel = "dht11" | "dht22";

export function dhtControls(model: DhtModel): Control[] {
  const dht11 = model === "dht11";
  return [
    { name: "temperature", label: "Temperature", type: "number", min: dht11 ? 0 : -40, max: dht11 ? 50 : 80, step: dht11 ? 1 : 0.1, unit: "°C", default: 22 },
    { name: "humidity", label: "Humidity", type: "number", min: dht11 ? 20 : 0, max: dht11 ? 90 : 100, step: dht11 ? 1 : 0.1, unit: "%", default: 45 },
  ];
}

/** The shortest start signal each sensor recognises (µs): DHT11 wants 18 ms, the AM2302 1 ms. */
const START_LOW_US: Record<DhtModel, number> = { dht11: 18_000, dht22: 800 };
const RESPONSE_DELAY_US = 30;

/** The five bytes a reading sends: humidity, temperature, checksum. */
export function dhtFrame(model: DhtModel, temperature: number, humidity: number): number[] {
  let bytes: number[];
  if (model === "dht11") {
    const t = Math.round(temperature * 10);
    bytes = [Math.round(humidity), 0, Math.floor(t / 10), t % 10];
  } else {
    const h = Math.round(humidity * 10);
    const t = Math.round(Math.abs(temperature) * 10);
    bytes = [h >> 8, h & 0xff, ((t >> 8) & 0x7f) | (temperature < 0 ? 0x80 : 0), t & 0xff];
  }
  return [...bytes, bytes.reduce((a, b) => a + b, 0) & 0xff];
}

/** The line's timeline after the host lets go: [level, µs] segments the sensor drives (null = released). */
function responseSegments(frame: number[]): [0 | null, number][] {
  const segs: [0 | null, number][] = [[null, RESPONSE_DELAY_US], [0, 80], [null, 80]];
  for (const byte of frame) {
    for (let bit = 7; bit >= 0; bit--) segs.push([0, 50], [null, (byte >> bit) & 1 ? 70 : 26]);
  }
  segs.push([0, 50]);
  return segs;
}

export class DhtPart extends BasePart {
  private readonly driver: PadDriver;
  private fellAt: number | null = null;
  private responding = false;
  private alarms: Alarm[] = [];
  /** How many readings the sensor has answered (for the board view and tests). */
  readings = 0;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, readonly model: DhtModel) {
    super(ctx, cfg, dhtControls(model), notify);
    const pin = this.pin("data");
    this.onRemove(ctx.gpio.addExternalPull(pin, 1));
    this.driver = ctx.gpio.addDriver(pin);
    this.onRemove(() => this.driver.remove());
    this.onRemove(() => this.alarms.forEach((a) => a.cancel()));
    this.onRemove(ctx.gpio.onChange(pin, (level) => this.edge(level)));
  }

  state(): Record<string, unknown> {
    return { temperature: this.num("temperature"), humidity: this.num("humidity"), readings: this.readings };
  }

  /** The host's start signal: a low pulse at least START_LOW_US long, then the line released. */
  private edge(level: 0 | 1): void {
    if (this.responding) return;
    const now = this.ctx.clock.nowUs;
    if (level === 0) this.fellAt = now;
    else if (this.fellAt !== null && now - this.fellAt >= START_LOW_US[this.model]) this.respond(now);
  }

  private respond(fromUs: number): void {
    this.responding = true;
    this.readings++;
    const frame = dhtFrame(this.model, this.num("temperature"), this.num("humidity"));
    let at = fromUs;
    this.alarms = [];
    for (const [level, us] of responseSegments(frame)) {
      this.alarms.push(this.ctx.clock.at(at, () => this.driver.set(level)));
      at += us;
    }
    this.alarms.push(this.ctx.clock.at(at, () => {
      this.driver.set(null);
      this.responding = false;
      this.fellAt = null;
      this.changed();
    }));
  }
}
