// DS18B20 1-Wire temperature sensor: a slave on the pad's timing (reset ≥ 480 µs answered by a presence pulse;
// write slots sampled by length, read slots answered by holding the line low for a 0), the ROM commands (read,
// match, skip, search) and the function commands (convert T taking 750 ms, read/write scratchpad, power supply).
// Datasheet: Maxim DS18B20 rev 6.
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export const DS18B20_CONTROLS: readonly Control[] = [
  { name: "temperature", label: "Temperature", type: "number", min: -55, max: 125, step: 0.0625, unit: "°C", default: 21 },
];

const RESET_MIN_US = 480;
const PRESENCE_DELAY_US = 30;
const PRESENCE_US = 120;
/** A write slot shorter than this is a 1. */
const WRITE_ONE_MAX_US = 15;
/** How long the device holds the line low to send a 0. */
const SEND_ZERO_US = 30;
const CONVERSION_US = [94_000, 188_000, 375_000, 750_000];

/** Dallas CRC-8 (x^8 + x^5 + x^4 + 1, reflected). */
export function dallasCrc8(bytes: number[]): number {
  let crc = 0;
  for (let byte of bytes) {
    for (let i = 0; i < 8; i++) {
      const mix = (crc ^ byte) & 1;
      crc >>= 1;
      if (mix) crc ^= 0x8c;
      byte >>= 1;
    }
  }
  return crc;
}

type Phase = "idle" | "presence" | "rom" | "match" | "search" | "function" | "write-scratch" | "transmit" | "converting";

