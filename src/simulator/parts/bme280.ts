// Bosch BME280 temperature/pressure/humidity sensor on I2C (0x77, or 0x76 with SDO low) or SPI: its registers,
// calibration words, forced/normal modes with measurement time, and raw readings made by inverting the datasheet's
// compensation formulas, so drivers compute exactly the values the user set. Datasheet: BST-BME280-DS002 rev 1.6.
import type { I2cTarget } from "../buses/i2c-bus";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";
import { RegisterTarget, joinI2cBus } from "./i2c-part";

export const BME280_CONTROLS: readonly Control[] = [
  { name: "temperature", label: "Temperature", type: "number", min: -40, max: 85, step: 0.1, unit: "°C", default: 21.5 },
  { name: "pressure", label: "Pressure", type: "number", min: 300, max: 1100, step: 0.1, unit: "hPa", default: 1013.25 },
  { name: "humidity", label: "Humidity", type: "number", min: 0, max: 100, step: 0.5, unit: "%", default: 45 },
];

/** Calibration words of a real part (dig_T1..T3, dig_P1..P9, dig_H1..H6). */
const T = [27504, 26435, -1000];
const P = [36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000];
const H = [75, 370, 0, 313, 50, 30];

const CHIP_ID = 0x60;
const REG = { CALIB_TP: 0x88, H1: 0xa1, ID: 0xd0, RESET: 0xe0, CALIB_H: 0xe1, CTRL_HUM: 0xf2, STATUS: 0xf3, CTRL_MEAS: 0xf4, CONFIG: 0xf5, DATA: 0xf7 } as const;

/** Datasheet 4.2.3 (double precision): t_fine from the 20-bit raw temperature. */
function tFine(raw: number): number {
  const v1 = (raw / 16384 - T[0] / 1024) * T[1];
  const d = raw / 131072 - T[0] / 8192;
  return Math.trunc(v1 + d * d * T[2]);
}

function pressurePa(raw: number, fine: number): number {
  let v1 = fine / 2 - 64000;
  let v2 = (v1 * v1 * P[5]) / 32768 + v1 * P[4] * 2;
  v2 = v2 / 4 + P[3] * 65536;
  v1 = ((P[2] * v1 * v1) / 524288 + P[1] * v1) / 524288;
  v1 = (1 + v1 / 32768) * P[0];
  let p = ((1048576 - raw - v2 / 4096) * 6250) / v1;
  p += ((P[8] * p * p) / 2147483648 + (p * P[7]) / 32768 + P[6]) / 16;
  return p;
}

function humidityPct(raw: number, fine: number): number {
  const h4 = H[3];
  const h5 = H[4];
  const v1 = fine - 76800;
  const v3 = raw - (h4 * 64 + (h5 / 16384) * v1);
  const v5 = 1 + (H[2] / 67108864) * v1;
  const v6 = v3 * (H[1] / 65536) * v5 * (1 + (H[5] / 67108864) * v1 * v5);
  return v6 * (1 - (H[0] * v6) / 524288);
}

/** The raw reading in [lo, hi] whose compensated value is nearest `want` (the formulas are monotonic). */
function invert(f: (raw: number) => number, want: number, lo: number, hi: number): number {
  const rising = f(hi) > f(lo);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (f(mid) < want === rising) lo = mid;
    else hi = mid;
  }
  return Math.abs(f(lo) - want) <= Math.abs(f(hi) - want) ? lo : hi;
}

/** Oversampling setting → samples averaged (0 = measurement skipped). */
const SAMPLES = [0, 1, 2, 4, 8, 16, 16, 16];

/** The register file and measurement engine, shared by the I2C and SPI interfaces. */
export class Bme280Registers {
  private readonly regs = new Uint8Array(256);
  private busyUntilUs = 0;

  constructor(private readonly part: { reading(): { t: number; p: number; h: number } }, private readonly nowUs: () => number) {
    this.reset();
  }

  reset(): void {
    this.regs.fill(0);
    this.regs[REG.ID] = CHIP_ID;
    const tp = new DataView(this.regs.buffer, REG.CALIB_TP, 24);
    tp.setUint16(0, T[0], true);
    T.slice(1).forEach((v, i) => tp.setInt16(2 + i * 2, v, true));
    tp.setUint16(6, P[0], true);
    P.slice(1).forEach((v, i) => tp.setInt16(8 + i * 2, v, true));
    this.regs[REG.H1] = H[0];
    const e1 = REG.CALIB_H;
    this.regs[e1] = H[1] & 0xff;
    this.regs[e1 + 1] = (H[1] >> 8) & 0xff;
    this.regs[e1 + 2] = H[2];
    this.regs[e1 + 3] = (H[3] >> 4) & 0xff;
    this.regs[e1 + 4] = (H[3] & 0x0f) | ((H[4] & 0x0f) << 4);
    this.regs[e1 + 5] = (H[4] >> 4) & 0xff;
    this.regs[e1 + 6] = H[5] & 0xff;
    // Until the first measurement the data registers hold the "skipped" pattern.
    this.regs.set([0x80, 0, 0, 0x80, 0, 0, 0x80, 0], REG.DATA);
  }

