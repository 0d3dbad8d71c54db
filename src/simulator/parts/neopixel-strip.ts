// A WS2812 ("NeoPixel") strip on one pad: decodes the pad's waveform by its timing (WS2812B datasheet: a high of
// ~0.4 µs is a 0, ~0.8 µs a 1, a low of 50 µs or more resets) into 24-bit GRB colours, first pixel first.

/** High pulses at least this long are 1 bits (T0H is 0.4 µs ±150 ns, T1H 0.8 µs ±150 ns). */
const ONE_MIN_NS = 600;
/** A high pulse longer than this is not a WS2812 bit: the frame is ignored (a blinking LED, a button...). */
const BIT_MAX_NS = 5_000;
/** A low period this long latches the frame; the next bit starts a new one at the first pixel (RES ≥ 50 µs). */
const RESET_NS = 50_000;

export type Rgb = readonly number[];

export interface NeopixelStripOptions {
  /** 3 for RGB strips (WS2812), 4 for RGBW ones (SK6812): the bytes each pixel takes from the stream. */
  bytesPerPixel?: number;
  /** How many pixels the strip has; otherwise as many as the longest frame sent so far. */
  count?: number;
}

export class NeopixelStrip {
  bytesPerPixel: number;
  /** Colours as [r, g, b] (or [r, g, b, w]) 0..255, the order they sit on the strip. */
  colors: Rgb[] = [];
  /** Bumped whenever a pixel changes, so viewers can redraw only then. */
  version = 0;
  /** True once a well-formed pixel has been received. */
  present = false;
  private fixedCount: number | null;
  private level = 0;
  private riseNs = -Infinity;
  private fallNs = -Infinity;
  private valid = true;
  private frameByte = 0;
  private bitCount = 0;
  private pixelBytes: number[] = [];
  private pixelIndex = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly pin: number, options: NeopixelStripOptions = {}) {
    this.bytesPerPixel = options.bytesPerPixel ?? 3;
    this.fixedCount = options.count ?? null;
    if (this.fixedCount !== null) this.colors = Array.from({ length: this.fixedCount }, () => this.black());
  }

  /** Calls `listener` whenever a pixel changes (after `version` is bumped); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  configure(options: NeopixelStripOptions): void {
    if (options.bytesPerPixel !== undefined) this.bytesPerPixel = options.bytesPerPixel;
    if (options.count !== undefined) {
      this.fixedCount = options.count;
      this.colors = Array.from({ length: options.count }, (_, i) => this.colors[i] ?? this.black());
      this.present = true;
      this.bump();
    }
  }

  /** The pad changed to `level` at `ns`. */
  edge(level: number, ns: number): void {
    if (level === this.level || ns < Math.max(this.riseNs, this.fallNs)) return;
    this.level = level;
    if (level) this.rise(ns);
    else this.fall(ns);
  }

  private rise(ns: number): void {
    if (ns - this.fallNs >= RESET_NS) this.startFrame();
    this.riseNs = ns;
  }

  private fall(ns: number): void {
    this.fallNs = ns;
    const high = ns - this.riseNs;
    if (high > BIT_MAX_NS) {
      this.valid = false;
      return;
    }
    if (!this.valid) return;
    this.frameByte = (this.frameByte << 1) | (high >= ONE_MIN_NS ? 1 : 0);
    if (++this.bitCount < 8) return;
    this.pixelBytes.push(this.frameByte & 0xff);
    this.frameByte = 0;
    this.bitCount = 0;
    if (this.pixelBytes.length === this.bytesPerPixel) this.pixelDone();
  }

  private startFrame(): void {
    this.valid = true;
    this.frameByte = 0;
    this.bitCount = 0;
    this.pixelBytes = [];
    this.pixelIndex = 0;
  }

  /**
   * A pixel's bytes arrived (G, R, B[, W] on the wire). The colour shows at once rather than at the latch: the
   * difference is under 50 µs, and a program that stops right after writing still leaves the strip lit.
   */
  private pixelDone(): void {
    const [g, r, b, w] = this.pixelBytes;
    this.pixelBytes = [];
    const index = this.pixelIndex++;
    if (this.fixedCount !== null && index >= this.fixedCount) return; // passed on beyond the strip's end
    const color = this.bytesPerPixel === 4 ? [r, g, b, w] : [r, g, b];
    const old = this.colors[index];
    this.present = true;
    if (old !== undefined && old.every((c, i) => c === color[i]) && old.length === color.length) return;
    while (this.colors.length < index) this.colors.push(this.black());
    this.colors[index] = color;
    this.bump();
  }

  private bump(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  private black(): Rgb {
    return this.bytesPerPixel === 4 ? [0, 0, 0, 0] : [0, 0, 0];
  }
}
