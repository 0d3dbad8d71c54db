// A piezo buzzer: passive (sounds the PWM frequency on its pin, louder near 50 % duty) or active (beeps at its
// own tone while the pin is high). The board view plays `frequency` at `volume`.
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { pinSignal, watchPin } from "./pin-output";

/** The tone an active buzzer makes by itself. */
const ACTIVE_TONE_HZ = 2300;

export class BuzzerPart extends BasePart {
  private tone = { frequency: 0, volume: 0 };
  private readonly active: boolean;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    this.active = cfg.options.active === true;
    this.onRemove(watchPin(ctx, this.pin("signal"), () => this.update()));
    this.update();
  }

  /** What the buzzer sounds now: 0 Hz is silence. */
  sound(): { frequency: number; volume: number } {
    return { ...this.tone };
  }

  state(): Record<string, unknown> {
    return { ...this.tone, sounding: this.tone.frequency > 0 };
  }

  private update(): void {
    const { duty, frequency } = pinSignal(this.ctx, this.pin("signal"));
    let next = { frequency: 0, volume: 0 };
    if (this.active) {
      if (duty > 0) next = { frequency: ACTIVE_TONE_HZ, volume: frequency > 0 ? duty : 1 };
    } else if (frequency >= 20 && duty > 0 && duty < 1) {
      // The fundamental's amplitude of a square wave follows sin(π·duty): loudest at 50 %.
      next = { frequency: Math.round(frequency * 100) / 100, volume: Math.sin(Math.PI * duty) };
    }
    if (next.frequency === this.tone.frequency && next.volume === this.tone.volume) return;
    this.tone = next;
    this.changed();
  }
}
