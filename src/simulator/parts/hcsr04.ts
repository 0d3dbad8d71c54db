// HC-SR04 ultrasonic range finder: a ≥10 µs pulse on TRIG starts a ranging burst; ECHO then goes high for the
// sound's round trip (58 µs per cm), or 38 ms when nothing echoes within range (2..400 cm).
import type { Alarm } from "../clock";
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export const HCSR04_CONTROLS: readonly Control[] = [
  { name: "distance", label: "Distance", type: "number", min: 1, max: 500, step: 1, unit: "cm", default: 50 },
];

/** µs of echo per cm there and back (sound at 340 m/s; the 0.017 cm/µs drivers divide by). */
export const US_PER_CM = 1 / 0.017;
const MIN_TRIGGER_US = 10;
/** The burst of eight 40 kHz cycles and the module's processing before ECHO rises. */
const BURST_US = 450;
const NO_ECHO_US = 38_000;
const MAX_RANGE_CM = 400;

export class Hcsr04Part extends BasePart {
  private readonly echo: PadDriver;
  private roseAt: number | null = null;
  private busy = false;
  private alarms: Alarm[] = [];
  pings = 0;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, HCSR04_CONTROLS, notify);
    this.echo = ctx.gpio.addDriver(this.pin("echo"));
    // The module drives ECHO low while idle (a push-pull output).
    this.echo.set(0);
    this.onRemove(() => this.echo.remove());
    this.onRemove(() => this.alarms.forEach((a) => a.cancel()));
    this.onRemove(ctx.gpio.onChange(this.pin("trigger"), (level) => this.trigger(level)));
  }

  setDistance(cm: number): void {
    this.set("distance", cm);
  }

  state(): Record<string, unknown> {
    return { distance: this.num("distance"), pings: this.pings };
  }

  private trigger(level: 0 | 1): void {
    const now = this.ctx.clock.nowUs;
    if (level === 1) {
      this.roseAt = now;
      return;
    }
    if (this.busy || this.roseAt === null || now - this.roseAt < MIN_TRIGGER_US) return;
    this.ping(now);
  }

  private ping(now: number): void {
    this.busy = true;
    this.pings++;
    const cm = this.num("distance");
    const highUs = cm > MAX_RANGE_CM ? NO_ECHO_US : Math.round(cm * US_PER_CM);
    const rise = now + BURST_US;
    this.alarms = [
      this.ctx.clock.at(rise, () => this.echo.set(1)),
      this.ctx.clock.at(rise + highUs, () => {
        this.echo.set(0);
        this.busy = false;
        this.changed();
      }),
    ];
  }
}