  read(reg: number): number {
    if (reg === REG.STATUS) return this.nowUs() < this.busyUntilUs ? 0x08 : 0;
    if (reg >= REG.DATA && this.mode() === 3) this.measure();
    return this.regs[reg & 0xff];
  }

  write(reg: number, value: number): void {
    if (reg === REG.RESET) {
      if (value === 0xb6) this.reset();
      return;
    }
    if (reg !== REG.CTRL_HUM && reg !== REG.CTRL_MEAS && reg !== REG.CONFIG) return; // read-only
    this.regs[reg] = value;
    if (reg === REG.CTRL_MEAS && (value & 3) === 1) this.forcedMeasurement();
  }

  private mode(): number {
    return this.regs[REG.CTRL_MEAS] & 3;
  }

  /** Forced mode: one measurement (busy for its duration), then back to sleep. */
  private forcedMeasurement(): void {
    this.measure();
    this.busyUntilUs = this.nowUs() + this.measurementUs();
    this.regs[REG.CTRL_MEAS] &= 0xfc;
  }

  /** Datasheet 9.1: typical measurement time from the oversampling settings. */
  private measurementUs(): number {
    const [t, p, h] = this.oversampling();
    return Math.round(1000 + 2000 * t + (p ? 2000 * p + 500 : 0) + (h ? 2000 * h + 500 : 0));
  }

  private oversampling(): [number, number, number] {
    const meas = this.regs[REG.CTRL_MEAS];
    return [SAMPLES[meas >> 5], SAMPLES[(meas >> 2) & 7], SAMPLES[this.regs[REG.CTRL_HUM] & 7]];
  }

  private measure(): void {
    const { t, p, h } = this.part.reading();
    const [ost, osp, osh] = this.oversampling();
    const rawT = invert((r) => tFine(r) / 5120, t, 0, 0xfffff);
    const fine = tFine(rawT);
    const rawP = invert((r) => pressurePa(r, fine) / 100, p, 0, 0xfffff);
    const rawH = invert((r) => Math.min(100, Math.max(0, humidityPct(r, fine))), h, 0, 0xffff);
    const put20 = (at: number, raw: number) => this.regs.set([raw >> 12, (raw >> 4) & 0xff, (raw & 0xf) << 4], at);
    put20(REG.DATA, osp ? rawP : 0x80000);
    put20(REG.DATA + 3, ost ? rawT : 0x80000);
    this.regs.set(osh ? [rawH >> 8, rawH & 0xff] : [0x80, 0], REG.DATA + 6);
  }
}

class Bme280I2c extends RegisterTarget {
  constructor(private readonly regs: Bme280Registers) {
    super();
  }
  protected readRegister(reg: number): number {
    return this.regs.read(reg);
  }
  protected writeRegister(reg: number, value: number): void {
    this.regs.write(reg, value);
  }
}

export class Bme280Part extends BasePart {
  readonly registers: Bme280Registers;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, bus: "i2c" | "spi") {
    super(ctx, cfg, BME280_CONTROLS, notify);
    this.registers = new Bme280Registers(this, () => ctx.clock.nowUs);
    if (bus === "i2c") this.onRemove(joinI2cBus(ctx, cfg, new Bme280I2c(this.registers) as I2cTarget));
    else this.wireSpi();
  }

  reading(): { t: number; p: number; h: number } {
    return { t: this.num("temperature"), p: this.num("pressure"), h: this.num("humidity") };
  }

  setTemperature(c: number): void {
    this.set("temperature", c);
  }
  setPressure(hPa: number): void {
    this.set("pressure", hPa);
  }
  setHumidity(pct: number): void {
    this.set("humidity", pct);
  }

  state(): Record<string, unknown> {
    return { temperature: this.num("temperature"), pressure: this.num("pressure"), humidity: this.num("humidity") };
  }

  /** SPI mode 0/3: the first byte after CS falls is the register (bit 7 set to read); data auto-increments. */
  private wireSpi(): void {
    const cs = this.pin("cs");
    let reg: number | null = null;
    let reading = false;
    this.onRemove(this.ctx.gpio.onChange(cs, () => (reg = null)));
    this.onRemove(this.ctx.spi.attach({ sck: this.pin("sck"), mosi: this.pin("mosi"), miso: this.pin("miso"), cs }, {
      transfer: (byte) => {
        if (reg === null) {
          reading = (byte & 0x80) !== 0;
          reg = reading ? byte : byte | 0x80;
          return 0xff;
        }
        if (reading) return this.registers.read(reg++ & 0xff);
        // Writes come in (register, value) pairs with bit 7 of the register cleared.
        this.registers.write(reg, byte);
        reg = null;
        return 0xff;
      },
    }));
  }
}
