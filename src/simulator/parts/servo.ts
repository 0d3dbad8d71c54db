// A hobby servo on a PWM pin: the high time of each ~50 Hz period sets the horn's angle, from `minPulseUs` (0°)
// to `maxPulseUs` (180° by default). It holds its last angle when the pulses stop.
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { pinSignal, watchPin } from "./pin-output";

export class ServoPart extends BasePart {
  private angle: number | null = null;
  private pulseUs = 0;
  private readonly minPulseUs: number;
  private readonly maxPulseUs: number;
  private readonly range: number;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    this.minPulseUs = Number(cfg.options.minPulseUs ?? 500);
    this.maxPulseUs = Number(cfg.options.maxPulseUs ?? 2500);
    this.range = Number(cfg.options.range ?? 180);
    this.onRemove(watchPin(ctx, this.pin("signal"), () => this.update()));
    this.update();
  }

  /** The horn's angle in degrees, or null before the first valid pulse. */
  currentAngle(): number | null {
    return this.angle;
  }

  state(): Record<string, unknown> {
    return { angle: this.angle, pulseUs: this.pulseUs };
  }

  private update(): void {
    const { duty, frequency } = pinSignal(this.ctx, this.pin("signal"));
    // A servo only follows pulses at servo rates; a steady level or fast PWM leaves the horn where it was.
    if (frequency < 20 || frequency > 500 || duty <= 0 || duty >= 1) return;
    const pulse = (duty / frequency) * 1_000_000;
    const clamped = Math.min(this.maxPulseUs, Math.max(this.minPulseUs, pulse));
    const angle = ((clamped - this.minPulseUs) / (this.maxPulseUs - this.minPulseUs)) * this.range;
    if (angle === this.angle && pulse === this.pulseUs) return;
    this.pulseUs = pulse;
    this.angle = Math.round(angle * 10) / 10;
    this.changed();
  }
}
