// Microchip MCP9808 temperature sensor on I2C (0x18..0x1F): 16-bit registers behind a pointer, the ambient
// temperature in 1/16 °C with its limit flags, and the resolution register. Datasheet DS25095A, section 5.
import type { I2cTarget } from "../buses/i2c-bus";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";
import { joinI2cBus } from "./i2c-part";

export const MCP9808_CONTROLS: readonly Control[] = [
  { name: "temperature", label: "Temperature", type: "number", min: -40, max: 125, step: 0.0625, unit: "°C", default: 22.5 },
];

const REG = { CONFIG: 1, UPPER: 2, LOWER: 3, CRIT: 4, AMBIENT: 5, MANUFACTURER: 6, DEVICE: 7, RESOLUTION: 8 } as const;
/** Fractional bits kept at each resolution setting (0.5, 0.25, 0.125, 0.0625 °C). */
const RESOLUTION_BITS = [1, 2, 3, 4];

function fromLimitWord(w: number): number {
  const v = (w & 0x0ffc) / 16;
  return w & 0x1000 ? v - 256 : v;
}

class Mcp9808Target implements I2cTarget {
  private pointer = REG.AMBIENT as number;
  private written: number[] = [];
  private readIndex = 0;
  readonly words = new Map<number, number>([
    [REG.CONFIG, 0], [REG.UPPER, 0], [REG.LOWER, 0], [REG.CRIT, 0], [REG.MANUFACTURER, 0x0054], [REG.DEVICE, 0x0400],
  ]);
  resolution = 3;

  constructor(private readonly temperature: () => number) {}

  start(): boolean {
    this.written = [];
    this.readIndex = 0;
    return true;
  }

  write(byte: number): boolean {
    this.written.push(byte);
    if (this.written.length === 1) this.pointer = byte & 0x0f;
    else this.store();
    return true;
  }

  /** Registers read MSB first; reading on repeats the register (the pointer does not move). */
  read(): number {
    const bytes = this.registerBytes();
    return bytes[this.readIndex++ % bytes.length];
  }

  stop(): void {
    this.written = [];
  }

  private store(): void {
    const data = this.written.slice(1);
    if (this.pointer === REG.RESOLUTION) this.resolution = data[0] & 3;
    else if (data.length === 2 && this.pointer >= REG.CONFIG && this.pointer <= REG.CRIT) {
      this.words.set(this.pointer, (data[0] << 8) | data[1]);
    }
  }

  private registerBytes(): number[] {
    if (this.pointer === REG.RESOLUTION) return [this.resolution];
    const word = this.pointer === REG.AMBIENT ? this.ambientWord() : (this.words.get(this.pointer) ?? 0);
    return [word >> 8, word & 0xff];
  }

  /** T_A: flags (critical, upper, lower) in bits 15..13, then 13-bit two's complement sixteenths. */
  private ambientWord(): number {
    const t = this.temperature();
    const step = 1 / 2 ** RESOLUTION_BITS[this.resolution];
    const sixteenths = Math.round((Math.floor(t / step) * step) * 16) & 0x1fff;
    let flags = 0;
    if (t >= fromLimitWord(this.words.get(REG.CRIT)!)) flags |= 0x8000;
    if (t > fromLimitWord(this.words.get(REG.UPPER)!)) flags |= 0x4000;
    if (t < fromLimitWord(this.words.get(REG.LOWER)!)) flags |= 0x2000;
    return flags | sixteenths;
  }
}

export class Mcp9808Part extends BasePart {
  private readonly target: Mcp9808Target;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, MCP9808_CONTROLS, notify);
    this.target = new Mcp9808Target(() => this.num("temperature"));
    this.onRemove(joinI2cBus(ctx, cfg, this.target));
  }

  setTemperature(c: number): void {
    this.set("temperature", c);
  }

  state(): Record<string, unknown> {
    return {
      temperature: this.num("temperature"),
      upper: fromLimitWord(this.target.words.get(REG.UPPER)!),
      lower: fromLimitWord(this.target.words.get(REG.LOWER)!),
      critical: fromLimitWord(this.target.words.get(REG.CRIT)!),
    };
  }
}
