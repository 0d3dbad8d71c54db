// An RGB LED (common cathode: a channel lights when its pin is high; common anode: when it is low), each channel's
// brightness following its pin's PWM duty or level.
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import { pinSignal, watchPin } from "./pin-output";

const CHANNELS = ["red", "green", "blue"] as const;

export class RgbLedPart extends BasePart {
  private readonly commonAnode: boolean;
  private rgb: [number, number, number] = [0, 0, 0];

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    this.commonAnode = cfg.options.common === "anode";
    for (const c of CHANNELS) this.onRemove(watchPin(ctx, this.pin(c), () => this.update()));
    this.update();
  }

  /** Each channel 0..255. */
  color(): [number, number, number] {
    return [...this.rgb];
  }

  state(): Record<string, unknown> {
    const [r, g, b] = this.rgb;
    return { r, g, b, hex: "#" + this.rgb.map((v) => v.toString(16).padStart(2, "0")).join("") };
  }

  private update(): void {
    const next = CHANNELS.map((c) => {
      const duty = pinSignal(this.ctx, this.pin(c)).duty;
      return Math.round((this.commonAnode ? 1 - duty : duty) * 255);
    }) as [number, number, number];
    if (next.every((v, i) => v === this.rgb[i])) return;
    this.rgb = next;
    this.changed();
  }
}