export class Ds18b20Part extends BasePart {
  readonly rom: number[];
  private readonly driver: PadDriver;
  private phase: Phase = "idle";
  /** When the controller's current low began; null when the line last rose without one (another sensor's pulse). */
  private fellAt: number | null = null;
  private driving = false;
  /** Whether the slot under way is one the device listens to (decided when it starts). */
  private slotReceives = false;
  private rxBits: number[] = [];
  private txBits: number[] = [];
  private searchBit = 0;
  private searchStep = 0;
  private convertingUntil = 0;
  /** Temperature LSB/MSB, TH, TL, configuration (power-on: 85 °C, 12-bit). */
  private readonly scratch = [0x50, 0x05, 0x4b, 0x46, 0x7f];

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, DS18B20_CONTROLS, notify);
    this.rom = romOf(Number(cfg.options.serial ?? 0x0000_0bad_cafe));
    const pin = this.pin("data");
    // The 4.7 kΩ pull-up the bus needs (on the module; `pullup: false` for a bare sensor).
    if (cfg.options.pullup !== false) this.onRemove(ctx.gpio.addExternalPull(pin, 1));
    this.driver = ctx.gpio.addDriver(pin);
    this.onRemove(() => this.driver.remove());
    this.onRemove(ctx.gpio.onChange(pin, (level) => this.edge(level)));
  }

  state(): Record<string, unknown> {
    return { temperature: this.num("temperature"), rom: this.rom.map((b) => b.toString(16).padStart(2, "0")).join("") };
  }

  private edge(level: 0 | 1): void {
    // Our own pulses, and other sensors' presence pulses beside ours, are not the controller's slots.
    if (this.driving || this.phase === "presence") return;
    const now = this.ctx.clock.nowUs;
    if (level === 0) {
      this.fellAt = now;
      this.slotReceives = this.receiving();
      this.slotStarted();
      return;
    }
    if (this.fellAt === null) return;
    const low = now - this.fellAt;
    this.fellAt = null;
    if (low >= RESET_MIN_US) this.reset(now);
    else if (this.slotReceives) this.receiveBit(low < WRITE_ONE_MAX_US ? 1 : 0);
  }

  private receiving(): boolean {
    return ["rom", "match", "function", "write-scratch"].includes(this.phase) || (this.phase === "search" && this.searchStep === 2);
  }

  /** A reset: the presence pulse, then a ROM command. */
  private reset(now: number): void {
    this.phase = "presence";
    this.rxBits = [];
    this.holdLow(now + PRESENCE_DELAY_US, PRESENCE_US);
    this.ctx.clock.at(now + PRESENCE_DELAY_US + PRESENCE_US, () => (this.phase = "rom"));
  }

  /** A slot began; if the device is talking, this slot carries its next bit. */
  private slotStarted(): void {
    let bit: number | null = null;
    if (this.phase === "transmit") bit = this.txBits.shift() ?? 1;
    else if (this.phase === "converting") bit = this.ctx.clock.nowUs >= this.convertingUntil ? 1 : 0;
    else if (this.phase === "search" && this.searchStep < 2) {
      const b = (this.rom[this.searchBit >> 3] >> (this.searchBit & 7)) & 1;
      bit = this.searchStep === 0 ? b : b ^ 1;
      this.searchStep++;
    }
    if (bit === 0) this.holdLow(this.ctx.clock.nowUs, SEND_ZERO_US);
    if (this.phase === "transmit" && this.txBits.length === 0) this.phase = "idle";
  }

  private holdLow(at: number, us: number): void {
    this.ctx.clock.at(at, () => {
      this.driving = true;
      this.driver.set(0);
      this.driving = false;
    });
    this.ctx.clock.at(at + us, () => {
      this.driving = true;
      this.driver.set(null);
      this.driving = false;
    });
  }

  private receiveBit(bit: number): void {
    if (this.phase === "search") return this.searchDirection(bit);
    this.rxBits.push(bit);
    const need = this.phase === "match" ? 64 : this.phase === "write-scratch" ? 24 : 8;
    if (this.rxBits.length < need) return;
    const bytes = toBytes(this.rxBits);
    this.rxBits = [];
    if (this.phase === "rom") this.romCommand(bytes[0]);
    else if (this.phase === "match") this.phase = bytes.every((b, i) => b === this.rom[i]) ? "function" : "idle";
    else if (this.phase === "function") this.functionCommand(bytes[0]);
    else {
      this.scratch.splice(2, 3, bytes[0], bytes[1], (bytes[2] & 0x60) | 0x1f);
      this.phase = "idle";
    }
  }

  private romCommand(cmd: number): void {
    if (cmd === 0x33) this.transmit(this.rom);
    else if (cmd === 0x55) this.phase = "match";
    else if (cmd === 0xcc) this.phase = "function";
    else if (cmd === 0xf0) {
      this.phase = "search";
      this.searchBit = 0;
      this.searchStep = 0;
    } else this.phase = "idle"; // alarm search and others: this sensor has no alarm raised
  }

  /** The controller picks a branch: a device whose bit differs drops out until the next reset. */
  private searchDirection(bit: number): void {
    const mine = (this.rom[this.searchBit >> 3] >> (this.searchBit & 7)) & 1;
    if (bit !== mine) {
      this.phase = "idle";
      return;
    }
    this.searchBit++;
    this.searchStep = 0;
    if (this.searchBit === 64) this.phase = "idle";
  }

  private functionCommand(cmd: number): void {
    if (cmd === 0x44) return this.convert();
    if (cmd === 0xbe) return this.transmit(this.scratchpad());
    if (cmd === 0x4e) {
      this.phase = "write-scratch";
      return;
    }
    if (cmd === 0xb4) return this.transmit([0xff]); // externally powered
    this.phase = "idle"; // copy/recall scratchpad: nothing to model
  }

  private convert(): void {
    const resolution = (this.scratch[4] >> 5) & 3;
    this.convertingUntil = this.ctx.clock.nowUs + CONVERSION_US[resolution];
    this.phase = "converting";
    const t = this.num("temperature");
    // The reading keeps `9 + resolution` bits: 1/2 to 1/16 °C.
    const step = 8 >> resolution;
    const raw = (Math.floor((t * 16) / step) * step) & 0xffff;
    this.ctx.clock.at(this.convertingUntil, () => this.scratch.splice(0, 2, raw & 0xff, raw >> 8));
  }

  private scratchpad(): number[] {
    const bytes = [...this.scratch, 0xff, 0x0c, 0x10];
    return [...bytes, dallasCrc8(bytes)];
  }

  private transmit(bytes: number[]): void {
    this.txBits = [];
    for (const b of bytes) for (let i = 0; i < 8; i++) this.txBits.push((b >> i) & 1);
    this.phase = "transmit";
  }
}

function toBytes(bits: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((v, b, j) => v | (b << j), 0));
  return out;
}

/** Family 0x28, a 48-bit serial number (LSB first), then its CRC. */
function romOf(serial: number): number[] {
  const bytes = [0x28];
  for (let i = 0; i < 6; i++) bytes.push(Math.floor(serial / 2 ** (8 * i)) & 0xff);
  return [...bytes, dallasCrc8(bytes)];
}
