// A NeoPixel strip or ring wired to a pad: its pixels are what the pad's WS2812 decoder (neopixels.ts) received,
// shown as `count` pixels (missing ones dark, extra ones passed beyond the strip's end and not shown).
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import type { NeopixelStrip, Rgb } from "./neopixel-strip";

export const DEFAULT_STRIP_COUNT = 8;
export const DEFAULT_RING_COUNT = 12;
const MAX_COUNT = 1024;

export class NeopixelPart extends BasePart {
  readonly count: number;
  private readonly strip: NeopixelStrip;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, shape: "strip" | "ring") {
    super(ctx, cfg, [], notify);
    const wanted = Number(cfg.options.count ?? (shape === "ring" ? DEFAULT_RING_COUNT : DEFAULT_STRIP_COUNT));
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_COUNT) {
      throw new Error(`${cfg.kind}: count must be a whole number from 1 to ${MAX_COUNT} (got ${String(cfg.options.count)})`);
    }
    this.count = wanted;
    if (!ctx.neopixels) throw new Error(`${cfg.kind}: this board has no NeoPixel decoder`);
    this.strip = ctx.neopixels.strip(this.pin("data"));
    if (cfg.options.rgbw === true) this.strip.bytesPerPixel = 4;
    this.onRemove(this.strip.onChange(() => this.changed()));
  }

  /** The colours shown, first pixel first: [r, g, b] (or [r, g, b, w]) 0..255. */
  colors(): Rgb[] {
    const black = this.strip.bytesPerPixel === 4 ? [0, 0, 0, 0] : [0, 0, 0];
    return Array.from({ length: this.count }, (_, i) => this.strip.colors[i] ?? black);
  }

  state(): Record<string, unknown> {
    return { count: this.count, colors: this.colors(), version: this.strip.version };
  }
}
